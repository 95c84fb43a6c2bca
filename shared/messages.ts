// The one typed message service between the background (which alone owns the roster database)
// and every other context: content script overlay, popup, side panel, roster and options pages.
// Add a method here, implement it in entrypoints/background/, call it with `callBackground`.

import type { Extraction } from './platforms/contract';
import type { LiveReading } from './platforms/live-reading';
import type { Sample } from './platforms/sample';
import type { Deliverable } from './roster/collaboration';
import type { FigureJump } from './roster/figure-jumps';
import type {
  Backup,
  Collaboration,
  CreatorRecord,
  Note,
  RosterRow,
  Segment,
  SelfReportedDiff,
  Snapshot,
  StatusChange,
} from './roster/records';
import type { Brief } from './schemas/brief';
import type { DisclosureReport } from './schemas/disclosure';
import type { Jurisdiction, Status } from './schemas/enums';
import type { FitResult } from './schemas/fit';
import type { CreatorProfile, Post } from './schemas/profile';

/** What the roster keeps per creator (the full record lives in the background's database). */
export interface RosterEntry {
  /** creatorKey(profile): "platform:handle". */
  key: string;
  profile: CreatorProfile;
  status: Status;
  tags: string[];
  /** Fit against the active brief when last saved or rescored. */
  fit: FitResult | null;
  /** Disclosure checks of the posts seen, newest first. */
  disclosures: { postUrl: string | null; checkedAt: string; report: DisclosureReport }[];
  firstSavedAt: string;
  updatedAt: string;
  snapshotCount: number;
  /** Every status the creator has had, oldest first. */
  statusHistory?: StatusChange[];
  /**
   * Set once an applicant's self-reported figures were replaced by what the platform's page showed:
   * where the two differed, so the card and detail can say so.
   */
  selfReportedDiff?: SelfReportedDiff[] | null;
}

export interface SaveResult {
  entry: RosterEntry;
  /** True when the creator was already in the roster (the save added a snapshot). */
  updated: boolean;
  /**
   * Set when nothing was saved because the reading's figures differ sharply from the saved ones
   * (shared/roster/figure-jumps.ts): the caller shows them and saves again with `confirmFigures`.
   */
  held?: FigureJump[];
}

/** What the card offers to log a post as: the collaboration it delivers and why. */
export interface DeliverableOffer {
  collaborationId: string;
  campaign: string;
  matched: string;
  /** Already logged: a new log adds a capture of its figures. */
  logged: boolean;
}

/** One caption's disclosure verdict, as the overlay card lists it. */
export interface CaptionCheck {
  postUrl: string | null;
  caption: string;
  report: DisclosureReport;
}

/** What the overlay card shows about a page reading, decided by the background with the shared core. */
export interface OverlayAssessment {
  kind: Extraction['kind'];
  /** The creator, with the open post among its recent posts on a post page. */
  profile: CreatorProfile;
  post: Post | null;
  /** Fit against the active brief; with no brief, only its brief-free facts are shown. */
  fit: FitResult;
  /** False when there is no brief: the card then shows tier, role and engagement but no score. */
  scored: boolean;
  jurisdictions: Jurisdiction[];
  checks: CaptionCheck[];
  /**
   * For a saved creator the fit is of the profile the roster would keep (this reading merged over
   * earlier visits, with logged collaborations), the same the roster shows; this says what the
   * roster added. Null when the page showed it all (or the creator is not saved).
   */
  fromRoster?: { visits: number; words: string } | null;
  /** The posts the fit rests on, counted (for a saved creator, with those kept from earlier visits). */
  postSample: Sample;
}

/** Methods every context may call. Each takes one argument and returns a promise. */
export interface RosterApi {
  /**
   * The overlay's one question per page reading: fit against the active brief, disclosure checks of
   * the captions it saw, and the creator's roster entry. Answered in the background so the content
   * script ships neither the scorer nor the disclosure checker.
   */
  'overlay.assess': (input: {
    /** The page's own reading; null when the page could not be read (then `live` must name the creator). */
    extraction: Extraction | null;
    /** What the web app's own API answers told about this page's creator (see live-reading.ts). */
    live?: LiveReading;
    /** The creator handle the page's URL names, when it names one. */
    openHandle?: string | null;
  }) => Promise<{
    assessment: OverlayAssessment;
    entry: RosterEntry | null;
    /** How many of the assessed posts came from the live answers rather than the page. */
    livePosts: number;
    /** The posts the figures rest on, in words: how many, exact or rounded, how many arrived live. */
    sample: string;
    /** On a post by a roster creator that carries a collaboration's code, link or the brand's tag. */
    deliverable?: DeliverableOffer | null;
  }>;
  'roster.save': (input: {
    profile: CreatorProfile;
    fit: FitResult | null;
    disclosures?: RosterEntry['disclosures'];
    /** The marketer saw the sharp change of figures (SaveResult.held) and keeps the new ones. */
    confirmFigures?: boolean;
  }) => Promise<SaveResult>;
  'roster.lookup': (input: { key: string }) => Promise<RosterEntry | null>;
  'brief.getActive': (input: Record<string, never>) => Promise<Brief | null>;
  'brief.createStarter': (input: Record<string, never>) => Promise<Brief>;

  // Roster workspace (roster page, side panel, popup, options).
  /** Table lines in key order, a page at a time (`after` = last key of the previous page). */
  'roster.rows': (input: { after?: string; limit?: number }) => Promise<{
    rows: RosterRow[];
    total: number;
    next: string | null;
  }>;
  'roster.detail': (input: { key: string }) => Promise<RosterDetail | null>;
  'roster.counts': (input: Record<string, never>) => Promise<RosterCounts>;
  'roster.setStatus': (input: { keys: string[]; status: Status }) => Promise<{ changed: number }>;
  'roster.tag': (input: {
    keys: string[];
    add?: string[];
    remove?: string[];
  }) => Promise<{ changed: number }>;
  'roster.remove': (input: { keys: string[] }) => Promise<{ removed: number }>;
  'roster.addNote': (input: { key: string; text: string }) => Promise<Note>;
  'roster.addCollaboration': (input: Omit<Collaboration, 'id'>) => Promise<Collaboration>;
  /** Every collaboration in the roster (the dashboard's cost, rights, deliverable and disclosure figures). */
  'collaborations.list': (input: Record<string, never>) => Promise<Collaboration[]>;
  /**
   * "Log as deliverable" from the card: the background reads the post from the page reading (only
   * the sender's own tab's post), checks its disclosure under the active brief's jurisdictions and
   * logs it, or its new figures, on the collaboration its caption ties it to.
   */
  'collaborations.logDeliverable': (input: { extraction: Extraction }) => Promise<{
    collaborationId: string;
    campaign: string;
    deliverable: Deliverable;
    updated: boolean;
  }>;
  /** Saved profiles (for the brief editor's live preview), most recently updated first. */
  'roster.profiles': (input: { limit?: number }) => Promise<{ key: string; profile: CreatorProfile }[]>;
  /** Rescore every saved creator against the active brief. */
  'roster.rescore': (input: Record<string, never>) => Promise<{ rescored: number }>;
  'roster.backup': (input: Record<string, never>) => Promise<Backup>;
  /**
   * Imports a JSON backup or a CSV export in one transaction: any bad row rejects the whole file
   * (the error names the rows) and nothing changes; good files merge by creator key.
   */
  'roster.import': (input: { kind: 'backup' | 'csv'; text: string }) => Promise<ImportResult>;
  'segments.list': (input: Record<string, never>) => Promise<Segment[]>;
  'segments.save': (input: Segment) => Promise<Segment>;
  'segments.remove': (input: { id: string }) => Promise<void>;
  'brief.list': (input: Record<string, never>) => Promise<{ briefs: Brief[]; activeId: string | null }>;
  'brief.save': (input: { brief: unknown; activate?: boolean }) => Promise<Brief>;
  'brief.setActive': (input: { id: string }) => Promise<void>;
  'brief.remove': (input: { id: string }) => Promise<void>;
  /** How saved creators would score under a brief being edited (not saved), best first. */
  'brief.preview': (input: { brief: unknown; limit?: number }) => Promise<BriefPreview[]>;
  /** One creator scored against any saved brief (the detail view's breakdown). */
  'roster.scoreAgainst': (input: { key: string; briefId: string }) => Promise<FitResult>;
  'settings.get': (input: Record<string, never>) => Promise<Settings>;
  'settings.save': (input: Partial<Settings>) => Promise<Settings>;
  /** Applications (receiver JSON Lines, a JSON array, or stored rows) into the roster as `applied`. */
  'applicants.import': (input: { text: string }) => Promise<ImportResult>;
  /** Pulls new applications from the receiver in the settings (since the last cursor) and imports them. */
  'applicants.fetch': (input: Record<string, never>) => Promise<ImportResult>;
  /**
   * "Confirm: this is the creator": the marketer checked a pending claim out of band; it becomes the
   * creator's applicant (a prospect or contacted creator moves to applied), recorded with the time.
   */
  'claims.confirm': (input: ClaimChoice) => Promise<CreatorRecord>;
  /** "Dismiss": the pending claim is not the creator's; it stays in the record's decided claims. */
  'claims.dismiss': (input: ClaimChoice) => Promise<CreatorRecord>;
}

/** One pending claim on one creator. */
export interface ClaimChoice {
  key: string;
  applicationId: string;
}

export interface RosterDetail {
  entry: CreatorRecord;
  snapshots: Snapshot[];
  notes: Note[];
  collaborations: Collaboration[];
}

export interface BriefPreview {
  key: string;
  handle: string;
  platform: CreatorProfile['platform'];
  /** Score under the edited brief, and under the one it was last scored with. */
  score: number | null;
  excluded: string | null;
  was: number | null;
}

export interface RosterCounts {
  total: number;
  byStatus: Record<Status, number>;
}

export interface ImportResult {
  added: number;
  updated: number;
  /** Records other than creators (snapshots, notes, briefs...) written. */
  other: number;
}

export interface Settings {
  receiverUrl: string;
  receiverToken: string;
  /** The receiver's since-cursor after the last applicant import. */
  applicantCursor: string | null;
  /** First-run onboarding done. */
  onboarded: boolean;
}

/**
 * The mark on every message between Troupe's own contexts (requests, answers' events), so each
 * listener ignores messages other extensions or scripts send.
 */
export const TROUPE = 1;

export interface Marked {
  troupe: typeof TROUPE;
}

/** True for a Troupe message whose method is a string (`methods`: one of those only). */
function isMarkedCall(message: unknown, methods?: readonly string[]): boolean {
  if (typeof message !== 'object' || message === null) return false;
  const { troupe, method } = message as { troupe?: unknown; method?: unknown };
  return troupe === TROUPE && typeof method === 'string' && (!methods || methods.includes(method));
}

/** Sent by the background while an import runs, so the page can show progress. */
export interface ImportProgress extends Marked {
  event: 'import.progress';
  done: number;
  total: number;
}

export function isImportProgress(message: unknown): message is ImportProgress {
  const p = message as Partial<ImportProgress> | null;
  return p?.troupe === TROUPE && p.event === 'import.progress';
}

/**
 * Asked of the content script in a tab (browser.tabs.sendMessage) by the popup: what the overlay
 * currently shows, so the popup can save it without re-extracting.
 */
export interface TabApi {
  'overlay.current': (input: Record<string, never>) => Promise<RosterSave | null>;
  /** Sent by the background when the active brief changed: the card assesses its reading again. */
  'overlay.rescore': (input: Record<string, never>) => Promise<void>;
}

/** What a save (from the card or the popup) sends to the roster: the reading and its assessment. */
export interface RosterSave {
  profile: CreatorProfile;
  fit: FitResult | null;
  disclosures: RosterEntry['disclosures'];
}

export type TabMethod = keyof TabApi;
export type TabRequest<M extends TabMethod = TabMethod> = Marked & {
  method: M;
  input: Parameters<TabApi[M]>[0];
};

const TAB_METHODS: readonly TabMethod[] = ['overlay.current', 'overlay.rescore'];

/** A marked request for one of TabApi's methods (`method`: for that one only). */
export function isTabRequest<M extends TabMethod>(message: unknown, method?: M): message is TabRequest<M> {
  return isMarkedCall(message, method ? [method] : TAB_METHODS);
}

export type RosterMethod = keyof RosterApi;
export type RosterRequest<M extends RosterMethod = RosterMethod> = Marked & {
  method: M;
  input: Parameters<RosterApi[M]>[0];
};
export type RosterReply<M extends RosterMethod = RosterMethod> =
  | { ok: true; value: Awaited<ReturnType<RosterApi[M]>> }
  | { ok: false; error: string };

export function isRosterRequest(message: unknown): message is RosterRequest {
  return isMarkedCall(message);
}

// The one typed message service between the background (which alone owns the roster database)
// and every other context: content script overlay, popup, side panel, roster and options pages.
// Add a method here, implement it in entrypoints/background/, call it with `callBackground`.

import type { Extraction } from './platforms/contract';
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
}

/** Methods every context may call. Each takes one argument and returns a promise. */
export interface RosterApi {
  /**
   * The overlay's one question per page reading: fit against the active brief, disclosure checks of
   * the captions it saw, and the creator's roster entry. Answered in the background so the content
   * script ships neither the scorer nor the disclosure checker.
   */
  'overlay.assess': (input: { extraction: Extraction }) => Promise<{
    assessment: OverlayAssessment;
    entry: RosterEntry | null;
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

/** Sent by the background while an import runs, so the page can show progress. */
export interface ImportProgress {
  troupe: 1;
  event: 'import.progress';
  done: number;
  total: number;
}

/**
 * Asked of the content script in a tab (browser.tabs.sendMessage) by the popup: what the overlay
 * currently shows, so the popup can save it without re-extracting.
 */
export interface TabApi {
  'overlay.current': (input: Record<string, never>) => Promise<{
    profile: CreatorProfile;
    fit: FitResult | null;
    disclosures: RosterEntry['disclosures'];
  } | null>;
  /** Sent by the background when the active brief changed: the card assesses its reading again. */
  'overlay.rescore': (input: Record<string, never>) => Promise<void>;
}

export type TabRequest<M extends keyof TabApi = keyof TabApi> = {
  troupe: 1;
  method: M;
  input: Parameters<TabApi[M]>[0];
};

export type RosterMethod = keyof RosterApi;
export type RosterRequest<M extends RosterMethod = RosterMethod> = {
  troupe: 1;
  method: M;
  input: Parameters<RosterApi[M]>[0];
};
export type RosterReply<M extends RosterMethod = RosterMethod> =
  | { ok: true; value: Awaited<ReturnType<RosterApi[M]>> }
  | { ok: false; error: string };

export function isRosterRequest(message: unknown): message is RosterRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { troupe?: unknown }).troupe === 1 &&
    typeof (message as { method?: unknown }).method === 'string'
  );
}

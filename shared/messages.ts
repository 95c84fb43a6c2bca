// The one typed message service between the background (which alone owns the roster database)
// and every other context: content script overlay, popup, side panel, roster and options pages.
// Add a method here, implement it in entrypoints/background/, call it with `callBackground`.
import type { Brief } from './schemas/brief';
import type { DisclosureReport } from './schemas/disclosure';
import type { Status } from './schemas/enums';
import type { FitResult } from './schemas/fit';
import type { CreatorProfile } from './schemas/profile';

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
}

export interface SaveResult {
  entry: RosterEntry;
  /** True when the creator was already in the roster (the save added a snapshot). */
  updated: boolean;
}

/** Methods every context may call. Each takes one argument and returns a promise. */
export interface RosterApi {
  'roster.save': (input: {
    profile: CreatorProfile;
    fit: FitResult | null;
    disclosures?: RosterEntry['disclosures'];
  }) => Promise<SaveResult>;
  'roster.lookup': (input: { key: string }) => Promise<RosterEntry | null>;
  'brief.getActive': (input: Record<string, never>) => Promise<Brief | null>;
  'brief.createStarter': (input: Record<string, never>) => Promise<Brief>;
}

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

// What every room of the roster service shares: the database, the scoring core, the clock, and the
// few reads and the transaction helper more than one room needs.
import type { IDBPTransaction } from 'idb';
import type { OverlayAssessment, RosterApi, RosterMethod, Settings } from '../../../shared/messages';
import type { Extraction } from '../../../shared/platforms/contract';
import type { Brief } from '../../../shared/schemas/brief';
import type { FitResult } from '../../../shared/schemas/fit';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import type { PastResults } from '../../../shared/score/factors/context';
import type { RosterKnowledge } from '../overlay-assessment';
import { ALL_STORES, type RosterDb, type RosterSchema, type RosterStore } from '../roster-db';

/** The shared scoring core, passed in so the service holds no scoring logic of its own. */
export interface Scoring {
  /** `past`: the creator's logged collaborations' totals, a role-fit signal (see pastResults). */
  fitScore: (profile: CreatorProfile, brief: Brief, past?: PastResults | null) => FitResult;
  starterBrief: () => Brief;
  /** The overlay card's fit and disclosure checks for a page reading (absent: 'overlay.assess' refuses). */
  assessOverlay?: (
    extraction: Extraction,
    brief: Brief | null,
    known?: RosterKnowledge | null,
  ) => OverlayAssessment;
}

export interface RosterServiceOptions {
  db: RosterDb;
  scoring: Scoring;
  now?: () => Date;
  newId?: () => string;
  /** Called while an import writes; throwing aborts the import's transaction (nothing is kept). */
  onImportProgress?: (done: number, total: number) => void;
  /** Called after the active brief (or its content) changed, so open cards can rescore. */
  onActiveBriefChange?: () => void;
  /** The receiver's GET /applications (tests pass their own fetch). */
  fetch?: typeof fetch;
}

export type Tx = IDBPTransaction<RosterSchema, RosterStore[], 'readwrite'>;

export interface Room {
  db: RosterDb;
  scoring: Scoring;
  options: RosterServiceOptions;
  /** The current time as ISO text. */
  now: () => string;
  newId: () => string;
  activeBrief: () => Promise<Brief | null>;
  settings: () => Promise<Settings>;
  /**
   * Runs `write` on one transaction over every store; any throw aborts it, leaving the roster as it
   * was. Writes wait for a running import (see `exclusive`); reads never do.
   */
  inOneTransaction: <T>(write: (tx: Tx) => Promise<T>) => Promise<T>;
  /**
   * Runs `work` when no other write is running, and holds writers off until it ends. An import
   * stages over many short transactions, so lookups go on; this keeps saves from slipping between
   * what it read and what it swaps in.
   */
  exclusive: <T>(work: () => Promise<T>) => Promise<T>;
}

/** The methods of one API prefix ("brief" → 'brief.getActive', 'brief.save', …). */
export type Methods<P extends string> = {
  [M in RosterMethod as M extends `${P}.${string}` ? M : never]: RosterApi[M];
};

const DEFAULT_SETTINGS: Settings = {
  receiverUrl: '',
  receiverToken: '',
  applicantCursor: null,
  onboarded: false,
};

export function openRoom(options: RosterServiceOptions): Room {
  const { db } = options;
  let writing: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = writing.then(work);
    writing = run.catch(() => undefined);
    return run;
  };
  return {
    exclusive,
    db,
    scoring: options.scoring,
    options,
    now: () => (options.now?.() ?? new Date()).toISOString(),
    newId: options.newId ?? (() => crypto.randomUUID()),
    activeBrief: async () => {
      const id = (await db.get('meta', 'activeBriefId')) as string | undefined;
      return id ? ((await db.get('briefs', id)) ?? null) : null;
    },
    settings: async () => {
      const stored = (await db.get('meta', 'settings')) as Partial<Settings> | undefined;
      return { ...DEFAULT_SETTINGS, ...stored };
    },
    inOneTransaction: (write) => exclusive(() => inTransaction(db, write)),
  };
}

async function inTransaction<T>(db: RosterDb, write: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = db.transaction([...ALL_STORES], 'readwrite') as unknown as Tx;
  try {
    const value = await write(tx);
    await tx.done;
    return value;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

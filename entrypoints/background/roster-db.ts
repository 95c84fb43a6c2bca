// The roster database (IndexedDB through idb), opened only by the background. Each schema version has
// its own upgrade step; opening runs every step above the stored version in order, so a database
// written by any earlier release opens with its records intact (tests/entrypoints/background/roster-db.test.ts).
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type {
  Collaboration,
  CreatorRecord,
  Note,
  RosterRow,
  Segment,
  Snapshot,
} from '../../shared/roster/records';
import { rosterRow } from '../../shared/roster/row';
import type { Brief } from '../../shared/schemas/brief';

export const ROSTER_DB_NAME = 'troupe-roster';
export const ROSTER_DB_VERSION = 2;

export interface RosterSchema extends DBSchema {
  /** v1. One record per creator, keyed by creatorKey ("platform:handle"). */
  creators: { key: string; value: CreatorRecord };
  /** v1. One record per visit. */
  snapshots: { key: number; value: Snapshot; indexes: { 'by-key': string } };
  /** v1. */
  briefs: { key: string; value: Brief };
  /** v1. Small settings: activeBriefId, receiver, onboarded. */
  meta: { key: string; value: unknown };
  /** v2. The compact table line of each creator, written in the same transaction as the creator. */
  rows: { key: string; value: RosterRow };
  /** v2. */
  notes: { key: string; value: Note; indexes: { 'by-key': string } };
  /** v2. */
  collaborations: { key: string; value: Collaboration; indexes: { 'by-key': string } };
  /** v2. Saved views. */
  segments: { key: string; value: Segment };
}

export type RosterDb = IDBPDatabase<RosterSchema>;
type UpgradeTx = IDBPTransaction<RosterSchema, StoreNames<RosterSchema>[], 'versionchange'>;

/** The record shape v1 wrote: no status history, no applicant fields. */
type CreatorRecordV1 = Omit<CreatorRecord, 'statusHistory' | 'selfReportedDiff' | 'applicant'> &
  Partial<Pick<CreatorRecord, 'statusHistory' | 'selfReportedDiff' | 'applicant'>>;

const UPGRADES: Record<number, (db: RosterDb, tx: UpgradeTx) => Promise<void>> = {
  1: async (db) => {
    db.createObjectStore('creators', { keyPath: 'key' });
    db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true }).createIndex('by-key', 'key');
    db.createObjectStore('briefs', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
  2: async (db, tx) => {
    db.createObjectStore('rows', { keyPath: 'key' });
    db.createObjectStore('notes', { keyPath: 'id' }).createIndex('by-key', 'key');
    db.createObjectStore('collaborations', { keyPath: 'id' }).createIndex('by-key', 'key');
    db.createObjectStore('segments', { keyPath: 'id' });
    // v1 kept only the current status: start each history with it, then build the table rows.
    const creators = tx.objectStore('creators');
    const rows = tx.objectStore('rows');
    let cursor = await creators.openCursor();
    while (cursor) {
      const old = cursor.value as CreatorRecordV1;
      const record: CreatorRecord = {
        ...old,
        statusHistory: old.statusHistory ?? [{ status: old.status, at: old.firstSavedAt }],
        selfReportedDiff: old.selfReportedDiff ?? null,
        applicant: old.applicant ?? null,
      };
      await cursor.update(record);
      await rows.put(rosterRow(record));
      cursor = await cursor.continue();
    }
  },
};

export interface OpenRosterOptions {
  name?: string;
  /** Stops at an earlier version (tests write an old database this way). */
  version?: number;
}

export function openRosterDb(options: OpenRosterOptions = {}): Promise<RosterDb> {
  const version = options.version ?? ROSTER_DB_VERSION;
  let upgrading: Promise<void> = Promise.resolve();
  const opening = openDB<RosterSchema>(options.name ?? ROSTER_DB_NAME, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // Steps run in order on the one versionchange transaction; the open resolves after they finish.
      upgrading = (async () => {
        for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
          const step = UPGRADES[v];
          if (!step) throw new Error(`No upgrade step for roster schema v${v}`);
          await step(db, tx);
        }
      })();
      upgrading.catch(() => tx.abort());
    },
    blocking() {
      // A newer version wants to open (an extension update): let it.
      void opening.then((db) => db.close());
    },
  });
  return opening.then(async (db) => {
    await upgrading;
    return db;
  });
}

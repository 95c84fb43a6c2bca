// The roster database (IndexedDB through idb), opened only by the background. Each schema version has
// its own upgrade step; opening runs every step above the stored version in order, so a database
// written by any earlier release opens with its records intact (tests/entrypoints/background/roster-db.test.ts).
import {
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  openDB,
  type StoreNames,
} from 'idb';
import { type CollaborationV2, upgradeCollaboration } from '../../shared/roster/collaboration';
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
import { withPurpose } from '../../shared/schemas/brief-upgrade';

export const ROSTER_DB_NAME = 'troupe-roster';
export const ROSTER_DB_VERSION = 5;

export interface RosterSchema extends DBSchema {
  /** v1. One record per creator, keyed by creatorKey ("platform:handle"). */
  creators: { key: string; value: CreatorRecord };
  /** v1. One record per visit. */
  snapshots: { key: number; value: Snapshot; indexes: { 'by-key': string } };
  /** v1; v4 gave each a purpose (withPurpose). */
  briefs: { key: string; value: Brief };
  /** v1. Small settings: activeBriefId, receiver, onboarded. */
  meta: { key: string; value: unknown };
  /**
   * v2. The compact table line of each creator, written in the same transaction as the creator; v5
   * counted each one's pending claims.
   */
  rows: { key: string; value: RosterRow };
  /** v2. */
  notes: { key: string; value: Note; indexes: { 'by-key': string } };
  /** v2; v4 reshaped each record (upgradeCollaboration). */
  collaborations: { key: string; value: Collaboration; indexes: { 'by-key': string } };
  /** v2. Saved views. */
  segments: { key: string; value: Segment };
  /**
   * v3. What a running import will write, a chunk of writes per record, staged while it reads and
   * swapped into the roster at the end (rooms/import-loop.ts); empty between imports.
   */
  staged: { key: number; value: StagedChunk };
}

/** One record an import will write: `value` into `store` (with `key` for stores keyed out of line). */
export interface StagedWrite {
  store: Exclude<StoreNames<RosterSchema>, 'staged'>;
  value: unknown;
  key?: string;
}

export interface StagedChunk {
  seq?: number;
  writes: StagedWrite[];
}

export type RosterDb = IDBPDatabase<RosterSchema>;
export type RosterStore = StoreNames<RosterSchema>;
type UpgradeTx = IDBPTransaction<RosterSchema, RosterStore[], 'versionchange'>;

interface StoreSpec {
  /** The schema version that created the store. */
  since: number;
  keyPath?: string;
  autoIncrement?: true;
  /** How a creator's records are found: by the creator's key itself, or through the 'by-key' index. */
  creator?: 'key' | 'by-key';
  /** Kept in a JSON backup (rows are rebuilt from creators, meta holds settings and secrets). */
  backup?: true;
}

/** The one table of stores: upgrades create them from it, and every list of stores derives from it. */
export const STORES = {
  creators: { since: 1, keyPath: 'key', creator: 'key', backup: true },
  snapshots: { since: 1, keyPath: 'id', autoIncrement: true, creator: 'by-key', backup: true },
  briefs: { since: 1, keyPath: 'id', backup: true },
  meta: { since: 1 },
  rows: { since: 2, keyPath: 'key', creator: 'key' },
  notes: { since: 2, keyPath: 'id', creator: 'by-key', backup: true },
  collaborations: { since: 2, keyPath: 'id', creator: 'by-key', backup: true },
  segments: { since: 2, keyPath: 'id', backup: true },
  staged: { since: 3, keyPath: 'seq', autoIncrement: true },
} as const satisfies Record<RosterStore, StoreSpec>;

type Spec = typeof STORES;
type StoresWhere<P> = { [S in RosterStore]: Spec[S] extends P ? S : never }[RosterStore];
/** Stores whose records belong to one creator, found through the 'by-key' index. */
export type CreatorIndexedStore = StoresWhere<{ creator: 'by-key' }>;
export type BackupStore = StoresWhere<{ backup: true }>;

const storeNames = <S extends RosterStore>(keep: (spec: StoreSpec) => boolean) =>
  (Object.keys(STORES) as RosterStore[]).filter((s) => keep(STORES[s])) as S[];
export const ALL_STORES = storeNames<RosterStore>(() => true);
/** Everything that is one creator's: removing a creator clears these. */
export const CREATOR_STORES = storeNames<StoresWhere<{ creator: string }>>((s) => s.creator !== undefined);
export const CREATOR_INDEXED_STORES = storeNames<CreatorIndexedStore>((s) => s.creator === 'by-key');
export const BACKUP_STORES = storeNames<BackupStore>((s) => s.backup === true);

function createStores(db: RosterDb, version: number): void {
  for (const name of ALL_STORES) {
    const spec: StoreSpec = STORES[name];
    if (spec.since !== version) continue;
    const store = db.createObjectStore(name, {
      ...(spec.keyPath && { keyPath: spec.keyPath }),
      ...(spec.autoIncrement && { autoIncrement: true }),
    });
    if (spec.creator === 'by-key')
      (
        store as IDBPObjectStore<RosterSchema, RosterStore[], CreatorIndexedStore, 'versionchange'>
      ).createIndex('by-key', 'key');
  }
}

/** The record shape v1 wrote: no status history, no applicant fields. */
type CreatorRecordV1 = Omit<CreatorRecord, 'statusHistory' | 'selfReportedDiff' | 'applicant'> &
  Partial<Pick<CreatorRecord, 'statusHistory' | 'selfReportedDiff' | 'applicant'>>;

/** What each version does beyond creating its stores. */
const UPGRADES: Record<number, (db: RosterDb, tx: UpgradeTx) => Promise<void>> = {
  1: async () => undefined,
  2: async (_db, tx) => {
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
  3: async () => undefined,
  4: async (_db, tx) => {
    // Briefs gain a purpose: stored ones become hybrid with role fit weighing 0, so no score moves.
    let brief = await tx.objectStore('briefs').openCursor();
    while (brief) {
      await brief.update(withPurpose(brief.value));
      brief = await brief.continue();
    }
    // Collaborations gain compensation, deliverables, codes, rights dates and quality (collaboration.ts).
    let collaboration = await tx.objectStore('collaborations').openCursor();
    while (collaboration) {
      await collaboration.update(
        upgradeCollaboration(collaboration.value as Collaboration | CollaborationV2),
      );
      collaboration = await collaboration.continue();
    }
  },
  5: async (_db, tx) => {
    // Rows gain the count of pending claims, so the table can show them and filter by them. Only
    // creators with claims need it; the rest of each row is kept as it was.
    const rows = tx.objectStore('rows');
    let creator = await tx.objectStore('creators').openCursor();
    while (creator) {
      const pending = creator.value.claims?.length ?? 0;
      const row = pending > 0 ? await rows.get(creator.value.key) : undefined;
      if (row) await rows.put({ ...row, pendingClaims: pending });
      creator = await creator.continue();
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
          createStores(db, v);
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

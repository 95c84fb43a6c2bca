// Writing one creator: the record and its table row always together, and the snapshot of a visit.
import type { Collaboration, CreatorRecord, Note, Snapshot } from '../../../shared/roster/records';
import { rosterRow } from '../../../shared/roster/row';
import type { ReadTx, Stage } from './import-loop';
import type { Tx } from './room';

export function snapshotOf(record: CreatorRecord, capturedAt: string): Snapshot {
  const p = record.profile;
  return {
    key: record.key,
    capturedAt,
    followers: p.followers?.value ?? null,
    following: p.following?.value ?? null,
    posts: p.posts?.value ?? null,
    engagement: record.fit?.engagement.median ?? null,
    score: record.fit?.score ?? null,
    selfReported: p.selfReported,
    ...(p.live?.viewers ? { liveViewers: p.live.viewers.value } : {}),
  };
}

/**
 * Writes a creator and its table row on a transaction that spans both stores. `read`: the creator's
 * collaborations, when the caller read them on this transaction already (to score with them).
 */
export async function putCreator(
  tx: Tx,
  record: CreatorRecord,
  read?: readonly Collaboration[],
): Promise<void> {
  const [notes, collaborations] = await Promise.all([
    tx.objectStore('notes').index('by-key').getAll(record.key),
    read ?? tx.objectStore('collaborations').index('by-key').getAll(record.key),
  ]);
  await Promise.all([
    tx.objectStore('creators').put(record),
    tx.objectStore('rows').put(rosterRow(record, notes, collaborations)),
  ]);
}

/** Rebuilds a creator's table row after its notes or collaborations changed. */
export async function refreshRow(tx: Tx, key: string): Promise<void> {
  const record = await tx.objectStore('creators').get(key);
  if (record) await putCreator(tx, record);
}

/** `live` with `staged` joined by id (a staged record replaces the live one), in id order as an index gives them. */
function joined<T extends { id: string }>(live: T[], staged: readonly T[] = []): T[] {
  if (staged.length === 0) return live;
  const byId = new Map(live.map((x) => [x.id, x]));
  for (const x of staged) byId.set(x.id, x);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Stages a creator and its table row for an import; the row counts the creator's live notes and
 * collaborations together with those the same import stages for it.
 */
export async function stageCreator(
  read: ReadTx,
  stage: Stage,
  record: CreatorRecord,
  staged: { notes?: readonly Note[]; collaborations?: readonly Collaboration[] } = {},
): Promise<void> {
  const [notes, collaborations] = await Promise.all([
    read.objectStore('notes').index('by-key').getAll(record.key),
    read.objectStore('collaborations').index('by-key').getAll(record.key),
  ]);
  stage.put('creators', record);
  stage.put(
    'rows',
    rosterRow(record, joined(notes, staged.notes), joined(collaborations, staged.collaborations)),
  );
}

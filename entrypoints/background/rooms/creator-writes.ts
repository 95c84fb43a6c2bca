// Writing one creator: the record and its table row always together, and the snapshot of a visit.
import type { CreatorRecord, Snapshot } from '../../../shared/roster/records';
import { rosterRow } from '../../../shared/roster/row';
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
  };
}

/** Writes a creator and its table row on a transaction that spans both stores. */
export async function putCreator(tx: Tx, record: CreatorRecord): Promise<void> {
  const [notes, collaborations] = await Promise.all([
    tx.objectStore('notes').index('by-key').getAll(record.key),
    tx.objectStore('collaborations').index('by-key').getAll(record.key),
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

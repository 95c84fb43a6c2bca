import { expect, it } from 'vitest';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import { scoring } from '../../../../entrypoints/background/scoring';
import type { RosterApi } from '../../../../shared/messages';
import { profile } from '../../../shared/roster/creators';
import { freshRosterDbs } from '../support/fresh-roster-db';

// A large import reads and stages a chunk at a time, so a tab's lookup is answered while it runs,
// and still lands whole or not at all.
const LINES = 3000;
const csv = [
  'platform,handle,name,status,tags,followers',
  ...Array.from({ length: LINES }, (_, i) => `instagram,bulk_${i},Bulk ${i},contacted,imported,${1000 + i}`),
].join('\n');

const freshDb = freshRosterDbs('import-loop');
async function freshRoster(onImportProgress?: (done: number, total: number) => void) {
  const db = await freshDb();
  const roster: RosterApi = createRosterService({ db, scoring, onImportProgress });
  await roster['roster.save']({ profile: profile({ handle: 'already_here' }), fit: null });
  return { db, roster };
}

it('answers a lookup while a large import runs, and reports progress by chunk', async () => {
  const order: string[] = [];
  const progress: number[] = [];
  let lookup: Promise<unknown> | null = null;
  const { db, roster } = await freshRoster((done) => {
    progress.push(done);
    lookup ??= roster['roster.lookup']({ key: 'instagram:already_here' }).then((entry) => {
      order.push('lookup');
      return entry;
    });
  });
  const imported = roster['roster.import']({ kind: 'csv', text: csv }).then((r) => {
    order.push('import');
    return r;
  });
  expect(await imported).toEqual({ added: LINES, updated: 0, other: 0 });
  expect(await lookup).toMatchObject({ key: 'instagram:already_here' });
  expect(order).toEqual(['lookup', 'import']);
  expect(progress.at(-1)).toBe(LINES);
  expect(progress.length).toBeGreaterThan(2);
  expect(await db.count('creators')).toBe(LINES + 1);
  expect(await db.count('staged')).toBe(0);
});

it('an import that fails after several chunks leaves the roster as it was', async () => {
  const { db, roster } = await freshRoster((done) => {
    if (done >= 2000) throw new Error('the browser closed');
  });
  const before = await Promise.all([db.getAll('creators'), db.getAll('rows'), db.getAll('snapshots')]);
  await expect(roster['roster.import']({ kind: 'csv', text: csv })).rejects.toThrow('the browser closed');
  expect(await Promise.all([db.getAll('creators'), db.getAll('rows'), db.getAll('snapshots')])).toEqual(
    before,
  );
  expect(await db.count('staged')).toBe(0);
  // The roster takes writes again afterwards.
  await roster['roster.save']({ profile: profile({ handle: 'after' }), fit: null });
  expect(await db.count('creators')).toBe(2);
});

it('an import committed but not fully swapped in when the browser stopped is finished at the next start', async () => {
  const { db } = await freshRoster();
  const record = (await db.get('creators', 'instagram:already_here'))!;
  const moved = {
    ...record,
    key: 'instagram:swapped_in',
    profile: { ...record.profile, handle: 'swapped_in' },
  };
  // What a committed import leaves: its mark, and one chunk still staged.
  await db.add('staged', { writes: [{ store: 'creators', value: moved }] });
  await db.put('meta', true, 'importSwapping');
  const roster = createRosterService({ db, scoring });
  // Writes wait for the swap to finish; after one, the import is whole.
  await roster['roster.tag']({ keys: ['instagram:swapped_in'], add: ['after'] });
  expect(await db.get('creators', 'instagram:swapped_in')).toMatchObject({ tags: ['after'] });
  expect(await db.count('staged')).toBe(0);
  expect(await db.get('meta', 'importSwapping')).toBeUndefined();
});

it('a stage left by an import that never committed is dropped at the next start', async () => {
  const { db } = await freshRoster();
  await db.add('staged', { writes: [{ store: 'creators', value: { key: 'instagram:never' } }] });
  const roster = createRosterService({ db, scoring });
  await roster['roster.tag']({ keys: ['instagram:already_here'], add: ['x'] });
  expect(await db.count('staged')).toBe(0);
  expect(await db.get('creators', 'instagram:never')).toBeUndefined();
});

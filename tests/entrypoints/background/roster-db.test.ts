import { deleteDB, openDB } from 'idb';
import { afterEach, expect, it } from 'vitest';
import { openRosterDb, ROSTER_DB_VERSION } from '../../../entrypoints/background/roster-db';
import { CollaborationSchema, upgradeCollaboration } from '../../../shared/roster/collaboration';
import { mergeSave } from '../../../shared/roster/merge';
import { rosterRow } from '../../../shared/roster/row';
import { BriefSchema } from '../../../shared/schemas/brief';
import { creatorKey } from '../../../shared/schemas/creator-key';
import { fitScore } from '../../../shared/score/fit';
import { starterBrief } from '../../../shared/score/starter-brief';
import { V2_COLLABORATION } from '../../shared/roster/collaborations';
import { disclosure, fitResult, profile } from '../../shared/roster/creators';
import { createOldStores, OLD_LAYOUT } from './support/old-layouts';

const NAME = 'roster-upgrade-test';
afterEach(() => deleteDB(NAME));

it('a database written by schema v1 opens in the current version with every record intact', async () => {
  // Write v1 with raw idb exactly as the first release laid it out, not through today's code.
  const v1 = await openDB(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('creators', { keyPath: 'key' });
      db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true }).createIndex('by-key', 'key');
      db.createObjectStore('briefs', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
  const creators = ['RunWithAmi', 'slowtravel.jo', 'kitchen_kai'].map((handle, i) => {
    const p = profile({ handle });
    return {
      key: creatorKey(p),
      profile: p,
      status: i === 0 ? 'active' : 'prospect',
      tags: i === 0 ? ['running', 'pilot-2025'] : [],
      fit: fitResult(60 + i),
      disclosures: i === 1 ? [disclosure('missing', 'https://www.instagram.com/p/z/')] : [],
      firstSavedAt: `2025-0${i + 1}-01T00:00:00.000Z`,
      updatedAt: '2025-10-01T00:00:00.000Z',
      snapshotCount: 2,
    };
  });
  const tx = v1.transaction(['creators', 'snapshots', 'briefs', 'meta'], 'readwrite');
  for (const c of creators) {
    await tx.objectStore('creators').put(c);
    for (const capturedAt of ['2025-09-01T00:00:00.000Z', '2025-10-01T00:00:00.000Z'])
      await tx.objectStore('snapshots').add({
        key: c.key,
        capturedAt,
        followers: 1000,
        following: null,
        posts: null,
        engagement: null,
        score: null,
        selfReported: false,
      });
  }
  await tx.objectStore('briefs').put({ id: 'b1', name: 'Trail community', jurisdictions: ['US'] });
  await tx.objectStore('meta').put('b1', 'activeBriefId');
  await tx.done;
  v1.close();

  const db = await openRosterDb({ name: NAME });
  expect(db.version).toBe(ROSTER_DB_VERSION);
  for (const old of creators) {
    const record = await db.get('creators', old.key);
    // Every v1 field is as it was; v2 adds a history that starts with the v1 status.
    expect(record).toMatchObject(old);
    expect(record?.statusHistory).toEqual([{ status: old.status, at: old.firstSavedAt }]);
    expect(record?.selfReportedDiff).toBeNull();
    const row = await db.get('rows', old.key);
    expect(row).toMatchObject({ key: old.key, status: old.status, tags: old.tags, score: old.fit.score });
  }
  expect(await db.count('snapshots')).toBe(6);
  expect(await db.getAllFromIndex('snapshots', 'by-key', 'instagram:runwithami')).toHaveLength(2);
  expect(await db.get('briefs', 'b1')).toMatchObject({ name: 'Trail community' });
  expect(await db.get('meta', 'activeBriefId')).toBe('b1');
  expect((await db.get('rows', 'instagram:slowtravel.jo'))?.disclosure).toBe('issues');
  // The stores v2 added are there and usable.
  await db.put('notes', { id: 'n1', key: 'instagram:runwithami', text: 'Met at the trail expo', at: 'x' });
  expect(await db.countFromIndex('notes', 'by-key', 'instagram:runwithami')).toBe(1);
  db.close();
});

it('a fresh database opens at the current version with every store', async () => {
  const db = await openRosterDb({ name: NAME });
  expect([...db.objectStoreNames].sort()).toEqual(
    [
      'briefs',
      'collaborations',
      'creators',
      'meta',
      'notes',
      'rows',
      'segments',
      'snapshots',
      'staged',
    ].sort(),
  );
  db.close();
});

it.each([2, 3])(
  'a database written by schema v%i upgrades its briefs and collaborations and loses nothing',
  async (version) => {
    // As the v2 and v3 releases laid it out, with raw idb: every store, a brief without a purpose and a
    // collaboration in the v2 shape (a fee, deliverables as words, rights in months).
    const v2 = await openDB(NAME, version, {
      upgrade(db) {
        createOldStores(db as unknown as IDBDatabase, OLD_LAYOUT, version);
      },
    });
    const oldBrief = { ...starterBrief(), purpose: undefined, id: 'b1', weights: { niche: 4 } };
    delete oldBrief.purpose;
    await v2.put('briefs', oldBrief);
    await v2.put('collaborations', V2_COLLABORATION);
    await v2.put('notes', { id: 'n1', key: V2_COLLABORATION.key, text: 'Loves bowls', at: '2025-02-01' });
    await v2.put('meta', 'b1', 'activeBriefId');
    v2.close();

    const db = await openRosterDb({ name: NAME });
    expect(db.version).toBe(ROSTER_DB_VERSION);
    const brief = await db.get('briefs', 'b1');
    expect(brief).toEqual({ ...oldBrief, purpose: 'hybrid', weights: { niche: 4, roleFit: 0 } });
    const p = profile({ handle: 'kitchen_kai' });
    expect(fitScore(p, brief!).score).toBe(fitScore(p, BriefSchema.parse(oldBrief)).score);
    const collaboration = await db.get('collaborations', V2_COLLABORATION.id);
    expect(CollaborationSchema.parse(collaboration)).toEqual(upgradeCollaboration(V2_COLLABORATION));
    expect(await db.getAllFromIndex('collaborations', 'by-key', V2_COLLABORATION.key)).toHaveLength(1);
    expect(await db.get('notes', 'n1')).toMatchObject({ text: 'Loves bowls' });
    expect(await db.get('meta', 'activeBriefId')).toBe('b1');
    db.close();
  },
);

it('a database written by schema v4 counts the pending claims in the rows of the creators that have them', async () => {
  const v4 = await openDB(NAME, 4, {
    upgrade(db) {
      createOldStores(db as unknown as IDBDatabase, OLD_LAYOUT, 4);
    },
  });
  const claim = {
    applicationId: '41',
    name: 'Eve',
    email: 'eve@example.com',
    country: null,
    pitch: '',
    niches: [],
    samples: [],
    rates: null,
    languages: [],
    receivedAt: '2025-11-01T00:00:00.000Z',
  };
  const claimed = mergeSave(undefined, { profile: profile({ handle: 'trail_ana' }), fit: null }, 'T');
  const plain = mergeSave(undefined, { profile: profile({ handle: 'kitchen_kai' }), fit: null }, 'T');
  // As v4 wrote them: the claims on the record, the rows without a count.
  const { pendingClaims: _a, ...claimedRow } = rosterRow(claimed);
  const { pendingClaims: _b, ...plainRow } = rosterRow(plain);
  await v4.put('creators', { ...claimed, claims: [claim, { ...claim, applicationId: '42' }] });
  await v4.put('creators', plain);
  await v4.put('rows', { ...claimedRow, search: 'kept as it was' });
  await v4.put('rows', plainRow);
  v4.close();

  const db = await openRosterDb({ name: NAME });
  expect(await db.get('rows', claimed.key)).toEqual({
    ...claimedRow,
    search: 'kept as it was',
    pendingClaims: 2,
  });
  expect(await db.get('rows', plain.key)).toEqual(plainRow);
  db.close();
});

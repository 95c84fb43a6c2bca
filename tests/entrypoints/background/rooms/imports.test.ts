import { beforeEach, describe, expect, it } from 'vitest';
import type { RosterDb } from '../../../../entrypoints/background/roster-db';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import type { RosterApi } from '../../../../shared/messages';
import { rosterCsv } from '../../../../shared/roster/csv';
import { EMPTY_FILTER } from '../../../../shared/roster/filter';
import { collaborationWith } from '../../../shared/roster/collaborations';
import { disclosure, fitResult, profile } from '../../../shared/roster/creators';
import { freshRosterDbs } from '../support/fresh-roster-db';
import { noScoring } from '../support/no-scoring';

const freshDb = freshRosterDbs('roster-import');
async function freshRoster(onImportProgress?: (done: number, total: number) => void) {
  const db = await freshDb();
  return { db, roster: createRosterService({ db, scoring: noScoring, onImportProgress }) };
}

async function seed(roster: RosterApi, count: number, prefix = 'creator') {
  for (let i = 0; i < count; i++)
    await roster['roster.save']({
      profile: profile({ handle: `${prefix}${i}` }),
      fit: fitResult(40 + (i % 50)),
      disclosures: [
        disclosure(i % 3 ? 'disclosed' : 'missing', `https://www.instagram.com/p/${prefix}${i}/`),
      ],
    });
}

/** Everything the roster holds, for before/after comparisons. */
async function everything(db: RosterDb) {
  const stores = ['creators', 'rows', 'snapshots', 'briefs', 'notes', 'collaborations', 'segments'] as const;
  return Object.fromEntries(await Promise.all(stores.map(async (s) => [s, await db.getAll(s)])));
}

describe('JSON backup', () => {
  let source: Awaited<ReturnType<typeof freshRoster>>;
  beforeEach(async () => {
    source = await freshRoster();
    await seed(source.roster, 30);
    await source.roster['roster.addNote']({ key: 'instagram:creator3', text: 'Great storyteller' });
    await source.roster['roster.addCollaboration'](
      collaborationWith({
        key: 'instagram:creator3',
        date: '2025-06-01',
        campaign: 'Summer trails',
        results: { views: 41_000, clicks: 900, signups: 31, revenue: 2_400, summary: 'Best CTR of the wave' },
      }),
    );
    await source.roster['brief.save']({ brief: { id: 'b1', name: 'Trail community' } });
    await source.roster['segments.save']({
      id: 's1',
      name: 'Strong fits',
      filter: { ...EMPTY_FILTER, scoreMin: 70, niches: ['Trail'], formats: ['video'] },
    });
  });

  it('restores into an empty roster with every record, and again without duplicates', async () => {
    const backup = JSON.stringify(await source.roster['roster.backup']({}));
    const target = await freshRoster();
    const first = await target.roster['roster.import']({ kind: 'backup', text: backup });
    expect(first.added).toBe(30);
    const second = await target.roster['roster.import']({ kind: 'backup', text: backup });
    expect(second).toMatchObject({ added: 0, updated: 30 });
    const a = await everything(source.db);
    const b = await everything(target.db);
    expect(b.creators).toEqual(a.creators);
    expect(b.rows).toEqual(a.rows);
    expect(b.notes).toEqual(a.notes);
    expect(b.collaborations).toEqual(a.collaborations);
    expect(b.briefs).toEqual(a.briefs);
    expect(b.segments).toEqual(a.segments);
    expect(b.snapshots).toHaveLength(a.snapshots.length);
    expect(await target.roster['brief.getActive']({})).toMatchObject({ id: 'b1' });
  });

  it('restores a Twitch channel’s stream and the viewers each visit saw live; a backup from before loads too', async () => {
    const live = { viewers: { value: 1204, display: null, exact: true }, startedAt: null, title: 'Glazing' };
    // A roster with no brief, so the save keeps the fit it is sent (noScoring).
    const saved = await freshRoster();
    await seed(saved.roster, 2);
    await saved.roster['roster.save']({
      profile: profile({ handle: 'lenamakes', platform: 'twitch', live }),
      fit: fitResult(60),
    });
    const backup = await saved.roster['roster.backup']({});
    const target = await freshRoster();
    await target.roster['roster.import']({ kind: 'backup', text: JSON.stringify(backup) });
    const restored = await target.roster['roster.detail']({ key: 'twitch:lenamakes' });
    expect(restored?.entry.profile.live).toEqual(live);
    expect(restored?.snapshots.map((s) => s.liveViewers)).toEqual([1204]);
    // A backup written before streams were kept: no live on profiles, no liveViewers on snapshots.
    const before = structuredClone(backup);
    for (const c of before.creators) delete c.profile.live;
    for (const s of before.snapshots) delete s.liveViewers;
    const older = await freshRoster();
    expect(
      (await older.roster['roster.import']({ kind: 'backup', text: JSON.stringify(before) })).added,
    ).toBe(3);
    const old = await older.roster['roster.detail']({ key: 'twitch:lenamakes' });
    expect(old?.entry.profile.live).toBeUndefined();
    expect(old?.snapshots.map((s) => s.liveViewers)).toEqual([undefined]);
  });

  it('a bad file names its bad rows and changes nothing', async () => {
    const target = await freshRoster();
    await seed(target.roster, 5, 'mine');
    const before = await everything(target.db);
    const backup = await source.roster['roster.backup']({});
    const broken = structuredClone(backup) as unknown as { creators: Record<string, unknown>[] };
    broken.creators[4]!['status'] = 'superstar';
    (broken.creators[17]!['profile'] as Record<string, unknown>)['handle'] = '';
    await expect(
      target.roster['roster.import']({ kind: 'backup', text: JSON.stringify(broken) }),
    ).rejects.toThrow(/creators\[4\].*status.*creators\[17\].*profile\.handle/s);
    await expect(target.roster['roster.import']({ kind: 'backup', text: '{"format": nope' })).rejects.toThrow(
      /not JSON/,
    );
    expect(await everything(target.db)).toEqual(before);
  });

  it('refuses a backup with an address off the platform, naming the row', async () => {
    const target = await freshRoster();
    const backup = structuredClone(await source.roster['roster.backup']({}));
    backup.creators[2]!.profile.url = 'javascript:alert(document.domain)';
    backup.creators[5]!.disclosures[0]!.postUrl = 'https://evil.example/p/1';
    await expect(
      target.roster['roster.import']({ kind: 'backup', text: JSON.stringify(backup) }),
    ).rejects.toThrow(
      /creators\[2\]: profile\.url: not an https address on instagram.*creators\[5\]: disclosures\.0\.postUrl/s,
    );
    expect(await target.db.count('creators')).toBe(0);
  });

  it('an import interrupted mid-transaction leaves the roster as it was', async () => {
    const backup = JSON.stringify(await source.roster['roster.backup']({}));
    let calls = 0;
    const target = await freshRoster((done) => {
      calls++;
      // Fail after writes have happened inside the transaction (as a crash or closed tab would).
      if (done >= 30) throw new Error('interrupted');
    });
    await seed(target.roster, 5, 'mine');
    const before = await everything(target.db);
    await expect(target.roster['roster.import']({ kind: 'backup', text: backup })).rejects.toThrow(
      'interrupted',
    );
    expect(calls).toBeGreaterThan(0);
    expect(await everything(target.db)).toEqual(before);
  });
});

describe('CSV', () => {
  it('an exported CSV imports into another roster, and re-importing merges without duplicates', async () => {
    const source = await freshRoster();
    await seed(source.roster, 12);
    await source.roster['roster.setStatus']({
      keys: ['instagram:creator1', 'instagram:creator2'],
      status: 'active',
    });
    await source.roster['roster.tag']({ keys: ['instagram:creator1'], add: ['trail', 'pilot 2025'] });
    const csv = rosterCsv((await source.roster['roster.rows']({})).rows);
    const target = await freshRoster();
    expect(await target.roster['roster.import']({ kind: 'csv', text: csv })).toMatchObject({
      added: 12,
      updated: 0,
    });
    expect(await target.roster['roster.import']({ kind: 'csv', text: csv })).toMatchObject({
      added: 0,
      updated: 12,
    });
    const rows = (await target.roster['roster.rows']({})).rows;
    expect(rows).toHaveLength(12);
    const one = rows.find((r) => r.key === 'instagram:creator1');
    expect(one).toMatchObject({ status: 'active', tags: ['trail', 'pilot 2025'], followers: 12_400 });
    expect(one?.statusHistory.map((s) => s.status)).toEqual(['prospect', 'active']);
  });

  it('a bad CSV names the lines and changes nothing', async () => {
    const target = await freshRoster();
    await seed(target.roster, 3, 'mine');
    const before = await everything(target.db);
    const csv = [
      'platform,handle,status,followers',
      'instagram,good_one,prospect,1200',
      'myspace,tom,prospect,',
      'tiktok,ok.two,famous,5',
      'youtube,fine,active,many',
      'instagram,GOOD_ONE,,',
    ].join('\n');
    const error = await target.roster['roster.import']({ kind: 'csv', text: csv }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(/nothing changed/);
    expect(message).toMatch(/line 3: platform/);
    expect(message).toMatch(/line 4: status/);
    expect(message).toMatch(/line 5: followers/);
    expect(message).toMatch(/line 6: instagram:good_one already on line 2/);
    expect(message).not.toMatch(/line 2:/);
    expect(await everything(target.db)).toEqual(before);
    await expect(target.roster['roster.import']({ kind: 'csv', text: 'name\nx' })).rejects.toThrow(
      /no "platform" column/,
    );
  });
});

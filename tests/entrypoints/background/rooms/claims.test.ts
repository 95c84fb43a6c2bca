import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRosterDb, type RosterDb } from '../../../../entrypoints/background/roster-db';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import { scoring } from '../../../../entrypoints/background/scoring';
import type { RosterApi } from '../../../../shared/messages';
import { profile } from '../../../shared/roster/creators';
import { jsonl, received } from '../support/received';

const KEY = 'instagram:trail_ana';
let db: RosterDb;
let roster: RosterApi;
let clock: string;
let n = 0;
let name: string;

beforeEach(async () => {
  name = `claims-${++n}`;
  db = await openRosterDb({ name });
  clock = '2025-11-01T00:00:00.000Z';
  roster = createRosterService({ db, scoring, now: () => new Date(clock) });
  await roster['roster.save']({ profile: profile({ handle: 'trail_ana' }), fit: null });
  // Two applications naming the saved creator, pulled one after the other: both wait as claims.
  for (const id of [1, 2])
    await roster['applicants.import']({
      text: jsonl([
        received(id, [{ platform: 'instagram', handle: 'trail_ana', followers: 80_000, typicalViews: null }]),
      ]),
    });
  clock = '2025-11-07T10:30:00.000Z';
});
afterEach(async () => {
  db.close();
  await deleteDB(name);
});

describe('deciding pending claims', () => {
  it('confirm makes the claim the applicant and the prospect applied, with the time, in the record and its row', async () => {
    const row = async () => (await roster['roster.rows']({})).rows[0]!;
    expect((await row()).pendingClaims).toBe(2);
    const record = await roster['claims.confirm']({ key: KEY, applicationId: '2' });
    expect(record.applicant).toMatchObject({
      applicationId: '2',
      email: 'a2@example.com',
      claimedFollowers: 80_000,
    });
    expect(record.status).toBe('applied');
    const stored = (await roster['roster.detail']({ key: KEY }))!.entry;
    expect(stored).toEqual(record);
    expect(stored.claimDecisions).toEqual([
      expect.objectContaining({ decision: 'confirmed', by: 'marketer', at: '2025-11-07T10:30:00.000Z' }),
    ]);
    expect(stored.profile.selfReported).toBe(false);
    expect(await row()).toMatchObject({ status: 'applied', pendingClaims: 1 });
  });

  it('dismiss keeps the claim among the decided ones and a re-import does not bring it back', async () => {
    await roster['claims.dismiss']({ key: KEY, applicationId: '1' });
    const again = received(1, [
      { platform: 'instagram', handle: 'trail_ana', followers: 80_000, typicalViews: null },
    ]);
    await roster['applicants.import']({ text: jsonl([again]) });
    const stored = (await roster['roster.detail']({ key: KEY }))!.entry;
    expect(stored.status).toBe('prospect');
    expect(stored.claims?.map((c) => c.applicationId)).toEqual(['2']);
    expect(stored.claimDecisions).toEqual([
      expect.objectContaining({
        claim: expect.objectContaining({ applicationId: '1', email: 'a1@example.com' }),
        decision: 'dismissed',
        at: '2025-11-07T10:30:00.000Z',
      }),
    ]);
  });

  it('refuses a claim that is not pending (decided already) or a creator that is not there, changing nothing', async () => {
    await roster['claims.dismiss']({ key: KEY, applicationId: '1' });
    const before = await db.get('creators', KEY);
    await expect(roster['claims.confirm']({ key: KEY, applicationId: '1' })).rejects.toThrow(
      /No pending claim 1 on instagram:trail_ana/,
    );
    await expect(roster['claims.dismiss']({ key: 'instagram:nobody', applicationId: '2' })).rejects.toThrow(
      /No creator/,
    );
    await expect(
      roster['claims.confirm']({ key: KEY, applicationId: 7 } as unknown as {
        key: string;
        applicationId: string;
      }),
    ).rejects.toThrow(/cannot decide this claim \(applicationId/);
    expect(await db.get('creators', KEY)).toEqual(before);
  });

  it('a backup keeps pending claims and decisions, and restoring it elsewhere gives the same record', async () => {
    await roster['claims.dismiss']({ key: KEY, applicationId: '1' });
    const backup = await roster['roster.backup']({});
    const otherName = `${name}-restored`;
    const other = await openRosterDb({ name: otherName });
    try {
      const restored = createRosterService({ db: other, scoring });
      await restored['roster.import']({ kind: 'backup', text: JSON.stringify(backup) });
      const entry = (await restored['roster.detail']({ key: KEY }))!.entry;
      expect(entry.claims).toEqual((await db.get('creators', KEY))!.claims);
      expect(entry.claimDecisions).toEqual((await db.get('creators', KEY))!.claimDecisions);
      expect((await restored['roster.rows']({})).rows[0]?.pendingClaims).toBe(1);
    } finally {
      other.close();
      await deleteDB(otherName);
    }
  });

  it('an older backup (v4: claims without follower counts, no decisions) restores with its claims pending', async () => {
    const backup = await roster['roster.backup']({});
    const v4 = {
      ...backup,
      version: 4,
      creators: backup.creators.map(({ claimDecisions: _none, ...c }) => ({
        ...c,
        claims: c.claims?.map(({ claimedFollowers: _old, ...claim }) => claim),
      })),
    };
    await roster['roster.remove']({ keys: [KEY] });
    await roster['roster.import']({ kind: 'backup', text: JSON.stringify(v4) });
    const entry = (await roster['roster.detail']({ key: KEY }))!.entry;
    expect(entry.claims?.map((c) => c.applicationId)).toEqual(['1', '2']);
    expect((await roster['roster.rows']({})).rows[0]?.pendingClaims).toBe(2);
    expect((await roster['claims.confirm']({ key: KEY, applicationId: '1' })).applicant?.email).toBe(
      'a1@example.com',
    );
  });
});

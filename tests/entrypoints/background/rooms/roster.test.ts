import { beforeEach, describe, expect, it } from 'vitest';
import type { RosterDb } from '../../../../entrypoints/background/roster-db';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import type { RosterApi } from '../../../../shared/messages';
import { disclosure, fitResult, profile } from '../../../shared/roster/creators';
import { freshRosterDbs } from '../support/fresh-roster-db';
import { noScoring } from '../support/no-scoring';

// These tests always pass the fit, as the overlay does: the service must not score on its own then.
const freshDb = freshRosterDbs('roster-test');
let db: RosterDb;
let roster: RosterApi;

beforeEach(async () => {
  db = await freshDb();
  roster = createRosterService({ db, scoring: noScoring });
});
describe('roster.save and roster.lookup', () => {
  it('saves a new creator as a prospect with one snapshot', async () => {
    const { entry, updated } = await roster['roster.save']({
      profile: profile({ handle: 'TrailMaya' }),
      fit: fitResult(72),
      disclosures: [disclosure('missing', 'https://www.instagram.com/p/a/')],
    });
    expect(updated).toBe(false);
    expect(entry.key).toBe('instagram:trailmaya');
    expect(entry.status).toBe('prospect');
    expect(entry.statusHistory).toEqual([{ status: 'prospect', at: entry.firstSavedAt }]);
    const found = await roster['roster.lookup']({ key: 'instagram:trailmaya' });
    expect(found?.profile.handle).toBe('TrailMaya');
    expect(found?.fit?.score).toBe(72);
    const rows = await roster['roster.rows']({});
    expect(rows.total).toBe(1);
    expect(rows.rows[0]).toMatchObject({ key: 'instagram:trailmaya', score: 72, disclosure: 'issues' });
  });

  it('saving again updates the entry and adds a snapshot, never a second entry', async () => {
    await roster['roster.save']({ profile: profile({ handle: 'maya' }), fit: fitResult(60) });
    const again = await roster['roster.save']({
      profile: profile({
        handle: 'Maya',
        followers: { value: 13_000, display: '13K', exact: false },
        capturedAt: '2025-11-08T10:00:00.000Z',
      }),
      fit: fitResult(64),
    });
    expect(again.updated).toBe(true);
    expect(again.entry.snapshotCount).toBe(2);
    expect(again.entry.profile.followers?.value).toBe(13_000);
    const detail = await roster['roster.detail']({ key: 'instagram:maya' });
    expect(detail?.snapshots.map((s) => s.followers)).toEqual([12_400, 13_000]);
    expect((await roster['roster.rows']({})).total).toBe(1);
  });

  it('keeps the viewers seen live on each visit of a Twitch channel, none when it was not live', async () => {
    const visit = (capturedAt: string, viewers: number | null) =>
      roster['roster.save']({
        profile: profile({
          handle: 'lenamakes',
          platform: 'twitch',
          capturedAt,
          live:
            viewers === null
              ? undefined
              : {
                  viewers: { value: viewers, display: null, exact: true },
                  startedAt: null,
                  title: 'Glazing',
                },
        }),
        fit: fitResult(60),
      });
    await visit('2026-05-01T10:00:00.000Z', 1204);
    await visit('2026-05-08T10:00:00.000Z', null);
    const last = await visit('2026-05-15T10:00:00.000Z', 980);
    const detail = await roster['roster.detail']({ key: 'twitch:lenamakes' });
    expect(detail?.snapshots.map((s) => s.liveViewers ?? null)).toEqual([1204, null, 980]);
    // Followers are never the live viewers.
    expect(detail?.snapshots.map((s) => s.followers)).toEqual([12_400, 12_400, 12_400]);
    // The record keeps the stream of the latest visit only.
    expect(last.entry.profile.live?.viewers?.value).toBe(980);
  });

  it('refuses a malformed save with the field named, like a page reading, and stores nothing', async () => {
    const bad = { ...profile({ handle: 'maya' }), followers: { value: 'lots' } } as never;
    await expect(roster['roster.save']({ profile: bad, fit: null })).rejects.toThrow(
      /cannot save this creator \(profile\.followers\.value: /,
    );
    await expect(
      roster['roster.save']({ profile: profile({ handle: 'maya' }), fit: { score: 'high' } as never }),
    ).rejects.toThrow(/fit\./);
    expect(await db.count('creators')).toBe(0);
    expect(await db.count('snapshots')).toBe(0);
  });

  it('keeps only https: addresses on the platform: a planted javascript: link never reaches the roster', async () => {
    const base = profile({ handle: 'maya' });
    const { entry } = await roster['roster.save']({
      profile: {
        ...base,
        url: 'javascript:alert(1)',
        recentPosts: [{ ...base.recentPosts[0]!, url: 'javascript:alert(2)' }],
      },
      fit: null,
      disclosures: [disclosure('missing', 'javascript:alert(3)')],
    });
    expect(entry.profile.url).toBe('https://www.instagram.com/maya/');
    expect(entry.profile.recentPosts[0]?.url).toBeNull();
    expect(entry.disclosures[0]?.postUrl).toBeNull();
    expect(JSON.stringify(await db.getAll('creators'))).not.toContain('javascript:');
  });

  it('holds a save whose figures jump, until it is confirmed', async () => {
    await roster['roster.save']({ profile: profile({ handle: 'maya' }), fit: null });
    const jumped = profile({ handle: 'maya', followers: { value: 9_999_999, display: null, exact: true } });
    const held = await roster['roster.save']({ profile: jumped, fit: null });
    expect(held.held).toEqual([{ field: 'followers', stored: 12_400, reading: 9_999_999 }]);
    expect(held.entry.profile.followers?.value).toBe(12_400);
    expect(await db.count('snapshots')).toBe(1);
    const kept = await roster['roster.save']({ profile: jumped, fit: null, confirmFigures: true });
    expect(kept.held).toBeUndefined();
    expect(kept.entry.profile.followers?.value).toBe(9_999_999);
    expect(kept.entry.snapshotCount).toBe(2);
    // Ordinary growth is saved at once.
    const grown = profile({ handle: 'maya', followers: { value: 14_000_000, display: null, exact: true } });
    expect((await roster['roster.save']({ profile: grown, fit: null })).held).toBeUndefined();
  });

  it('looks up a creator that is not there as null', async () => {
    expect(await roster['roster.lookup']({ key: 'tiktok:nobody' })).toBeNull();
  });

  it('100 concurrent saves from several tabs lose nothing and duplicate nothing', async () => {
    // 25 creators, each saved 4 times from 4 "tabs" at once (all 100 calls in flight together).
    const handles = Array.from({ length: 25 }, (_, i) => `creator${i}`);
    const saves = [];
    for (let tab = 0; tab < 4; tab++) {
      for (const handle of handles) {
        saves.push(
          roster['roster.save']({
            profile: profile({ handle, capturedAt: `2025-11-0${tab + 1}T10:00:00.000Z` }),
            fit: fitResult(50 + tab),
            disclosures: [disclosure('disclosed', `https://www.instagram.com/p/${handle}-${tab}/`)],
          }),
        );
      }
    }
    const results = await Promise.all(saves);
    expect(results.filter((r) => !r.updated)).toHaveLength(25);
    const rows = await roster['roster.rows']({});
    expect(rows.total).toBe(25);
    expect(new Set(rows.rows.map((r) => r.key)).size).toBe(25);
    for (const handle of handles) {
      const detail = await roster['roster.detail']({ key: `instagram:${handle}` });
      expect(detail?.entry.snapshotCount).toBe(4);
      expect(detail?.snapshots).toHaveLength(4);
      // Every tab's disclosure check survived: no save overwrote another's.
      expect(detail?.entry.disclosures).toHaveLength(4);
    }
    expect(await db.count('snapshots')).toBe(100);
  });
});

describe('briefs', () => {
  it('has no active brief until one is saved, then the first saved is active', async () => {
    expect(await roster['brief.getActive']({})).toBeNull();
    await roster['brief.save']({ brief: { id: 'b1', name: 'Trail community' } });
    await roster['brief.save']({ brief: { id: 'b2', name: 'Cooking' } });
    expect((await roster['brief.getActive']({}))?.id).toBe('b1');
    await roster['brief.setActive']({ id: 'b2' });
    expect((await roster['brief.getActive']({}))?.name).toBe('Cooking');
    expect((await roster['brief.list']({})).briefs.map((b) => b.id)).toEqual(['b2', 'b1']);
  });

  it('rejects an invalid brief with the field named, and keeps the old one', async () => {
    await expect(roster['brief.save']({ brief: { id: 'b1', name: '' } })).rejects.toThrow(/name/);
    expect(await roster['brief.list']({})).toEqual({ briefs: [], activeId: null });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createRosterService } from '../../../entrypoints/background/roster-service';
import { scoring } from '../../../entrypoints/background/scoring';
import { disclosureCheck } from '../../../shared/disclosure';
import type { RosterApi } from '../../../shared/messages';
import type { Extraction } from '../../../shared/platforms/contract';
import { fitScore, starterBrief } from '../../../shared/score';
import { collaborationWith } from '../../shared/roster/collaborations';
import { profile } from '../../shared/roster/creators';
import { freshRosterDbs } from './support/fresh-roster-db';

// 'overlay.assess' with the real scoring core on fake-indexeddb: what the content script's card shows.
const freshDb = freshRosterDbs('overlay-assess');
let roster: RosterApi;

beforeEach(async () => {
  roster = createRosterService({ db: await freshDb(), scoring });
});
const creator = profile({ handle: 'TrailMaya' });
const sponsored = {
  ...creator.recentPosts[0]!,
  id: 'p9',
  url: 'https://www.instagram.com/p/p9/',
  caption: 'New shoes from @trailco, use my code MAYA20 for 20% off',
  paidPartnership: null,
};

describe('overlay.assess', () => {
  it('with no brief: facts without a score, recent captions checked under US rules, not in the roster', async () => {
    const { assessment, entry } = await roster['overlay.assess']({
      extraction: { kind: 'profile', profile: creator },
    });
    expect(entry).toBeNull();
    expect(assessment.scored).toBe(false);
    expect(assessment.fit).toEqual(fitScore(creator, null));
    expect(assessment.jurisdictions).toEqual(['US']);
    expect(assessment.checks).toHaveLength(1);
    expect(assessment.checks[0]?.caption).toBe('Morning loop #trailrunning');
  });

  it("on a post page: scores against the active brief, checks the open post in the brief's jurisdictions", async () => {
    const brief = await roster['brief.createStarter']({});
    const extraction: Extraction = { kind: 'post', post: sponsored, author: creator };
    const { assessment } = await roster['overlay.assess']({ extraction });
    expect(assessment.scored).toBe(true);
    expect(assessment.fit.briefId).toBe(brief.id);
    expect(assessment.profile.recentPosts.map((p) => p.id)).toEqual(['p9', 'p1']);
    expect(assessment.fit).toEqual(fitScore(assessment.profile, starterBrief()));
    expect(assessment.jurisdictions).toEqual(brief.jurisdictions);
    expect(assessment.checks).toEqual([
      {
        postUrl: sponsored.url,
        caption: sponsored.caption,
        report: disclosureCheck({
          text: sponsored.caption,
          platform: 'instagram',
          jurisdictions: brief.jurisdictions,
          paidLabel: null,
        }),
      },
    ]);
    expect(assessment.checks[0]?.report.verdict).not.toBe('disclosed');
  });

  it('returns the roster entry of a saved creator', async () => {
    await roster['roster.save']({ profile: creator, fit: null });
    const { entry } = await roster['overlay.assess']({ extraction: { kind: 'profile', profile: creator } });
    expect(entry?.key).toBe('instagram:trailmaya');
    expect(entry?.snapshotCount).toBe(1);
  });

  it('refuses a malformed reading with a message naming the field', async () => {
    const broken = { kind: 'profile', profile: { ...creator, handle: '' } } as Extraction;
    await expect(roster['overlay.assess']({ extraction: broken })).rejects.toThrow(
      /cannot assess \(profile\.handle: /,
    );
    await expect(
      roster['overlay.assess']({ extraction: { kind: 'story' } as unknown as Extraction }),
    ).rejects.toThrow(/cannot assess/);
  });
});

describe('overlay.assess with the web app’s own answers', () => {
  const livePost = (id: string, url = `https://www.instagram.com/p/${id}/`) => ({
    ...creator.recentPosts[0]!,
    id,
    url,
    likes: { value: 120, display: null, exact: true },
  });

  it('merges them into the page reading and says how many posts they added', async () => {
    const { assessment, livePosts } = await roster['overlay.assess']({
      extraction: { kind: 'profile', profile: creator },
      live: { profiles: [], posts: [{ handle: 'trailmaya', value: livePost('L1') }] },
      openHandle: 'TrailMaya',
    });
    expect(assessment.profile.recentPosts.map((p) => p.id)).toContain('L1');
    expect(livePosts).toBe(1);
  });

  it('checks them as untrusted input: bounded, well-formed, platform addresses only', async () => {
    const many = Array.from({ length: 61 }, (_, i) => ({ handle: null, value: livePost(`L${i}`) }));
    await expect(
      roster['overlay.assess']({
        extraction: { kind: 'profile', profile: creator },
        live: { profiles: [], posts: many },
      }),
    ).rejects.toThrow(/live readings Troupe cannot assess/);
    await expect(
      roster['overlay.assess']({
        extraction: { kind: 'profile', profile: creator },
        live: { profiles: [], posts: [{ handle: null, value: { id: 'x' } }] } as never,
      }),
    ).rejects.toThrow(/live readings Troupe cannot assess/);
    const { assessment } = await roster['overlay.assess']({
      extraction: { kind: 'profile', profile: creator },
      live: { profiles: [], posts: [{ handle: null, value: livePost('L2', 'javascript:alert(1)') }] },
    });
    expect(assessment.profile.recentPosts.find((p) => p.id === 'L2')?.url).toBeNull();
  });

  it('stands in for an unreadable page only with the profile of the creator the URL names', async () => {
    const live = { profiles: [{ handle: 'trailmaya', value: creator }], posts: [] };
    const { assessment } = await roster['overlay.assess']({
      extraction: null,
      live,
      openHandle: 'TrailMaya',
    });
    expect(assessment.profile.handle).toBe('TrailMaya');
    await expect(roster['overlay.assess']({ extraction: null, live, openHandle: 'someone' })).rejects.toThrow(
      /names the creator/,
    );
  });
});

describe('a saved creator: one score on the card and in the roster', () => {
  const dated = (id: string, postedAt: string) => ({
    ...creator.recentPosts[0]!,
    id,
    url: `https://www.instagram.com/p/${id}/`,
    caption: `Trail day ${id} #trailrunning`,
    postedAt,
  });
  // The first visit saw the whole profile and six recent posts, a week apart.
  const rich = profile({
    handle: 'TrailMaya',
    links: ['https://trailmaya.example/portfolio'],
    recentPosts: ['10-28', '10-21', '10-14', '10-07', '09-30', '09-23'].map((d, i) =>
      dated(`r${i}`, `2025-${d}`),
    ),
  });
  // Three weeks later the page shows the name and following only: no followers, bio, links or posts.
  const poor = profile({
    handle: 'TrailMaya',
    followers: null,
    bio: null,
    links: [],
    recentPosts: [],
    capturedAt: '2025-11-22T10:00:00.000Z',
    sources: {},
  });
  const rowOf = async (key: string) => (await roster['roster.rows']({})).rows.find((r) => r.key === key)!;

  it("the card's fit is the roster row's, and says it used the earlier visits", async () => {
    await roster['brief.createStarter']({});
    await roster['roster.save']({ profile: rich, fit: null });
    const { assessment, entry, sample } = await roster['overlay.assess']({
      extraction: { kind: 'profile', profile: poor },
    });
    // The card's sample line counts the posts its figures rest on, not "no posts seen yet".
    expect(sample).toMatch(/^6 posts seen, 6 on earlier visits · /);
    const row = await rowOf('instagram:trailmaya');
    expect(row.score).not.toBeNull();
    expect(assessment.fit.score).toBe(row.score);
    const saved = await roster['roster.lookup']({ key: 'instagram:trailmaya' });
    expect(assessment.fit.range).toEqual(saved!.fit!.range);
    expect(assessment.fit.coverage).toBe(saved!.fit!.coverage);
    expect(assessment.fit.confidence).toBe(saved!.fit!.confidence);
    expect(assessment.fit.engagement.sampleSize).toBe(6);
    expect(entry?.snapshotCount).toBe(1);
    expect(assessment.fromRoster?.words).toBe(
      'With 1 earlier visit: the follower count, bio, links and 6 recent posts',
    );
    // What Save sends (and stores) is still the page reading, not the roster's own profile.
    expect(assessment.profile).toEqual(poor);
  });

  it('saving what the card shows keeps the number the card showed', async () => {
    await roster['brief.createStarter']({});
    await roster['roster.save']({ profile: rich, fit: null });
    const { assessment } = await roster['overlay.assess']({ extraction: { kind: 'profile', profile: poor } });
    await roster['roster.save']({ profile: assessment.profile, fit: null });
    expect((await rowOf('instagram:trailmaya')).score).toBe(assessment.fit.score);
  });

  it('past collaborations count on both screens; the card does not show their figures', async () => {
    await roster['brief.save']({
      brief: { id: 'd', name: 'Reach', brand: 'Terra', purpose: 'distribution' },
      activate: true,
    });
    await roster['roster.save']({ profile: rich, fit: null });
    await roster['roster.addCollaboration'](
      collaborationWith({
        key: 'instagram:trailmaya',
        results: { ...collaborationWith().results, signups: 340 },
      }),
    );
    await roster['roster.rescore']({});
    const { assessment } = await roster['overlay.assess']({ extraction: { kind: 'profile', profile: poor } });
    expect(assessment.fit.score).toBe((await rowOf('instagram:trailmaya')).score);
    const roleFit = assessment.fit.factors.find((f) => f.id === 'roleFit')!;
    expect(roleFit.evidence.join(' ')).toMatch(/past collaboration/);
    expect(JSON.stringify(assessment)).not.toMatch(/340/);
    // Saving again scores with the same collaborations as the rescore did.
    await roster['roster.save']({ profile: rich, fit: null });
    expect((await rowOf('instagram:trailmaya')).score).toBe(assessment.fit.score);
  });

  it('a creator not in the roster is scored on the page reading alone, with no note', async () => {
    await roster['brief.createStarter']({});
    const { assessment } = await roster['overlay.assess']({ extraction: { kind: 'profile', profile: poor } });
    expect(assessment.fit).toEqual(fitScore(poor, starterBrief(), { privateTerms: 'counted' }));
    expect(assessment.fromRoster).toBeNull();
  });

  it('a page that shows everything the roster knows gets no note', async () => {
    await roster['brief.createStarter']({});
    await roster['roster.save']({ profile: rich, fit: null });
    const { assessment } = await roster['overlay.assess']({ extraction: { kind: 'profile', profile: rich } });
    expect(assessment.fromRoster).toBeNull();
    expect(assessment.fit.score).toBe((await rowOf('instagram:trailmaya')).score);
  });
});

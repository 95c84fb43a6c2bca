import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BriefPurpose } from '../../../../shared/schemas/enums';
import { BRIEF_PURPOSES } from '../../../../shared/schemas/enums';
import type { CreatorProfile } from '../../../../shared/schemas/profile';
import { fitScore } from '../../../../shared/score/fit';
import { briefWith, n, postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const brief = (purpose: BriefPurpose) => briefWith({ purpose });
const roleFit = (
  p: CreatorProfile,
  purpose: BriefPurpose,
  past?: { collaborations: number; conversions: number },
) => fitScore(p, brief(purpose), { past }).factors.find((f) => f.id === 'roleFit')!;

/** A maker: long-form tutorials in a numbered series, a craft bio and a portfolio, small reach. */
const maker = profileWith({
  platform: 'youtube',
  followers: n(4_000),
  bio: 'Ceramics studio. Potter and video editor.',
  links: ['https://www.behance.net/clayworks'],
  recentPosts: postsEvery(8, (i) => ({
    format: i % 3 === 0 ? 'short' : 'long_video',
    caption: `How to throw a bowl, part ${i + 1}: tutorial`,
    views: n(900),
  })),
});
/** A reach profile: mega tier, views far above followers, sponsored posts. */
const reach = profileWith({
  platform: 'tiktok',
  followers: n(2_400_000),
  bio: 'daily vibes',
  recentPosts: postsEvery(10, (i) => ({
    format: 'short',
    caption: i < 4 ? 'new drop #ad' : 'day in my life',
    views: n(3_000_000),
    likes: n(300_000),
    comments: n(2_000),
  })),
});

describe('roleFit', () => {
  it('is unknown when nothing is known about the creator, not applicable without a brief', () => {
    const empty = profileWith({ followers: null, bio: null, recentPosts: [] });
    for (const purpose of BRIEF_PURPOSES) expect(outcome(roleFit(empty, purpose))).toBe('unknown');
    expect(outcome(factorOf('roleFit', maker, null))).toBe('not_applicable');
  });

  it('scores a maker high for production and low for distribution, and reach the other way round', () => {
    const makerFor = (p: BriefPurpose) => roleFit(maker, p).score!;
    const reachFor = (p: BriefPurpose) => roleFit(reach, p).score!;
    expect(makerFor('production')).toBeGreaterThan(80);
    expect(makerFor('distribution')).toBeLessThan(20);
    expect(reachFor('distribution')).toBeGreaterThan(80);
    expect(reachFor('production')).toBeLessThan(20);
    expect(makerFor('hybrid')).toBeGreaterThan(makerFor('distribution'));
    expect(makerFor('hybrid')).toBeLessThan(makerFor('production'));
    expect(roleFit(maker, 'production').evidence.join(' ')).toMatch(/portfolio link/);
  });

  it('counts conversions from past collaborations for distribution, more of them never less', () => {
    const none = roleFit(maker, 'distribution').score!;
    const few = roleFit(maker, 'distribution', { collaborations: 2, conversions: 12 });
    const many = roleFit(maker, 'distribution', { collaborations: 2, conversions: 400 }).score!;
    expect(few.score!).toBeGreaterThan(none);
    expect(many).toBeGreaterThan(few.score!);
    expect(few.evidence).toContain('distribution: 12 conversions from 2 past collaborations');
    expect(roleFit(maker, 'production', { collaborations: 2, conversions: 400 }).score).toBe(
      roleFit(maker, 'production').score,
    );
  });

  it('is monotone in its signals: adding a production or distribution signal never lowers it', () => {
    // Each step adds one signal to the profile (or the past results); the score never goes down.
    const steps: ((p: CreatorProfile) => CreatorProfile)[] = [
      (p) => ({ ...p, links: [...p.links, 'https://vimeo.com/me'] }),
      (p) => ({ ...p, bio: `${p.bio ?? ''} photographer` }),
      (p) => ({
        ...p,
        recentPosts: p.recentPosts.map((x) => ({ ...x, caption: `${x.caption ?? ''} tutorial` })),
      }),
      (p) => ({
        ...p,
        recentPosts: p.recentPosts.map((x, i) => ({ ...x, format: i % 2 ? 'long_video' : x.format })),
      }),
      // A tier up with engagement kept far above any band: only the reach signal changes.
      (p) => ({
        ...p,
        followers: n(p.followers!.value * 10),
        recentPosts: p.recentPosts.map((x) => ({ ...x, likes: n(x.likes!.value * 10) })),
      }),
      (p) => ({ ...p, recentPosts: p.recentPosts.map((x) => ({ ...x, caption: `${x.caption ?? ''} #ad` })) }),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...BRIEF_PURPOSES),
        fc.integer({ min: 100, max: 50_000 }),
        fc.integer({ min: 3, max: 12 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5]),
        fc.nat(1000),
        (purpose, followers, posts, order, conversions) => {
          let p = profileWith({
            followers: n(followers),
            bio: 'hello',
            recentPosts: postsEvery(posts, () => ({
              format: 'image',
              likes: n(followers / 5),
              comments: n(1),
            })),
          });
          let last = roleFit(p, purpose).score!;
          for (const i of order) {
            p = steps[i]!(p);
            const now = roleFit(p, purpose).score!;
            expect(now).toBeGreaterThanOrEqual(last);
            last = now;
          }
          expect(roleFit(p, purpose, { collaborations: 1, conversions }).score!).toBeGreaterThanOrEqual(last);
        },
      ),
      { numRuns: 150 },
    );
  });
});

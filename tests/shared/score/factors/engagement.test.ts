import { describe, expect, it } from 'vitest';
import { briefWith, n, postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

// Instagram micro band is 1%–3%; 20,000 followers.
const ig = (likes: number) =>
  profileWith({
    followers: n(20_000),
    recentPosts: postsEvery(6, () => ({ likes: n(likes), comments: n(0) })),
  });

describe('engagement factor', () => {
  it.each([
    ['below the band', ig(100), null, 'known 35'],
    ['bottom of the band', ig(200), null, 'known 70'],
    ['middle of the band', ig(400), null, 'known 85'],
    ['above the band', ig(800), null, 'known 100'],
    ['below the brief minimum', ig(400), 0.04, 'known 20'],
    ['meets the brief minimum', ig(400), 0.01, 'known 85'],
    ['no counts', profileWith({ followers: n(20_000) }), null, 'unknown'],
    [
      'X: no published band',
      profileWith({ platform: 'x', followers: n(900), recentPosts: postsEvery(3, () => ({ likes: n(9) })) }),
      null,
      'unknown',
    ],
    [
      'X: no band but a brief minimum',
      profileWith({ platform: 'x', followers: n(900), recentPosts: postsEvery(3, () => ({ likes: n(9) })) }),
      0.005,
      'known 80',
    ],
  ])('%s', (_, profile, min, expected) => {
    expect(outcome(factorOf('engagement', profile, briefWith({ minEngagementRate: min })))).toBe(expected);
  });

  it('an unmeasurable minimum reads "unverified", never "fail"', () => {
    const f = factorOf('engagement', profileWith(), briefWith({ minEngagementRate: 0.02 }));
    expect(f.status).toBe('unknown');
    expect(f.reason).toMatch(/unverified/);
    expect(f.reason).not.toMatch(/fail/i);
  });

  it('shows the median, its basis, the sample size and the cited band', () => {
    const f = factorOf('engagement', ig(400), null);
    expect(f.evidence[0]).toBe('median 2% per follower over 6 posts');
    expect(f.evidence[1]).toMatch(/^tier band 1%–3% \(.*20\d\d/);
  });
});

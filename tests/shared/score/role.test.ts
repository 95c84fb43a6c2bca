import { describe, expect, it } from 'vitest';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import { fitScore } from '../../../shared/score/fit';
import { n, postsEvery, profileWith } from './make-profile';

const roleOf = (profile: CreatorProfile) => fitScore(profile, null).role;

describe('role', () => {
  it('creator: craft in the bio, tutorials, long-form, a portfolio', () => {
    const role = roleOf(
      profileWith({
        platform: 'youtube',
        followers: n(8_000),
        bio: 'Video editor and UGC creator. Portfolio below.',
        links: ['https://www.behance.net/someone'],
        recentPosts: postsEvery(8, (i) => ({
          format: 'long_video',
          caption: `How to color grade, part ${i + 1}`,
        })),
      }),
    );
    expect(role.role).toBe('creator');
    expect(role.production).toBeGreaterThan(role.distribution);
    expect(role.signals.map((s) => s.signal).join(' ')).toMatch(/editor.*ugc|ugc.*editor/i);
  });

  it('influencer: a large tier, high reach, frequent sponsorship', () => {
    const role = roleOf(
      profileWith({
        platform: 'tiktok',
        followers: n(2_000_000),
        bio: 'living my best life',
        recentPosts: postsEvery(10, (i) => ({
          caption: i % 2 ? 'new drop with @brand #ad' : 'weekend vibes',
          views: n(3_000_000),
          likes: n(300_000),
          comments: n(2_000),
        })),
      }),
    );
    expect(role.role).toBe('influencer');
    expect(role.signals.every((s) => s.side === 'distribution')).toBe(true);
  });

  it('hybrid: both sides, neither clearly ahead', () => {
    const role = roleOf(
      profileWith({
        followers: n(600_000),
        bio: 'Photographer',
        recentPosts: postsEvery(6, () => ({ caption: 'shot on film', likes: n(6_000), comments: n(100) })),
      }),
    );
    expect(role.role).toBe('hybrid');
  });

  it.each([
    ['nothing known', profileWith()],
    ['only a bio', profileWith({ bio: 'UGC creator' })],
    [
      'known, but no signal either way',
      profileWith({ followers: n(900), bio: 'hi', recentPosts: postsEvery(3) }),
    ],
  ])('undetermined: %s', (_, profile) => {
    expect(roleOf(profile).role).toBe('undetermined');
  });
});

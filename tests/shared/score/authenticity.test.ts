import { describe, expect, it } from 'vitest';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import { authenticityOf, likeCommentRatio } from '../../../shared/score/authenticity';
import { engagementOf } from '../../../shared/score/engagement';
import { tierOf } from '../../../shared/score/tiers';
import { n, postWith, profileWith } from './make-profile';

const flagsOf = (profile: CreatorProfile) => {
  const tier = tierOf(profile.followers?.value).id;
  return authenticityOf(profile, engagementOf(profile, tier));
};
const ids = (profile: CreatorProfile) => flagsOf(profile).flags.map((f) => f.id);
const posts = (likes: number, comments: number, count = 6) =>
  Array.from({ length: count }, () => postWith({ likes: n(likes), comments: n(comments) }));

describe('authenticityOf', () => {
  it.each([
    ['nothing shown', profileWith(), []],
    [
      'a healthy account',
      profileWith({ followers: n(20_000), following: n(400), posts: n(300), recentPosts: posts(400, 12) }),
      [],
    ],
    [
      'follows 1,501',
      profileWith({ followers: n(50_000), following: n(1_501), posts: n(900) }),
      ['mass_following'],
    ],
    [
      'follows more than followed',
      profileWith({ followers: n(300), following: n(900), posts: n(400) }),
      ['following_ratio'],
    ],
    [
      'follows many, posts little',
      profileWith({ followers: n(5_000), following: n(1_200), posts: n(20) }),
      ['following_per_post'],
    ],
    [
      'no comments on many likes',
      profileWith({ followers: n(20_000), recentPosts: posts(400, 0) }),
      ['like_comment_ratio'],
    ],
    [
      'comment pod',
      profileWith({ followers: n(20_000), recentPosts: posts(400, 200) }),
      ['like_comment_ratio'],
    ],
    [
      'ER far above band',
      profileWith({ followers: n(20_000), recentPosts: posts(4_000, 100) }),
      ['er_above_band'],
    ],
    [
      'ER far below band',
      profileWith({ followers: n(200_000), recentPosts: posts(100, 2) }),
      ['er_below_band'],
    ],
  ])('%s', (_, profile, expected) => {
    expect(ids(profile)).toEqual(expected);
  });

  it('every flag gives a reason that names another explanation, not a verdict', () => {
    const profile = profileWith({
      followers: n(300),
      following: n(4_000),
      posts: n(10),
      recentPosts: posts(400, 0),
    });
    const { flags } = flagsOf(profile);
    expect(flags.length).toBeGreaterThanOrEqual(3);
    for (const flag of flags) {
      expect(flag.reason).toMatch(/\b(or|too|though|can|so do)\b/);
      expect(flag.reason).not.toMatch(/\bfake account\b|\bfraud\b/i);
    }
  });

  it('small posts with no comments are normal, not a flag', () => {
    expect(likeCommentRatio(profileWith({ recentPosts: posts(12, 0) }))).toBeNull();
  });

  it('lists what it could check', () => {
    expect(flagsOf(profileWith()).checked).toEqual([]);
    expect(flagsOf(profileWith({ following: n(10), followers: n(100) })).checked.length).toBe(2);
  });
});

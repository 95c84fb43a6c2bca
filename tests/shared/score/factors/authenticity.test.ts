import { describe, expect, it } from 'vitest';
import { n, postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

describe('authenticity factor', () => {
  it.each([
    ['nothing to check', profileWith(), 'unknown'],
    ['clean', profileWith({ followers: n(20_000), following: n(300), posts: n(500) }), 'known 100'],
    ['one warning', profileWith({ followers: n(20_000), following: n(1_600), posts: n(500) }), 'known 75'],
    ['warnings and info', profileWith({ followers: n(300), following: n(2_000), posts: n(10) }), 'known 40'],
    [
      'no comments on big likes',
      profileWith({
        followers: n(20_000),
        recentPosts: postsEvery(4, () => ({ likes: n(400), comments: n(0) })),
      }),
      'known 75',
    ],
  ])('%s', (_, profile, expected) => {
    expect(outcome(factorOf('authenticity', profile, null))).toBe(expected);
  });

  it('labels itself as proxies', () => {
    const f = factorOf('authenticity', profileWith({ followers: n(300), following: n(2_000) }), null);
    expect(f.label).toMatch(/prox/i);
    expect(f.reason).toMatch(/not proof/);
  });
});

describe('authenticity reason when nothing could be checked (issue 11, item 10)', () => {
  it('says what was missing, not that likes and comments were not shown when one post showed them', () => {
    // A post page: the post's 990K likes and 8,873 comments, no following or follower count.
    const profile = profileWith({
      recentPosts: postsEvery(1, () => ({ likes: n(990_000, false), comments: n(8_873) })),
    });
    const f = factorOf('authenticity', profile, null);
    expect(f.status).toBe('unknown');
    expect(f.reason).not.toMatch(/likes and comments are not shown/);
    expect(f.reason).toBe(
      'No authenticity proxy could be checked: the following count is not shown, and likes and comments show on 1 post (3 needed).',
    );
  });
});

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

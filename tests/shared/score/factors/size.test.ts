import { describe, expect, it } from 'vitest';
import { briefWith, n, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const range = (min: number | null, max: number | null) => briefWith({ followerRange: { min, max } });
const of = (followers: number | null) => profileWith({ followers: followers === null ? null : n(followers) });

describe('size factor', () => {
  it.each([
    ['no range', of(5_000), range(null, null), 'not_applicable'],
    ['no brief', of(5_000), null, 'not_applicable'],
    ['unknown followers', of(null), range(1_000, 10_000), 'unknown'],
    ['inside', of(5_000), range(1_000, 10_000), 'known 100'],
    ['on the edge', of(10_000), range(1_000, 10_000), 'known 100'],
    ['twice the max', of(20_000), range(1_000, 10_000), 'known 70'],
    ['ten times the max', of(100_000), range(1_000, 10_000), 'known 0'],
    ['half the min', of(500), range(1_000, null), 'known 70'],
    ['zero followers', of(0), range(1_000, null), 'known 0'],
    ['only a max', of(50), range(null, 10_000), 'known 100'],
  ])('%s', (_, profile, brief, expected) => {
    expect(outcome(factorOf('size', profile, brief))).toBe(expected);
  });

  it('says when the count is rounded', () => {
    const f = factorOf(
      'size',
      profileWith({ followers: { value: 68_400, display: '68.4K', exact: false } }),
      range(1_000, 100_000),
    );
    expect(f.evidence[0]).toBe('68.4K followers (rounded)');
  });
});

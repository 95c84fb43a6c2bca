import { describe, expect, it } from 'vitest';
import { fitScore } from '../../../../shared/score/fit';
import { postWith, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const DAY = 86_400_000;
const at = (...daysAgo: number[]) =>
  profileWith({
    recentPosts: daysAgo.map((d) =>
      postWith({ postedAt: new Date(Date.parse('2025-11-20T10:00:00Z') - d * DAY).toISOString() }),
    ),
  });

describe('cadence factor', () => {
  it.each([
    ['no dates', profileWith({ recentPosts: [postWith()] }), 'unknown'],
    ['unparseable dates', profileWith({ recentPosts: [postWith({ postedAt: 'yesterday' })] }), 'unknown'],
    ['one post today', at(0), 'known 100'],
    ['daily posting', at(0, 1, 2, 3), 'known 100'],
    ['weekly, last 10 days ago', at(10, 17, 24), 'known 83'],
    ['monthly, last 100 days ago', at(100, 130, 160), 'known 33'],
    ['post dated after capture', at(-1, 0), 'known 100'],
  ])('%s', (_, profile, expected) => {
    expect(outcome(factorOf('cadence', profile, null))).toBe(expected);
  });

  it('measures recency from the capture time, or from options.now', () => {
    const profile = at(0, 1);
    const later = fitScore(profile, null, { now: '2026-06-01T00:00:00Z' }).factors.find(
      (f) => f.id === 'cadence',
    )!;
    expect(later.score).toBeLessThan(factorOf('cadence', profile, null).score!);
  });
});

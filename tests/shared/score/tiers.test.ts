import { describe, expect, it } from 'vitest';
import { TIER_SOURCE, tierOf } from '../../../shared/score/tiers';

describe('tierOf (Later x Fohr 2021)', () => {
  it.each([
    [0, 'nano'],
    [9_999, 'nano'],
    [10_000, 'micro'],
    [99_999, 'micro'],
    [100_000, 'mid'],
    [499_999, 'mid'],
    [500_000, 'macro'],
    [999_999, 'macro'],
    [1_000_000, 'mega'],
    [250_000_000, 'mega'],
    [null, 'unknown'],
    [Number.NaN, 'unknown'],
  ])('%s followers -> %s', (followers, tier) => {
    const result = tierOf(followers);
    expect(result.id).toBe(tier);
    expect(result.source).toBe(TIER_SOURCE);
    expect(result.label.length).toBeGreaterThan(3);
  });
});

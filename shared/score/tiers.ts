// Creator tiers by follower count, Later x Fohr 2021 (see /docs/scoring.md, "Benchmarks").
import type { Tier } from '../schemas/enums';
import type { FitResult } from '../schemas/fit';

export const TIER_SOURCE =
  'Later x Fohr 2021 tiers: nano < 10K, micro 10K–100K, mid 100K–500K, macro 500K–1M, mega 1M+';

/** Lower bound of each tier, in followers; a tier runs up to the next one's bound. */
export const TIER_FLOORS: readonly (readonly [Exclude<Tier, 'unknown'>, number, string])[] = [
  ['nano', 0, 'Nano (under 10K)'],
  ['micro', 10_000, 'Micro (10K–100K)'],
  ['mid', 100_000, 'Mid-tier (100K–500K)'],
  ['macro', 500_000, 'Macro (500K–1M)'],
  ['mega', 1_000_000, 'Mega (1M+)'],
];

export function tierOf(followers: number | null | undefined): FitResult['tier'] {
  if (followers == null || !Number.isFinite(followers)) {
    return { id: 'unknown', label: 'Tier unknown (follower count not shown)', source: TIER_SOURCE };
  }
  let found = TIER_FLOORS[0]!;
  for (const tier of TIER_FLOORS) if (followers >= tier[1]) found = tier;
  return { id: found[0], label: found[2], source: TIER_SOURCE };
}

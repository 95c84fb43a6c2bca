// Engagement on each platform's own basis (docs/scoring.md, "Formulas"): a median over recent
// posts, never a mean (one viral post would carry it), with the number of posts it rests on.
import type { Platform, Tier } from '../schemas/enums';
import type { Engagement } from '../schemas/fit';
import type { Count, CreatorProfile } from '../schemas/profile';

export type Basis = NonNullable<Engagement['basis']>;

/**
 * Instagram and X divide by followers; TikTok and YouTube by views (the basis changes the figure:
 * TikTok 2022 4.25% by followers vs 5.10% by views, Socialinsider 2023); Twitch is chat activity
 * per viewer, read from a stream's `comments` (chat messages) over its `views` (average viewers).
 */
export const BASIS: Record<Platform, Basis> = {
  instagram: 'followers',
  x: 'followers',
  tiktok: 'views',
  youtube: 'views',
  twitch: 'chat',
};

type Band = NonNullable<Engagement['band']>;
type BandTable = Record<Exclude<Tier, 'unknown'>, Band>;

const IG_FALLS =
  'Instagram ER falls as accounts grow (HypeAuditor and Later x Fohr 2021); Instagram averages 1.9–2.2% (2021 reports), Statista 2023 overall 1.85%';
const TT_ANCHOR = 'TikTok ER by views 5.10% (Socialinsider 2023, 2022 data)';
const YT_ANCHOR = 'YouTube mega sponsored posts 1.6% (CreatorIQ 2023)';
const WIDTH = 'band edges are Troupe’s working range around the cited figures';

/**
 * Expected median ER per platform and tier, as fractions. Only figures from docs/scoring.md anchor
 * them; X and Twitch have no published band there, so they get none rather than an invented one.
 */
export const ER_BANDS: Partial<Record<Platform, BandTable>> = {
  instagram: {
    nano: {
      low: 0.015,
      high: 0.04,
      source: `Statista 2023 nano 2.19%, HypeAuditor 2023 nano 2.78%; ${WIDTH}`,
    },
    micro: { low: 0.01, high: 0.03, source: `${IG_FALLS}; ${WIDTH}` },
    mid: { low: 0.007, high: 0.02, source: `${IG_FALLS}; ${WIDTH}` },
    macro: { low: 0.005, high: 0.015, source: `${IG_FALLS}; ${WIDTH}` },
    mega: {
      low: 0.0025,
      high: 0.012,
      source: `CreatorIQ 2023 Instagram mega sponsored posts 0.23% (organic runs higher); ${WIDTH}`,
    },
  },
  tiktok: {
    nano: { low: 0.04, high: 0.13, source: `HypeAuditor 2023 TikTok nano 12.6%; ${TT_ANCHOR}; ${WIDTH}` },
    micro: { low: 0.03, high: 0.1, source: `${TT_ANCHOR}; ${WIDTH}` },
    mid: { low: 0.03, high: 0.1, source: `${TT_ANCHOR}; ${WIDTH}` },
    macro: { low: 0.03, high: 0.1, source: `${TT_ANCHOR}; ${WIDTH}` },
    mega: { low: 0.03, high: 0.1, source: `${TT_ANCHOR}; ${WIDTH}` },
  },
  youtube: {
    nano: { low: 0.02, high: 0.07, source: `${YT_ANCHOR}; smaller tiers extrapolated upward; ${WIDTH}` },
    micro: { low: 0.018, high: 0.06, source: `${YT_ANCHOR}; smaller tiers extrapolated upward; ${WIDTH}` },
    mid: { low: 0.015, high: 0.05, source: `${YT_ANCHOR}; smaller tiers extrapolated upward; ${WIDTH}` },
    macro: { low: 0.012, high: 0.045, source: `${YT_ANCHOR}; ${WIDTH}` },
    mega: { low: 0.01, high: 0.04, source: `${YT_ANCHOR}; ${WIDTH}` },
  },
};

export function bandFor(platform: Platform, tier: Tier): Band | null {
  if (tier === 'unknown') return null;
  return ER_BANDS[platform]?.[tier] ?? null;
}

/** Ascending, in place. Insertion sort: the lists are a dozen posts long. */
export function sortNumbers(values: number[]): number[] {
  for (let i = 1; i < values.length; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
  return values;
}

/** Sorts `values` in place. */
export function median(values: number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  sortNumbers(values);
  const mid = n >> 1;
  return n % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

const value = (c: Count | null) => (c ? c.value : null);

export function engagementOf(profile: CreatorProfile, tier: Tier): Engagement {
  const basis = BASIS[profile.platform];
  // Below one follower or view a ratio means nothing (and would divide towards infinity).
  const f = value(profile.followers);
  const followers = f !== null && f >= 1 ? f : null;
  const rates: number[] = [];
  const reaches: number[] = [];
  for (const post of profile.recentPosts) {
    const likes = value(post.likes);
    const comments = value(post.comments);
    const v = value(post.views);
    const views = v !== null && v >= 1 ? v : null;
    if (views !== null && followers) reaches.push(views / followers);
    if (basis === 'chat') {
      if (comments !== null && views) rates.push(comments / views);
      continue;
    }
    if (likes === null && comments === null) continue;
    let interactions = (likes ?? 0) + (comments ?? 0);
    if (basis === 'views') {
      interactions += value(post.shares) ?? 0;
      if (views) rates.push(interactions / views);
    } else if (followers) rates.push(interactions / followers);
  }
  const med = median(rates);
  const band = bandFor(profile.platform, tier);
  return {
    basis,
    median: med,
    sampleSize: rates.length,
    reach: basis === 'views' ? median(reaches) : null,
    band,
    position: med === null || !band ? null : med < band.low ? 'below' : med > band.high ? 'above' : 'within',
  };
}

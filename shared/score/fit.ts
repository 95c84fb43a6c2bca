// fitScore: one creator profile against one brief (or none), explained factor by factor.
// Model: docs/scoring.md. Hard exclusions first; each factor known, unknown or not applicable;
// the score is the weighted mean of known factors only (unknown is not zero), with the range the
// unknowns could move it over, the coverage, and a confidence. Deterministic: no clock, no
// randomness; "now" is the capture time unless the caller passes one.

import type { Brief } from '../schemas/brief';
import { creatorKey } from '../schemas/creator-key';
import type { FactorId } from '../schemas/enums';
import type { Factor, FitResult } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import { authenticityOf } from './authenticity';
import { type CompiledBrief, compiledBrief } from './compiled-brief';
import { engagementOf } from './engagement';
import { exclusionOf } from './exclusions';
import { audienceFactor } from './factors/audience';
import { authenticityFactor } from './factors/authenticity';
import { brandSafetyFactor } from './factors/brand-safety';
import { cadenceFactor } from './factors/cadence';
import type { FactorOutcome, FitContext, PastResults, PrivateTerms } from './factors/context';
import { engagementFactor } from './factors/engagement';
import { nicheFactor } from './factors/niche';
import { professionalFactor } from './factors/professional';
import { roleFitFactor } from './factors/role-fit';
import { sizeFactor } from './factors/size';
import { pct } from './format';
import { isoTime } from './iso-time';
import { type ProfileTerms, profileTerms } from './profile-terms';
import { roleOf } from './role';
import { tierOf } from './tiers';

export interface FitOptions {
  /** Reference time for recency (ISO string or ms); defaults to the profile's capture time. */
  now?: string | number;
  /** Past collaborations' totals, a distribution signal of the roleFit factor. */
  past?: PastResults | null;
  /**
   * How reasons speak of the brief's excluded and caution terms and of past collaborations' figures:
   * `named` (the roster) or `counted` (the card on a social page, which the page's own scripts may
   * read: "uses 2 terms your brief excludes"). The score is the same either way.
   */
  privateTerms?: PrivateTerms;
}

/** In the order the card lists them (FACTOR_IDS). */
export const FACTORS: readonly (readonly [FactorId, string, (ctx: FitContext) => FactorOutcome])[] = [
  ['niche', 'Niche match', nicheFactor],
  ['engagement', 'Engagement', engagementFactor],
  ['authenticity', 'Authenticity (proxies)', authenticityFactor],
  ['size', 'Audience size', sizeFactor],
  ['audience', 'Region and language', audienceFactor],
  ['cadence', 'Posting cadence', cadenceFactor],
  ['professional', 'Professional signals', professionalFactor],
  ['brandSafety', 'Brand safety', brandSafetyFactor],
  ['roleFit', 'Role fit for the purpose', roleFitFactor],
];

export const CONFIDENCE = { highCoverage: 0.8, highPosts: 12, lowCoverage: 0.5, lowPosts: 6 } as const;

export function fitScore(profile: CreatorProfile, brief: Brief | null, options: FitOptions = {}): FitResult {
  const compiled = compiledBrief(brief);
  const tier = tierOf(profile.followers?.value ?? null);
  const engagement = engagementOf(profile, tier.id);
  const authenticity = authenticityOf(profile, engagement);
  const found = profileTerms(profile, compiled);
  const sponsoredPosts = countSponsored(profile, compiled, found);
  const now =
    options.now === undefined
      ? isoTime(profile.capturedAt)
      : typeof options.now === 'number'
        ? options.now
        : isoTime(options.now);
  const role = roleOf({ profile, compiled, found, tier: tier.id, engagement, sponsoredPosts });
  const ctx: FitContext = {
    profile,
    brief,
    compiled,
    found,
    tier: tier.id,
    engagement,
    authenticity,
    sponsoredPosts,
    role,
    past: options.past ?? null,
    now: Number.isFinite(now) ? now : null,
    privateTerms: options.privateTerms ?? 'named',
  };

  const factors: Factor[] = [];
  let knownWeight = 0;
  let knownSum = 0;
  let unknownWeight = 0;
  for (const [id, label, factor] of FACTORS) {
    const outcome = factor(ctx);
    const weight = compiled.weights[id];
    factors.push({
      id,
      label,
      status: outcome.status,
      score: outcome.score,
      weight,
      reason: outcome.reason,
      evidence: outcome.evidence,
    });
    if (outcome.status === 'known') {
      knownWeight += weight;
      knownSum += weight * outcome.score!;
    } else if (outcome.status === 'unknown') unknownWeight += weight;
  }
  const totalWeight = knownWeight + unknownWeight;
  const coverage = totalWeight > 0 ? knownWeight / totalWeight : 0;
  const excluded = exclusionOf(profile, compiled, found, ctx.privateTerms);
  let score: number | null = null;
  let range: FitResult['range'] = null;
  if (!excluded && totalWeight > 0) {
    if (knownWeight > 0) score = Math.round(knownSum / knownWeight);
    range = {
      min: Math.round(knownSum / totalWeight),
      max: Math.round((knownSum + 100 * unknownWeight) / totalWeight),
    };
  }
  const { confidence, confidenceReason } = confidenceOf(profile, coverage);
  return {
    briefId: brief?.id ?? null,
    briefVersion: compiled.version,
    creator: creatorKey(profile),
    excluded,
    score,
    range,
    coverage,
    confidence,
    confidenceReason,
    factors,
    tier,
    engagement,
    authenticity: authenticity.flags,
    role,
    niches: nichesMatched(compiled, found),
  };
}

/** The brief's niches with a keyword found anywhere in the profile, in the brief's order (roster segments). */
function nichesMatched(compiled: CompiledBrief, found: ProfileTerms): string[] {
  const niches = compiled.brief?.niches ?? [];
  if (niches.length === 0) return [];
  const hit = new Set<number>();
  const mark = (hits: readonly number[]) => {
    for (let k = 0; k < hits.length; k++) {
      const i = compiled.nicheOf[hits[k]!]!;
      if (i >= 0) hit.add(i);
    }
  };
  mark(found.header);
  mark(found.category);
  for (const hits of found.posts) mark(hits);
  return niches.filter((_, i) => hit.has(i)).map((n) => n.name);
}

function countSponsored(profile: CreatorProfile, compiled: CompiledBrief, found: ProfileTerms): number {
  let n = 0;
  const { kinds } = compiled;
  for (let i = 0; i < profile.recentPosts.length; i++) {
    if (profile.recentPosts[i]!.paidPartnership === true) n++;
    else {
      // Indexed, not for-of: hit lists are of mixed kinds (a frozen empty one is shared), and
      // for-of over them was a visible share of a score.
      const hits = found.posts[i]!;
      for (let k = 0; k < hits.length; k++)
        if (kinds[hits[k]!] === 'sponsor') {
          n++;
          break;
        }
    }
  }
  return n;
}

function confidenceOf(
  profile: CreatorProfile,
  coverage: number,
): Pick<FitResult, 'confidence' | 'confidenceReason'> {
  const posts = profile.recentPosts.length;
  const basis = `${pct(coverage)} of the weight is known, from ${posts} recent post${posts === 1 ? '' : 's'}`;
  if (profile.selfReported) {
    return {
      confidence: 'low',
      confidenceReason: `Low: the figures are self-reported until the profile is seen on the platform (${basis}).`,
    };
  }
  if (coverage >= CONFIDENCE.highCoverage && posts >= CONFIDENCE.highPosts) {
    return { confidence: 'high', confidenceReason: `High: ${basis}.` };
  }
  if (coverage < CONFIDENCE.lowCoverage || posts < CONFIDENCE.lowPosts) {
    const why =
      coverage < CONFIDENCE.lowCoverage
        ? `less than ${pct(CONFIDENCE.lowCoverage)} of the weight is known`
        : `fewer than ${CONFIDENCE.lowPosts} recent posts`;
    return { confidence: 'low', confidenceReason: `Low: ${why} (${basis}).` };
  }
  return { confidence: 'medium', confidenceReason: `Medium: ${basis}.` };
}

// Engagement against the tier band for its platform, and against the brief's minimum when it sets
// one. A minimum that cannot be measured reads "unverified", never "fail".
import { BASIS } from '../engagement';
import { pct, plural } from '../format';
import { type FactorOutcome, type FitContext, known, unknown } from './context';

const BASIS_WORDS = {
  followers: 'per follower',
  views: 'per view',
  chat: 'chat messages per viewer',
} as const;

export function engagementFactor(ctx: FitContext): FactorOutcome {
  const { median, band, sampleSize, basis } = ctx.engagement;
  const min = ctx.brief?.minEngagementRate ?? null;
  if (median === null) {
    const why =
      BASIS[ctx.profile.platform] === 'followers' && ctx.profile.followers === null
        ? 'the follower count is not shown'
        : 'no recent post shows its counts';
    return unknown(
      min !== null
        ? `Minimum engagement ${pct(min)} unverified: ${why}.`
        : `Engagement cannot be measured: ${why}.`,
    );
  }
  const figure = `median ${pct(median)} ${BASIS_WORDS[basis ?? 'followers']} over ${plural(sampleSize, 'post')}`;
  const evidence = [figure];
  if (band) evidence.push(`tier band ${pct(band.low)}–${pct(band.high)} (${band.source})`);
  let score: number | null = null;
  let reason = '';
  if (band) {
    if (median > band.high) {
      score = 100;
      reason = 'Engagement above its tier band.';
    } else if (median >= band.low) {
      score = 70 + (30 * (median - band.low)) / (band.high - band.low || 1);
      reason = 'Engagement within its tier band.';
    } else {
      score = 70 * (median / band.low);
      reason = 'Engagement below its tier band.';
    }
  }
  if (min !== null) {
    evidence.push(`brief minimum ${pct(min)}`);
    if (median < min) {
      const capped = 40 * (median / (min || 1));
      score = score === null ? capped : Math.min(score, capped);
      reason = `Engagement ${pct(median)} is below the brief’s minimum ${pct(min)}.`;
    } else if (score === null) {
      score = 80;
      reason = `Engagement ${pct(median)} meets the brief’s minimum ${pct(min)}.`;
    } else reason = `${reason.slice(0, -1)}, meeting the brief’s minimum ${pct(min)}.`;
  }
  if (score === null) {
    return unknown(
      `Engagement ${pct(median)} measured, but there is no published band to compare it with.`,
      evidence,
    );
  }
  return known(score, reason, evidence);
}

// Audience size against the brief's follower range: full marks inside it, falling off on a log
// scale outside (twice the maximum loses 30 points, ten times loses them all).
import { compact } from '../format';
import { type FactorOutcome, type FitContext, known, notApplicable, unknown } from './context';

/** Points lost per tenfold distance outside the range. */
export const POINTS_PER_DECADE = 100;

export function sizeFactor(ctx: FitContext): FactorOutcome {
  const range = ctx.brief?.followerRange;
  const min = range?.min ?? null;
  const max = range?.max ?? null;
  if (min === null && max === null) return notApplicable('The brief sets no follower range.');
  const followers = ctx.profile.followers;
  const wanted = `${min !== null ? compact(min) : 'any'}–${max !== null ? compact(max) : 'any'}`;
  if (followers === null) return unknown(`Follower count not shown; the brief wants ${wanted}.`);
  const f = Math.max(followers.value, 1);
  const shown = `${followers.display ?? compact(followers.value)} followers${followers.exact ? '' : ' (rounded)'}`;
  const evidence = [shown, `brief range ${wanted}`];
  if (min !== null && followers.value < min) {
    const decades = Math.log10(Math.max(min, 1) / f);
    return known(100 - POINTS_PER_DECADE * decades, `Smaller than the brief’s range (${wanted}).`, evidence);
  }
  if (max !== null && followers.value > max) {
    const decades = Math.log10(f / Math.max(max, 1));
    return known(100 - POINTS_PER_DECADE * decades, `Larger than the brief’s range (${wanted}).`, evidence);
  }
  return known(100, `Inside the brief’s follower range (${wanted}).`, evidence);
}

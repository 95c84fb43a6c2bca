// Hard exclusions, checked before any factor and never averaged (docs/scoring.md, model point 1):
// an excluded term in the profile's text, a platform outside the brief, an excluded region.
import type { FitResult } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import type { CompiledBrief } from './compiled-brief';
import { countedTerms, type PrivateTerms } from './factors/context';
import type { ProfileTerms } from './profile-terms';

export function exclusionOf(
  profile: CreatorProfile,
  compiled: CompiledBrief,
  found: ProfileTerms,
  privateTerms: PrivateTerms = 'named',
): FitResult['excluded'] {
  const brief = compiled.brief;
  if (!brief) return null;
  const reasons: string[] = [];
  const evidence: string[] = [];
  if (compiled.platforms.size > 0 && !compiled.platforms.has(profile.platform)) {
    reasons.push(`${profile.platform} is not one of the brief’s platforms`);
    evidence.push(`brief platforms: ${[...compiled.platforms].join(', ')}`);
  }
  const country = profile.countryHint?.trim().toUpperCase();
  if (country && compiled.excludedRegions.has(country)) {
    reasons.push(`based in ${country}, an excluded region`);
    evidence.push(`country hint ${country}`);
  }
  if (brief.excludedTerms.length === 0)
    return reasons.length ? { reason: `Excluded: ${reasons.join('; ')}.`, evidence } : null;
  const excluded: string[] = [];
  // Counted reasons say where a term was found, never which term.
  const shown =
    privateTerms === 'counted' ? () => countedTerms(1, 'excludes') : (term: string) => `"${term}"`;
  noteExcluded(profile, compiled, found.header, -1, excluded, evidence, shown);
  noteExcluded(profile, compiled, found.category, -2, excluded, evidence, shown);
  for (let i = 0; i < found.posts.length; i++)
    noteExcluded(profile, compiled, found.posts[i]!, i, excluded, evidence, shown);
  if (excluded.length > 0)
    reasons.push(
      privateTerms === 'counted'
        ? `uses ${countedTerms(excluded.length, 'excludes')} (see the roster)`
        : `uses excluded term${excluded.length > 1 ? 's' : ''} ${excluded.join(', ')}`,
    );
  if (reasons.length === 0) return null;
  return { reason: `Excluded: ${reasons.join('; ')}.`, evidence };
}

/** Excluded terms among `hits`; `post` is a recent post's index, -1 for the bio, -2 for the category. */
function noteExcluded(
  profile: CreatorProfile,
  compiled: CompiledBrief,
  hits: readonly number[],
  post: number,
  excluded: string[],
  evidence: string[],
  shown: (term: string) => string,
): void {
  const { kinds, terms } = compiled;
  for (let k = 0; k < hits.length; k++) {
    const t = hits[k]!;
    if (kinds[t] !== 'excluded') continue;
    const term = terms.terms[t]!;
    if (!excluded.includes(term)) excluded.push(term);
    const url = post >= 0 ? profile.recentPosts[post]?.url : null;
    const where =
      post === -1 ? 'bio' : post === -2 ? 'category' : url ? `post ${post + 1} (${url})` : `post ${post + 1}`;
    evidence.push(`${shown(term)} in ${where}`);
  }
}

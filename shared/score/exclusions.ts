// Hard exclusions, checked before any factor and never averaged (docs/scoring.md, model point 1):
// an excluded term in the profile's text, a platform outside the brief, an excluded region.
import type { FitResult } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import type { CompiledBrief } from './compiled-brief';
import type { ProfileTerms } from './profile-terms';

export function exclusionOf(
  profile: CreatorProfile,
  compiled: CompiledBrief,
  found: ProfileTerms,
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
  const { kinds, terms } = compiled;
  const terms_ = new Set<string>();
  const note = (hits: readonly number[], where: string) => {
    for (const t of hits) {
      if (kinds[t] !== 'excluded') continue;
      terms_.add(terms.terms[t]!);
      evidence.push(`"${terms.terms[t]}" in ${where}`);
    }
  };
  note(found.header, 'bio');
  note(found.category, 'category');
  found.posts.forEach((hits, i) => {
    const url = profile.recentPosts[i]?.url;
    note(hits, url ? `post ${i + 1} (${url})` : `post ${i + 1}`);
  });
  if (terms_.size > 0)
    reasons.push(`uses excluded term${terms_.size > 1 ? 's' : ''} ${[...terms_].join(', ')}`);
  if (reasons.length === 0) return null;
  return { reason: `Excluded: ${reasons.join('; ')}.`, evidence };
}

// Soft brand-safety terms (the brief's caution list): each one found costs points but never
// excludes; hard exclusions are handled before any factor (see exclusions.ts).
import { count } from '../format';
import { type FactorOutcome, type FitContext, known, notApplicable, termsOfKind, unknown } from './context';

export const CAUTION_PENALTY = { perTerm: 25, perExtraPost: 5 } as const;

export function brandSafetyFactor(ctx: FitContext): FactorOutcome {
  if ((ctx.brief?.cautionTerms.length ?? 0) === 0) return notApplicable('The brief lists no caution terms.');
  const { found } = ctx;
  if (!found.hasText) return unknown('No bio or captions to check for caution terms.');
  const terms = new Set<string>(termsOfKind(ctx, found.header, 'caution'));
  for (const t of termsOfKind(ctx, found.category, 'caution')) terms.add(t);
  let posts = 0;
  for (const hits of found.posts) {
    const inPost = termsOfKind(ctx, hits, 'caution');
    if (inPost.length === 0) continue;
    posts++;
    for (const t of inPost) terms.add(t);
  }
  if (terms.size === 0) {
    return known(100, 'None of the brief’s caution terms appear.', [
      `checked bio and ${count(found.posts.length)} recent posts`,
    ]);
  }
  const score =
    100 - CAUTION_PENALTY.perTerm * terms.size - CAUTION_PENALTY.perExtraPost * Math.max(0, posts - 1);
  return known(score, `Caution terms to review: ${[...terms].join(', ')}.`, [
    ...[...terms].map((t) => `"${t}"`),
    `${posts} of ${count(found.posts.length)} recent posts`,
  ]);
}

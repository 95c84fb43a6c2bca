// Soft brand-safety terms (the brief's caution list): each one found costs points but never
// excludes; hard exclusions are handled before any factor (see exclusions.ts).
import { count, plural } from '../format';
import { countedTerms, type FactorOutcome, type FitContext, known, notApplicable, unknown } from './context';

export const CAUTION_PENALTY = { perTerm: 25, perExtraPost: 5 } as const;

export function brandSafetyFactor(ctx: FitContext): FactorOutcome {
  if ((ctx.brief?.cautionTerms.length ?? 0) === 0) return notApplicable('The brief lists no caution terms.');
  const { found } = ctx;
  if (!found.hasText) return unknown('No bio or captions to check for caution terms.');
  // Distinct terms in the order first found (bio, category, posts): an array, as a Set per score
  // cost more than the few terms it holds.
  const terms: string[] = [];
  addCaution(ctx, found.header, terms);
  addCaution(ctx, found.category, terms);
  let posts = 0;
  for (const hits of found.posts) if (addCaution(ctx, hits, terms)) posts++;
  if (terms.length === 0) {
    return known(100, 'None of the brief’s caution terms appear.', [
      `checked bio and ${plural(found.posts.length, 'recent post')}`,
    ]);
  }
  const score =
    100 - CAUTION_PENALTY.perTerm * terms.length - CAUTION_PENALTY.perExtraPost * Math.max(0, posts - 1);
  const where = `${posts} of ${count(found.posts.length)} recent posts`;
  if (ctx.privateTerms === 'counted')
    return known(score, `Uses ${countedTerms(terms.length, 'marks for caution')} (see the roster).`, [where]);
  return known(score, `Caution terms to review: ${terms.join(', ')}.`, [
    ...terms.map((t) => `"${t}"`),
    where,
  ]);
}

/** Adds the caution terms among `hits` to `terms`; whether there was any. */
function addCaution(ctx: FitContext, hits: readonly number[], terms: string[]): boolean {
  const { kinds } = ctx.compiled;
  const words = ctx.compiled.terms.terms;
  let any = false;
  for (let k = 0; k < hits.length; k++) {
    const t = hits[k]!;
    if (kinds[t] !== 'caution') continue;
    any = true;
    if (!terms.includes(words[t]!)) terms.push(words[t]!);
  }
  return any;
}

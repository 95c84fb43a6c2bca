// Niche fit: the brief's niche keywords (and, lightly, its values) in the bio, the category and
// recent posts. A creator usually belongs to one of a brand's niches, so the best niche counts.
import { count } from '../format';
import { type FactorOutcome, type FitContext, known, notApplicable, termsOfKind, unknown } from './context';

export const NICHE_POINTS = {
  header: 30,
  category: 20,
  posts: 40,
  breadth: 10,
  value: 5,
  values: 10,
} as const;

export function nicheFactor(ctx: FitContext): FactorOutcome {
  const niches = ctx.brief?.niches ?? [];
  if (niches.length === 0) return notApplicable('The brief names no niche.');
  if (!ctx.found.hasText) return unknown('No bio, category or captions to read the niche from.');
  const { found, compiled } = ctx;
  const n = found.posts.length;
  // A third of recent posts on topic (at most 4) earns the full post share.
  const target = Math.max(1, Math.min(4, Math.ceil(n / 3)));
  let best = 0;
  let bestName = '';
  const evidence: string[] = [];
  niches.forEach((niche, i) => {
    const ofNiche = (hits: readonly number[]) =>
      hits.filter((t) => compiled.kinds[t] === 'niche' && compiled.nicheOf[t] === i);
    const inHeader = ofNiche(found.header);
    const inCategory = ofNiche(found.category);
    const distinct = new Set<string>([...inHeader, ...inCategory].map((t) => compiled.terms.terms[t]!));
    let postsMatched = 0;
    for (const hits of found.posts) {
      const h = ofNiche(hits);
      if (h.length > 0) postsMatched++;
      for (const t of h) distinct.add(compiled.terms.terms[t]!);
    }
    if (distinct.size === 0) return;
    const score =
      (inHeader.length > 0 ? NICHE_POINTS.header : 0) +
      (inCategory.length > 0 ? NICHE_POINTS.category : 0) +
      NICHE_POINTS.posts * Math.min(1, postsMatched / target) +
      NICHE_POINTS.breadth * Math.min(1, (distinct.size - 1) / 2);
    const where: string[] = [];
    if (inHeader.length > 0) where.push('bio');
    if (inCategory.length > 0) where.push('category');
    if (postsMatched > 0) where.push(`${postsMatched} of ${count(n)} recent posts`);
    evidence.push(`${niche.name}: ${[...distinct].map((d) => `"${d}"`).join(', ')} in ${where.join(', ')}`);
    if (score > best) {
      best = score;
      bestName = niche.name;
    }
  });
  const values = new Set<string>([
    ...termsOfKind(ctx, found.header, 'value'),
    ...termsOfKind(ctx, found.category, 'value'),
    ...found.posts.flatMap((hits) => termsOfKind(ctx, hits, 'value')),
  ]);
  if (values.size > 0) evidence.push(`values: ${[...values].map((v) => `"${v}"`).join(', ')}`);
  const total = best + Math.min(NICHE_POINTS.values, NICHE_POINTS.value * values.size);
  if (best === 0) {
    return known(
      total,
      values.size > 0
        ? 'None of the niche keywords appear, only some of the brand’s values.'
        : `None of the niche keywords appear in the bio, category or ${count(n)} recent posts.`,
      evidence,
    );
  }
  const strength = best >= 70 ? 'Clearly' : best >= 40 ? 'Partly' : 'Barely';
  return known(total, `${strength} in the ${bestName} niche.`, evidence);
}

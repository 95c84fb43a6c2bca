// Niche fit: the brief's niche keywords (and, lightly, its values) in the bio, the category and
// recent posts. A creator usually belongs to one of a brand's niches, so the best niche counts.
import { count, plural } from '../format';
import { type FactorOutcome, type FitContext, known, notApplicable, unknown } from './context';

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
  const { found } = ctx;
  const n = found.posts.length;
  // A third of recent posts on topic (at most 4) earns the full post share.
  const target = Math.max(1, Math.min(4, Math.ceil(n / 3)));
  // One pass over the hits: per niche, where it shows and which of its keywords.
  // Plain arrays: typed arrays cost more to create than these few slots are worth.
  const inHeader: number[] = [];
  const inCategory: number[] = [];
  const postsMatched: number[] = [];
  const lastPost: number[] = [];
  // Per niche, the brief's keywords found (breadth counts these) and how each is shown.
  const distinct: string[][] = [];
  const shown: string[][] = [];
  for (let i = 0; i < niches.length; i++) {
    inHeader.push(0);
    inCategory.push(0);
    postsMatched.push(0);
    lastPost.push(-1);
    distinct.push([]);
    shown.push([]);
  }
  const values: string[] = [];
  // A module function, not a closure: a closure made per score costs more than the tally itself.
  tally(ctx, found.header, inHeader, -1, values, distinct, shown, lastPost, postsMatched);
  tally(ctx, found.category, inCategory, -1, values, distinct, shown, lastPost, postsMatched);
  for (let post = 0; post < found.posts.length; post++) {
    tally(ctx, found.posts[post]!, null, post, values, distinct, shown, lastPost, postsMatched);
  }

  let best = 0;
  let bestName = '';
  const evidence: string[] = [];
  for (let i = 0; i < niches.length; i++) {
    const niche = niches[i]!;
    const terms = distinct[i]!;
    if (terms.length === 0) continue;
    const matched = postsMatched[i]!;
    const score =
      (inHeader[i] ? NICHE_POINTS.header : 0) +
      (inCategory[i] ? NICHE_POINTS.category : 0) +
      NICHE_POINTS.posts * Math.min(1, matched / target) +
      NICHE_POINTS.breadth * Math.min(1, (terms.length - 1) / 2);
    const where: string[] = [];
    if (inHeader[i]) where.push('bio');
    if (inCategory[i]) where.push('category');
    if (matched > 0) where.push(`${matched} of ${count(n)} recent posts`);
    evidence.push(`${niche.name}: ${shown[i]!.join(', ')} in ${where.join(', ')}`);
    if (score > best) {
      best = score;
      bestName = niche.name;
    }
  }
  if (values.length > 0) evidence.push(`values: "${values.join('", "')}"`);
  const total = best + Math.min(NICHE_POINTS.values, NICHE_POINTS.value * values.length);
  if (best === 0) {
    return known(
      total,
      values.length > 0
        ? 'None of the niche keywords appear, only some of the brand’s values.'
        : `None of the niche keywords appear in the bio, category or ${plural(n, 'recent post')}.`,
      evidence,
    );
  }
  const strength = best >= 70 ? 'Clearly' : best >= 40 ? 'Partly' : 'Barely';
  return known(total, `${strength} in the ${bestName} niche.`, evidence);
}

/**
 * Notes each niche and value term among `hits`: in `where` (header, category) or as post `post`.
 * A keyword found only in another form of its family shows that form: "trail runner" ≈ "trail running".
 */
function tally(
  ctx: FitContext,
  hits: readonly number[],
  where: number[] | null,
  post: number,
  values: string[],
  distinct: string[][],
  shown: string[][],
  lastPost: number[],
  postsMatched: number[],
): void {
  const { kinds, nicheOf, formOf } = ctx.compiled;
  const words = ctx.compiled.terms.terms;
  for (let k = 0; k < hits.length; k++) {
    const t = hits[k]!;
    const kind = kinds[t];
    if (kind === 'value') {
      if (!values.includes(words[t]!)) values.push(words[t]!);
      continue;
    }
    if (kind !== 'niche') continue;
    const i = nicheOf[t]!;
    if (where) where[i] = 1;
    else if (lastPost[i] !== post) {
      lastPost[i] = post;
      postsMatched[i]!++;
    }
    const keyword = words[formOf[t]!]!;
    const at = distinct[i]!.indexOf(keyword);
    const as = formOf[t] === t ? `"${keyword}"` : `"${words[t]}" ≈ "${keyword}"`;
    if (at === -1) {
      distinct[i]!.push(keyword);
      shown[i]!.push(as);
    } else if (formOf[t] === t) shown[i]![at] = as;
  }
}

// Authenticity as a factor: full marks, less for each proxy flag raised. Labelled as proxies:
// a flag is a reason to look closer, never proof.
import { LIKE_COMMENT_POSTS } from '../authenticity';
import { plural } from '../format';
import { type FactorOutcome, type FitContext, known, unknown } from './context';

export const FLAG_PENALTY = { warn: 25, info: 10 } as const;

export function authenticityFactor(ctx: FitContext): FactorOutcome {
  const { flags, checked } = ctx.authenticity;
  if (checked.length === 0) {
    return unknown(`No authenticity proxy could be checked: ${missingProxyData(ctx)}.`);
  }
  let score = 100;
  for (const flag of flags) score -= FLAG_PENALTY[flag.severity];
  const evidence = [...checked, ...flags.map((f) => `${f.label}: ${f.reason}`)];
  if (flags.length === 0) {
    return known(
      score,
      `No warning sign among ${checked.length} proxies checked (proxies, not proof).`,
      evidence,
    );
  }
  const labels = flags.map((f) => f.label.toLowerCase()).join('; ');
  return known(score, `Proxies to look at, not proof: ${labels}.`, evidence);
}

/** What the proxies lacked, in words: a post page can show likes and comments but no following. */
function missingProxyData({ profile }: FitContext): string {
  const withCounts = profile.recentPosts.filter((p) => p.likes && p.comments).length;
  const posts =
    withCounts === 0
      ? 'no post shows both likes and comments'
      : `likes and comments show on ${plural(withCounts, 'post')} (${LIKE_COMMENT_POSTS} needed)`;
  return profile.following ? posts : `the following count is not shown, and ${posts}`;
}

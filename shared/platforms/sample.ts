// The sample the card's figures rest on: how many of the creator's posts it saw, how many carry
// exact counts and how many only the platform's rounded ones ("1.5M views"), and how many arrived
// from the web app's own answers as the page loaded and scrolled. The background counts (sampleOf,
// sampleText, beside the assessment), so the card on every page only shows the words.
import type { Post } from '../schemas/profile';
import { plural } from '../score/format';

export interface Sample {
  posts: number;
  /** Posts whose every figure is exact. */
  exact: number;
  /** Posts with at least one rounded figure. */
  rounded: number;
  /** Posts not on this page: a saved creator's, kept from earlier visits (the card scores them too). */
  earlier: number;
}

/** The same post read twice: same id or same address (an empty one names nothing). */
export const samePost = (a: Post, b: Post): boolean =>
  (!!a.id && a.id === b.id) || (!!a.url && a.url === b.url);

/** `posts` the figures rest on; `onPage`, when given, the ones this page itself showed. */
export function sampleOf(posts: readonly Post[], onPage: readonly Post[] = posts): Sample {
  let exact = 0;
  let rounded = 0;
  for (const post of posts) {
    const counts = [post.views, post.likes, post.comments, post.shares].filter((c) => c !== null);
    if (counts.length === 0) continue;
    if (counts.every((c) => c.exact)) exact++;
    else rounded++;
  }
  const earlier = onPage === posts ? 0 : posts.filter((p) => !onPage.some((q) => samePost(p, q))).length;
  return { posts: posts.length, exact, rounded, earlier };
}

export function sampleText({ posts, exact, rounded, earlier }: Sample, livePosts = 0): string {
  if (posts === 0) return 'no posts seen yet';
  const seen = `${plural(posts, 'post')} seen`;
  const parts = [earlier > 0 ? `${seen}, ${earlier} on earlier visits` : seen];
  if (exact + rounded > 0) parts.push(`${exact} with exact counts, ${rounded} rounded`);
  if (livePosts > 0) parts.push(`${livePosts} loaded live by the site`);
  return parts.join(' · ');
}

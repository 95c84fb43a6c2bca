// What the roster added to a page reading for the card's score, in words: the card of a saved
// creator scores the profile the roster would keep (the page merged over earlier visits), so it
// says which of its figures the page itself did not show ("With 2 earlier visits: the follower
// count and 6 recent posts"). Only names of facts, never the roster's private figures.
import type { OverlayAssessment } from '../../shared/messages';
import type { CreatorRecord } from '../../shared/roster/records';
import type { CreatorProfile } from '../../shared/schemas/profile';
import type { PastResults } from '../../shared/score/factors/context';
import { plural } from '../../shared/score/format';

const FACTS = [
  ['followers', 'the follower count'],
  ['following', 'the following count'],
  ['posts', 'the post count'],
  ['verified', 'the verified mark'],
  ['bio', 'bio'],
  ['category', 'category'],
  ['languageHint', 'language'],
  ['countryHint', 'country'],
] as const;

/** Null when the page showed all the score rests on. */
export function fromRoster(
  page: CreatorProfile,
  scored: CreatorProfile,
  saved: CreatorRecord,
  past: PastResults | null,
): OverlayAssessment['fromRoster'] {
  const facts: string[] = FACTS.filter(([f]) => page[f] === null && scored[f] !== null).map(([, w]) => w);
  if (page.links.length === 0 && scored.links.length > 0) facts.push('links');
  const posts = page.recentPosts.length === 0 ? scored.recentPosts.length : 0;
  if (posts > 0) facts.push(plural(posts, 'recent post'));
  if (past) facts.push('your logged collaborations');
  if (facts.length === 0) return null;
  const visits = saved.snapshotCount;
  const source = saved.profile.selfReported ? 'the creator’s application' : plural(visits, 'earlier visit');
  const list = facts.length === 1 ? facts[0] : `${facts.slice(0, -1).join(', ')} and ${facts.at(-1)}`;
  return { visits, words: `With ${source}: ${list}` };
}

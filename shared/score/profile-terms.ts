// Where each compiled term appears in a profile: its header (name, bio, links), its category, and
// each recent post (caption plus any hashtag the caption does not repeat). One scan per text.
import type { CreatorProfile } from '../schemas/profile';
import type { CompiledBrief } from './compiled-brief';
import { termsIn, termsInTag } from './terms';

export interface ProfileTerms {
  /** Bio, display name and links. */
  header: readonly number[];
  category: readonly number[];
  /** One entry per recent post. */
  posts: (readonly number[])[];
  /** Whether there was any text at all to look in (else term-based factors are unknown). */
  hasText: boolean;
}

/** Enough texts for a few hundred profiles; past it the memo starts over rather than grow. */
export const SEEN_LIMIT = 4096;

function scan(compiled: CompiledBrief, text: string): readonly number[] {
  if (text.length === 0) return termsIn(compiled.terms, text);
  const { seen } = compiled;
  let hits = seen.get(text);
  if (hits === undefined) {
    hits = termsIn(compiled.terms, text);
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, hits);
  }
  return hits;
}

export function profileTerms(profile: CreatorProfile, compiled: CompiledBrief): ProfileTerms {
  let hasText = (profile.bio ?? '').trim().length > 0 || (profile.category ?? '').trim().length > 0;
  const posts: (readonly number[])[] = [];
  for (const post of profile.recentPosts) {
    const caption = post.caption ?? '';
    if (caption.length > 0 || post.hashtags.length > 0) hasText = true;
    let hits = scan(compiled, caption);
    // Adapters list hashtags the caption repeats (already scanned: a native substring check is
    // cheaper than reading the tag), and sometimes ones it does not (YouTube's tags).
    for (const tag of post.hashtags) {
      if (caption.includes(tag)) continue;
      // Copy, never push: `hits` may be a memoised array shared with other scores.
      for (const t of termsInTag(compiled.terms, tag)) if (!hits.includes(t)) hits = [...hits, t];
    }
    posts.push(hits);
  }
  return {
    header: headerTerms(profile, compiled),
    category: scan(compiled, profile.category ?? ''),
    posts,
    hasText,
  };
}

/** Name, bio and links scanned one by one (each memoised), hits merged. */
function headerTerms(profile: CreatorProfile, compiled: CompiledBrief): readonly number[] {
  let hits = scan(compiled, profile.bio ?? '');
  if (profile.displayName) hits = merged(hits, scan(compiled, profile.displayName));
  for (const link of profile.links) hits = merged(hits, scan(compiled, link));
  return hits;
}

/** `hits` plus any of `extra` not in it, copied, never pushed: `hits` may be a memoised array. */
function merged(hits: readonly number[], extra: readonly number[]): readonly number[] {
  for (const t of extra) if (!hits.includes(t)) hits = [...hits, t];
  return hits;
}

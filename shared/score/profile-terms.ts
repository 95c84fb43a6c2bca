// Where each compiled term appears in a profile: its header (name, bio, links), its category, and
// each recent post (caption plus any hashtag the caption does not repeat). One scan per text.
import type { CreatorProfile } from '../schemas/profile';
import type { CompiledBrief, ScannedText } from './compiled-brief';
import { NONE, termsIn, termsInTag } from './terms';

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

/** The memo entry for a non-empty text, scanning it on first sight. */
function scanned(compiled: CompiledBrief, text: string): ScannedText {
  const { seen } = compiled;
  let entry = seen.get(text);
  if (entry === undefined) {
    entry = { hits: termsIn(compiled.terms, text), tags: null, withTags: NONE };
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.set(text, entry);
  }
  return entry;
}

function scan(compiled: CompiledBrief, text: string): readonly number[] {
  return text.length === 0 ? NONE : scanned(compiled, text).hits;
}

export function profileTerms(profile: CreatorProfile, compiled: CompiledBrief): ProfileTerms {
  let hasText = (profile.bio ?? '').trim().length > 0 || (profile.category ?? '').trim().length > 0;
  const posts: (readonly number[])[] = [];
  for (const post of profile.recentPosts) {
    const caption = post.caption ?? '';
    const tags = post.hashtags;
    if (caption.length > 0 || tags.length > 0) hasText = true;
    if (caption.length === 0) posts.push(withTags(compiled, caption, NONE, tags));
    else {
      const entry = scanned(compiled, caption);
      if (tags.length === 0) posts.push(entry.hits);
      else {
        // The same caption with the same tags as last time (a post scored again): reuse.
        if (entry.tags === null || !sameList(entry.tags, tags)) {
          entry.withTags = withTags(compiled, caption, entry.hits, tags);
          entry.tags = tags.slice();
        }
        posts.push(entry.withTags);
      }
    }
  }
  return {
    header: headerTerms(profile, compiled),
    category: scan(compiled, profile.category ?? ''),
    posts,
    hasText,
  };
}

/**
 * Adapters list hashtags the caption repeats (already scanned: a native substring check is
 * cheaper than reading the tag), and sometimes ones it does not (YouTube's tags).
 */
function withTags(
  compiled: CompiledBrief,
  caption: string,
  hits: readonly number[],
  tags: readonly string[],
): readonly number[] {
  for (const tag of tags) {
    if (caption.includes(tag)) continue;
    // Copy, never push: `hits` may be a memoised array shared with other scores.
    for (const t of termsInTag(compiled.terms, tag)) if (!hits.includes(t)) hits = [...hits, t];
  }
  return hits;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  for (let k = 0; k < extra.length; k++) {
    const t = extra[k]!;
    if (!hits.includes(t)) hits = [...hits, t];
  }
  return hits;
}

// A trailing pile of hashtags: the run of hashtags that ends a caption, separated only by spaces,
// punctuation, emoji or @mentions. A disclosure inside it is "buried" (FTC: "not in a group of hashtags";
// OLG Celle 13 U 53/17: "#ad" at the end among hashtags; ES/IN: "label only at end or in hashtag pile").
import type { Entity } from '../text/entities';

/** Fewer trailing tags than this read as a short sign-off, not a pile. */
export const PILE_MIN_TAGS = 5;

export interface HashtagPile {
  start: number;
  end: number;
  /** Index into the caption's hashtags of the pile's first tag. */
  first: number;
  count: number;
}

const WORDY = /[\p{L}\p{N}]/u;
const MENTION = /@[\p{L}\p{N}_.]+/gu;

function onlySeparators(gap: string): boolean {
  // Gaps are mostly a space or two: decide plain ASCII ones by char code, the rest by the Unicode regex.
  let ascii = true;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    if (c > 127 || c === 64) {
      ascii = false;
      break;
    }
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  }
  if (ascii) return true;
  return !WORDY.test(gap.includes('@') ? gap.replace(MENTION, '') : gap);
}

export function trailingPile(text: string, hashtags: readonly Entity[]): HashtagPile | null {
  return trailingPileOf(
    text,
    hashtags.flatMap((h) => [h.start, h.end]),
  );
}

/** trailingPile for hashtags given as flat [start, end, ...] pairs (see hashtagSpans). */
export function trailingPileOf(text: string, spans: readonly number[]): HashtagPile | null {
  const last = spans.length / 2 - 1;
  if (last < 0 || !onlySeparators(text.slice(spans[2 * last + 1]!))) return null;
  let first = last;
  while (first > 0 && onlySeparators(text.slice(spans[2 * first - 1]!, spans[2 * first]!))) first--;
  const count = last - first + 1;
  if (count < PILE_MIN_TAGS) return null;
  return { start: spans[2 * first]!, end: spans[2 * last + 1]!, first, count };
}

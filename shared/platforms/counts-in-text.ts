// Counts inside sentences ("like this video along with 5,471,574 other people", "76091 Likes.
// Like"): the number is read where it stands, with whatever unit follows it.
import { parseCount } from '../counts/parse-count';
import type { Count } from '../schemas/profile';

const NUMBER_START = /\d[\d.,'’\u00a0\u202f ]*/g;

/** The last count in a sentence (accessibility labels put the figure last); display is left to the caller. */
export function lastCountIn(sentence: string | null | undefined): { value: number; exact: boolean } | null {
  if (!sentence) return null;
  let found: { value: number; exact: boolean } | null = null;
  for (const m of sentence.matchAll(NUMBER_START)) {
    const parsed = parseCount(sentence.slice(m.index));
    if (parsed) found = parsed;
  }
  return found;
}

/** The count that precedes `word` ("2,362 Followers", "553 comments"); word matched case-insensitively. */
export function countBefore(text: string | null | undefined, word: string): Count | null {
  if (!text) return null;
  const re = new RegExp(`([\\d][\\d.,'’\\u00a0\\u202f ]*(?:[\\p{L}.]{1,4}\\s?)?)\\s*${word}`, 'iu');
  const m = re.exec(text);
  if (!m?.[1]) return null;
  const display = m[1].trim();
  const parsed = parseCount(display);
  return parsed ? { ...parsed, display } : null;
}

/**
 * The one count in a short phrase of any language ("684 Mio. Follower", "1,2 M de seguidores",
 * "フォロワー12,431人"), its display the phrase less the words after the figure that change nothing.
 */
export function countIn(phrase: string | null | undefined, locale?: string): Count | null {
  let display = phrase?.trim() ?? '';
  const parsed = parseCount(display, { locale });
  if (!parsed) return null;
  for (;;) {
    const shorter = display.replace(/\s+\S+$/u, '');
    const again = shorter === display ? null : parseCount(shorter, { locale });
    if (again?.value !== parsed.value || again.exact !== parsed.exact) break;
    display = shorter;
  }
  return { ...parsed, display };
}

/** Merges an exact figure with the rounded text shown for it: the exact value wins, the display stays. */
export function withDisplay(count: Count | null, display: string | null | undefined): Count | null {
  if (!count) return null;
  return display && !count.display ? { ...count, display } : count;
}

// How much of a caption each platform shows before its "more", per ../shared/docs/disclosure-rules.md.
// Where sources disagree we take the smaller figure: a disclosure must be "difficult to miss" on the
// device that shows the least.
import type { Platform } from '../schemas/enums';

export interface Fold {
  /** Characters (code points) shown before "more"; null when the platform shows the whole text. */
  chars: number | null;
  /** Lines shown before "more", when the source counts lines. */
  lines: number | null;
  source: string;
}

export const FOLDS: Record<Platform, Fold> = {
  // FTC 2017 letters: "only the first three lines"; ~125 characters (socialk.it, toolshake).
  instagram: { chars: 125, lines: 3, source: 'https://socialk.it/en/tools/social-media-character-limits' },
  // ~150 (toolshake) or ~100 (1kreach); the smaller one.
  tiktok: {
    chars: 100,
    lines: null,
    source: 'https://1kreach.com/blog/caption-first-lines-2026-125-character-preview-decides-anyone-reads',
  },
  // ~100 mobile / ~157 desktop before "Show more"; mobile.
  youtube: {
    chars: 100,
    lines: null,
    source: 'https://videodescriptions.com/how-to-write-youtube-description/',
  },
  // Posts up to 280 characters are shown whole; longer (Premium) posts fold at 280 behind "Show more".
  x: {
    chars: 280,
    lines: null,
    source: 'X long posts fold after 280 characters (our reading of the product)',
  },
  // Stream titles (max 140) and panels are shown whole.
  twitch: { chars: null, lines: null, source: 'Twitch titles and panels are not truncated' },
};

/** UTF-16 index where the platform's "more" cuts `text`, or null when all of it is visible. */
export function foldIndex(text: string, platform: Platform | null): number | null {
  const fold = platform ? FOLDS[platform] : null;
  if (!fold || fold.chars === null) return null;
  // A text no longer than the fold (in UTF-16 units, so also in characters) folds only at a line limit.
  if (text.length <= fold.chars) {
    if (fold.lines === null) return null;
    let newline = -1;
    for (let k = 0; k < fold.lines; k++) {
      newline = text.indexOf('\n', newline + 1);
      if (newline < 0) return null;
    }
    return newline;
  }
  let index = 0;
  let chars = 0;
  let lines = 1;
  while (index < text.length && chars < fold.chars) {
    const code = text.charCodeAt(index);
    if (code === 10 && fold.lines !== null && ++lines > fold.lines) break;
    index += code >= 0xd800 && code < 0xdc00 ? 2 : 1;
    chars++;
  }
  return index >= text.length ? null : index;
}

/** What the fold counted when it cut `text` at `fold`, in words: "125 characters", or (Instagram) "3 lines". */
export function foldLimit(text: string, fold: number | null, platform: Platform): string {
  const f = FOLDS[platform];
  return f.lines !== null && fold !== null && text.charCodeAt(fold) === 10
    ? `${f.lines} lines`
    : `${f.chars} characters`;
}

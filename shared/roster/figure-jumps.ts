// A saved creator's observed figures are the marketer's record of what the platform showed. A new
// reading whose figures are far from them (48,200 followers → 9,999,999) is more likely a page that
// was tampered with, or misread, than growth since the last save: the save then waits for the
// marketer to see the change and confirm it (the card asks), instead of overwriting quietly.
import type { CreatorProfile } from '../schemas/profile';

export interface FigureJump {
  field: 'followers' | 'following' | 'posts';
  stored: number;
  reading: number;
}

/** A change counts as sharp at this factor either way, and only above this many (small accounts swing). */
export const SHARP = { factor: 3, atLeast: 1000 } as const;

/** Figures of `reading` sharply different from the observed ones of `stored`; empty when none. */
export function figureJumps(stored: CreatorProfile, reading: CreatorProfile): FigureJump[] {
  // Self-reported claims are meant to be replaced by what the page shows (selfReportedDiff).
  if (stored.selfReported || reading.selfReported) return [];
  const jumps: FigureJump[] = [];
  for (const field of ['followers', 'following', 'posts'] as const) {
    const a = stored[field]?.value;
    const b = reading[field]?.value;
    if (a === undefined || b === undefined) continue;
    const [low, high] = a < b ? [a, b] : [b, a];
    if (high - low >= SHARP.atLeast && high >= low * SHARP.factor)
      jumps.push({ field, stored: a, reading: b });
  }
  return jumps;
}

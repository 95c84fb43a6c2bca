// The viewers seen live over a creator's visits (Twitch): the median of the concurrent viewers each
// snapshot recorded, and how many visits it rests on. A visit that found the channel offline says
// nothing about its audience, so it is left out, not counted as zero.
import { median } from '../score/engagement';
import type { Snapshot } from './records';

export interface LiveViewersSeen {
  /** Median concurrent viewers over the visits that found the stream live. */
  median: number;
  /** Visits that found it live (the median rests on these). */
  liveVisits: number;
  /** All visits. */
  visits: number;
}

export function liveViewersSeen(snapshots: readonly Snapshot[]): LiveViewersSeen | null {
  const seen = snapshots.flatMap((s) => (s.liveViewers === undefined ? [] : [s.liveViewers]));
  const middle = median(seen);
  return middle === null ? null : { median: middle, liveVisits: seen.length, visits: snapshots.length };
}

/** "Median 1,092 viewers seen live, over 2 of 3 visits". */
export function liveViewersText(seen: LiveViewersSeen): string {
  const visits = seen.liveVisits === seen.visits ? `${seen.visits}` : `${seen.liveVisits} of ${seen.visits}`;
  return `Median ${Math.round(seen.median).toLocaleString('en')} viewers seen live, over ${visits} visit${seen.visits === 1 ? '' : 's'}`;
}

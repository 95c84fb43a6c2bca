// Posting cadence and recency from recent posts' dates: is the creator active, and how often do
// they post? Measured from the capture time, so re-scoring an old capture gives the same answer.

import { median, sortNumbers } from '../engagement';
import { fixed, plural } from '../format';
import { isoTime } from '../iso-time';
import { type FactorOutcome, type FitContext, known, unknown } from './context';

const DAY = 86_400_000;
/** [days since the last post, points], first match wins. */
export const RECENCY: readonly (readonly [number, number])[] = [
  [7, 100],
  [30, 80],
  [90, 50],
  [180, 25],
  [Infinity, 5],
];
/** [median days between posts, points]. */
export const CADENCE: readonly (readonly [number, number])[] = [
  [3.5, 100],
  [7, 85],
  [14, 65],
  [31, 40],
  [Infinity, 20],
];

function points(table: readonly (readonly [number, number])[], days: number): number {
  for (const [limit, score] of table) if (days <= limit) return score;
  return table[table.length - 1]![1];
}

export function cadenceFactor(ctx: FitContext): FactorOutcome {
  const times: number[] = [];
  for (const post of ctx.profile.recentPosts) {
    if (!post.postedAt) continue;
    const t = isoTime(post.postedAt);
    if (Number.isFinite(t)) times.push(t);
  }
  if (times.length === 0) return unknown('No recent post shows its date.');
  sortNumbers(times).reverse();
  const parts: number[] = [];
  const evidence: string[] = [];
  const said: string[] = [];
  if (ctx.now !== null) {
    // A capture clock behind a post date (time zones, date-only stamps) counts as "today".
    const since = Math.max(0, (ctx.now - times[0]!) / DAY);
    parts.push(points(RECENCY, since));
    evidence.push(`last post ${plural(Math.floor(since), 'day')} before capture`);
    said.push(since <= 7 ? 'posted this week' : `last posted ${plural(Math.floor(since), 'day')} ago`);
  }
  if (times.length >= 2) {
    const gaps: number[] = [];
    for (let i = 1; i < times.length; i++) gaps.push((times[i - 1]! - times[i]!) / DAY);
    const gap = median(gaps)!;
    parts.push(points(CADENCE, gap));
    const perWeek = gap > 0 ? 7 / gap : times.length;
    evidence.push(`median ${fixed(gap, 1)} days between ${times.length} dated posts`);
    said.push(
      perWeek >= 1
        ? `about ${fixed(perWeek, perWeek >= 10 ? 0 : 1)} posts a week`
        : `a post every ${fixed(gap, 0)} days`,
    );
  }
  if (parts.length === 0)
    return unknown('Only one dated post and no capture time: cadence cannot be told.', evidence);
  const score = parts.reduce((a, b) => a + b, 0) / parts.length;
  const text = said.join(', ');
  return known(score, `${text.charAt(0).toUpperCase()}${text.slice(1)}.`, evidence);
}

// Binary search over positions kept in text order (line breaks, disclosures, signal anchors).

/** The first k in [0, count) whose value is >= `at` (count when none), for values ascending in k. */
export function firstAtOrAfter(count: number, at: number, valueAt: (k: number) => number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

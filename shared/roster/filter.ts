// Filtering, searching and sorting the roster table. Runs over every row on each keystroke, so it
// avoids per-row allocation: sets are built once per filter, not once per row.
import type { RosterFilter, RosterRow } from './records';

export const EMPTY_FILTER: RosterFilter = {
  search: '',
  platforms: [],
  tiers: [],
  roles: [],
  statuses: [],
  tags: [],
  scoreMin: null,
  scoreMax: null,
  disclosure: [],
  niches: [],
  formats: [],
  claims: [],
};

export function rowMatcher(filter: RosterFilter): (row: RosterRow) => boolean {
  const platforms = new Set(filter.platforms);
  const tiers = new Set(filter.tiers);
  const roles = new Set(filter.roles);
  const statuses = new Set(filter.statuses);
  const disclosure = new Set(filter.disclosure);
  const tags = filter.tags;
  // Saved views from before niches and formats were filters have neither.
  const niches = new Set(filter.niches ?? []);
  const formats = new Set(filter.formats ?? []);
  // The one claims choice is 'pending'; views saved before it have no claims filter.
  const pendingOnly = (filter.claims ?? []).includes('pending');
  const any = <T>(wanted: ReadonlySet<T>, has: readonly T[] | undefined) =>
    wanted.size === 0 || (has ?? []).some((x) => wanted.has(x));
  // Every word must appear somewhere in handle, name, bio or notes.
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  const { scoreMin, scoreMax } = filter;
  return (row) =>
    (platforms.size === 0 || platforms.has(row.platform)) &&
    (tiers.size === 0 || tiers.has(row.tier)) &&
    (roles.size === 0 || roles.has(row.role)) &&
    (statuses.size === 0 || statuses.has(row.status)) &&
    (disclosure.size === 0 || disclosure.has(row.disclosure)) &&
    (tags.length === 0 || tags.every((t) => row.tags.includes(t))) &&
    any(niches, row.niches) &&
    any(formats, row.formats) &&
    (!pendingOnly || (row.pendingClaims ?? 0) > 0) &&
    (scoreMin === null || (row.score !== null && row.score >= scoreMin)) &&
    (scoreMax === null || (row.score !== null && row.score <= scoreMax)) &&
    words.every((w) => row.search.includes(w));
}

export const SORT_KEYS = [
  'handle',
  'platform',
  'status',
  'score',
  'followers',
  'engagement',
  'updatedAt',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface RosterSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

/**
 * Sorts a copy; rows without the figure go last in either direction; ties keep key order. Values are
 * read once per row (decorate, sort, undecorate) so 50,000 rows sort in tens of milliseconds.
 */
export function sortRows(rows: readonly RosterRow[], sort: RosterSort): RosterRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const key = sort.key;
  const decorated = rows.map((row) => {
    const v = key === 'handle' ? row.handle.toLowerCase() : row[key];
    return { row, v };
  });
  decorated.sort((a, b) => {
    const x = a.v;
    const y = b.v;
    if (x === null || y === null) {
      if (x === y) return a.row.key < b.row.key ? -1 : 1;
      return x === null ? 1 : -1;
    }
    if (x === y) return a.row.key < b.row.key ? -1 : 1;
    return (x < y ? -1 : 1) * sign;
  });
  return decorated.map((d) => d.row);
}

/** Filtering keeps order, so the page sorts once per sort change and filters the sorted rows. */
export function filterRows(rows: readonly RosterRow[], filter: RosterFilter, sort: RosterSort): RosterRow[] {
  return sortRows(rows.filter(rowMatcher(filter)), sort);
}

/** The values `of` each row, most common first (ties alphabetical). */
function inUse(rows: readonly RosterRow[], of: (row: RosterRow) => readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const v of of(row)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

/** Every niche matched in the roster, most common first, for the niche filter. */
export const nichesInUse = (rows: readonly RosterRow[]) => inUse(rows, (row) => row.niches ?? []);

/** Every tag in use, most used first, for the tag filter. */
export const tagsInUse = (rows: readonly RosterRow[]) => inUse(rows, (row) => row.tags);

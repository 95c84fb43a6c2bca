import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterRows, rowMatcher, sortRows, tagsInUse } from '../../../shared/roster/filter';
import type { RosterFilter } from '../../../shared/roster/records';
import { row } from './rows';

const rows = [
  row({
    handle: 'ami_runs',
    score: 82,
    status: 'active',
    tags: ['trail'],
    notes: ['Met at the Portland expo'],
  }),
  row({ handle: 'bo.cooks', platform: 'tiktok', score: 41, tags: ['food', 'trail'], verdicts: ['missing'] }),
  row({ handle: 'Cy', platform: 'youtube', score: null, status: 'declined', verdicts: ['disclosed'] }),
  row({ handle: 'dee', score: 67, followers: 900 }),
];
const keys = (list: { key: string }[]) => list.map((r) => r.key);

describe('rowMatcher', () => {
  it('matches everything with the empty filter', () => {
    expect(rows.filter(rowMatcher(EMPTY_FILTER))).toHaveLength(4);
  });
  it.each([
    [{ platforms: ['tiktok', 'youtube'] as const }, ['tiktok:bo.cooks', 'youtube:cy']],
    [{ statuses: ['active'] as const }, ['instagram:ami_runs']],
    [{ tags: ['trail', 'food'] }, ['tiktok:bo.cooks']],
    [{ scoreMin: 60 }, ['instagram:ami_runs', 'instagram:dee']],
    [{ scoreMin: 40, scoreMax: 70 }, ['tiktok:bo.cooks', 'instagram:dee']],
    [{ disclosure: ['issues'] as const }, ['tiktok:bo.cooks']],
    [{ disclosure: ['clean', 'none'] as const }, ['instagram:ami_runs', 'youtube:cy', 'instagram:dee']],
    [{ search: 'portland' }, ['instagram:ami_runs']],
    [{ search: 'TRAIL running  ami' }, ['instagram:ami_runs']],
    [{ search: 'name of bo' }, ['tiktok:bo.cooks']],
    [{ tiers: ['micro'] as const, roles: ['creator'] as const, search: 'dee' }, ['instagram:dee']],
    [{ tiers: ['unknown'] as const }, ['youtube:cy']],
  ])('filters by %o', (partial, expected) => {
    expect(
      keys(rows.filter(rowMatcher({ ...EMPTY_FILTER, ...(partial as unknown as Partial<RosterFilter>) }))),
    ).toEqual(expected);
  });
});

describe('sortRows', () => {
  it('sorts by score both ways with unscored rows last', () => {
    expect(keys(sortRows(rows, { key: 'score', direction: 'desc' }))).toEqual([
      'instagram:ami_runs',
      'instagram:dee',
      'tiktok:bo.cooks',
      'youtube:cy',
    ]);
    expect(keys(sortRows(rows, { key: 'score', direction: 'asc' })).at(-1)).toBe('youtube:cy');
  });
  it('sorts handles case-insensitively and leaves the input alone', () => {
    const copy = [...rows];
    expect(sortRows(rows, { key: 'handle', direction: 'asc' }).map((r) => r.handle)).toEqual([
      'ami_runs',
      'bo.cooks',
      'Cy',
      'dee',
    ]);
    expect(rows).toEqual(copy);
  });
  it('filters then sorts, and lists tags by use', () => {
    expect(
      keys(filterRows(rows, { ...EMPTY_FILTER, tags: ['trail'] }, { key: 'score', direction: 'asc' })),
    ).toEqual(['tiktok:bo.cooks', 'instagram:ami_runs']);
    expect(tagsInUse(rows)).toEqual(['trail', 'food']);
  });
});

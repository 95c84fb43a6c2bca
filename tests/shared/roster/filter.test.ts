import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  filterRows,
  nichesInUse,
  rowMatcher,
  sortRows,
  tagsInUse,
} from '../../../shared/roster/filter';
import { type RosterFilter, RosterFilterSchema, type RosterRow } from '../../../shared/roster/records';
import { fitScore } from '../../../shared/score/fit';
import { briefWith, profileWith } from '../score/make-profile';
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

describe('segments by niche and format', () => {
  const withSegments = (handle: string, niches: string[], formats: RosterRow['formats']): RosterRow => ({
    ...row({ handle }),
    niches,
    formats,
  });
  const rows = [
    withSegments('ami', ['Trail & running'], ['video', 'carousel']),
    withSegments('kai', ['Plant-based food'], ['image']),
    withSegments('jo', [], ['video']),
  ];
  const handles = (filter: Partial<RosterFilter>) =>
    rows.filter(rowMatcher({ ...EMPTY_FILTER, ...filter })).map((r) => r.handle);

  it('keeps rows matching any chosen niche and any chosen format', () => {
    expect(handles({ niches: ['Trail & running', 'Plant-based food'] })).toEqual(['ami', 'kai']);
    expect(handles({ formats: ['video'] })).toEqual(['ami', 'jo']);
    expect(handles({ niches: ['Trail & running'], formats: ['image'] })).toEqual([]);
    expect(nichesInUse(rows)).toEqual(['Plant-based food', 'Trail & running']);
  });

  it('a saved view from before these filters existed still applies', () => {
    const { niches: _n, formats: _f, ...old } = EMPTY_FILTER;
    expect(rows.filter(rowMatcher(old as RosterFilter))).toHaveLength(3);
    expect(RosterFilterSchema.parse(old)).toEqual(EMPTY_FILTER);
  });

  it('the fit names the brief niches a profile matches', () => {
    const brief = briefWith({
      niches: [
        { name: 'Trail', keywords: ['trail running'] },
        { name: 'Food', keywords: ['vegan'] },
      ],
    });
    const fit = fitScore(profileWith({ bio: 'Trail running in the Alps' }), brief);
    expect(fit.niches).toEqual(['Trail']);
  });
});

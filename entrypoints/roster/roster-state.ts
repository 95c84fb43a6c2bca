// The roster page's state as signals: every row loaded from the background a page at a time (the
// first page paints at once), then sorted once per sort change and filtered on each keystroke.
import { computed, signal } from '@preact/signals';
import type { Collaboration } from '../../shared/roster/collaboration';
import { collaborationDashboard, communityDashboard } from '../../shared/roster/dashboard';
import {
  EMPTY_FILTER,
  nichesInUse,
  type RosterSort,
  rowMatcher,
  sortRows,
  tagsInUse,
} from '../../shared/roster/filter';
import type { RosterFilter, RosterRow } from '../../shared/roster/records';
import { callBackground } from '../../shared/roster-client';

/** Rows per message: big enough to load 50,000 in a few round trips, small enough to paint the first fast. */
export const PAGE_SIZE = 5_000;
export const FIRST_PAGE = 200;

export function createRosterState() {
  const rows = signal<RosterRow[]>([]);
  const total = signal(0);
  const loading = signal(true);
  const error = signal<string | null>(null);
  const filter = signal<RosterFilter>(EMPTY_FILTER);
  const sort = signal<RosterSort>({ key: 'updatedAt', direction: 'desc' });
  const selected = signal<ReadonlySet<string>>(new Set());
  const openKey = signal<string | null>(null);

  const sorted = computed(() => sortRows(rows.value, sort.value));
  const visible = computed(() => {
    const match = rowMatcher(filter.value);
    return sorted.value.filter(match);
  });

  // Over every row, so computed once per load, not on each filter keystroke.
  const tags = computed(() => tagsInUse(rows.value).slice(0, 30));
  const niches = computed(() => nichesInUse(rows.value).slice(0, 30));
  const dashboard = computed(() => communityDashboard(rows.value, new Date()));
  const collaborations = signal<Collaboration[]>([]);
  const collaborationFigures = computed(() =>
    collaborationDashboard(collaborations.value, rows.value, new Date()),
  );

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      let after: string | undefined;
      let all: RosterRow[] = [];
      let limit = FIRST_PAGE;
      for (;;) {
        const page = await callBackground('roster.rows', after === undefined ? { limit } : { after, limit });
        all = all.concat(page.rows);
        total.value = page.total;
        rows.value = all;
        if (!page.next) break;
        after = page.next;
        limit = PAGE_SIZE;
      }
      collaborations.value = await callBackground('collaborations.list', {});
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
    }
  }

  return {
    rows,
    total,
    loading,
    error,
    filter,
    sort,
    selected,
    openKey,
    sorted,
    visible,
    tags,
    niches,
    dashboard,
    collaborations,
    collaborationFigures,
    load,
  };
}

export type RosterState = ReturnType<typeof createRosterState>;

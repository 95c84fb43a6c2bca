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
import { briefVersion } from '../../shared/score/brief-version';

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
  /** Counts finished loads: what else the page shows from the database (saved views) reloads with it. */
  const revision = signal(0);
  /** briefVersion() of the active brief: a row scored against anything else says it is stale. */
  const activeBriefVersion = signal<string | null>(null);
  /**
   * The order rows had before a change made from this page (a bulk status change touches updatedAt):
   * they keep their place until the marketer sorts again.
   */
  const pinned = signal<{ sort: RosterSort; at: Map<string, number> } | null>(null);

  const sorted = computed(() => {
    const fresh = sortRows(rows.value, sort.value);
    const pin = pinned.value;
    if (!pin || pin.sort !== sort.value) return fresh;
    const place = (row: RosterRow) => pin.at.get(row.key) ?? Number.POSITIVE_INFINITY;
    // Array.prototype.sort is stable: new rows keep the fresh order after the pinned ones.
    return fresh.sort((a, b) => place(a) - place(b));
  });
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

  /** Reloads after a change made here, keeping every row where it is on screen. */
  async function reloadInPlace(): Promise<void> {
    pinned.value = { sort: sort.value, at: new Map(sorted.value.map((row, i) => [row.key, i])) };
    await load();
  }

  async function load(): Promise<void> {
    void callBackground('brief.getActive', {}).then(
      (brief) => (activeBriefVersion.value = brief ? briefVersion(brief) : null),
      () => undefined,
    );
    // The first load paints its first page at once; a reload swaps the rows once, so the table
    // never shrinks to one page and jumps under the marketer's scroll position.
    const publishPages = rows.value.length === 0;
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
        if (publishPages) rows.value = all;
        if (!page.next) break;
        after = page.next;
        limit = PAGE_SIZE;
      }
      rows.value = all;
      collaborations.value = await callBackground('collaborations.list', {});
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
    } finally {
      loading.value = false;
      revision.value++;
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
    revision,
    activeBriefVersion,
    sorted,
    visible,
    tags,
    niches,
    dashboard,
    collaborations,
    collaborationFigures,
    load,
    reloadInPlace,
  };
}

export type RosterState = ReturnType<typeof createRosterState>;

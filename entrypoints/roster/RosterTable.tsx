// The roster table, virtualised: only the rows in view (plus a margin) are in the DOM, so 50,000
// creators scroll like 50. Spacer rows keep the scrollbar true to the full list.
import { useSignal } from '@preact/signals';
import type { SortKey } from '../../shared/roster/filter';
import type { RosterRow } from '../../shared/roster/records';
import { VERDICT_WORDS } from '../../shared/roster/verdict-words';
import type { RosterState } from './roster-state';

export const ROW_HEIGHT = 40;
const OVERSCAN = 10;

const COLUMNS: { key: SortKey | null; label: string; compact: boolean }[] = [
  { key: 'handle', label: 'Creator', compact: true },
  { key: 'platform', label: 'Platform', compact: false },
  { key: 'status', label: 'Status', compact: true },
  { key: 'score', label: 'Fit', compact: true },
  { key: null, label: 'Tier', compact: false },
  { key: null, label: 'Role', compact: false },
  { key: 'followers', label: 'Followers', compact: false },
  { key: 'engagement', label: 'Engagement', compact: false },
  { key: null, label: 'Disclosure', compact: false },
  { key: null, label: 'Tags', compact: false },
];

const number = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** The fit as the card says it: "Excluded" rather than 0, and "stale" when the brief changed since. */
function FitCell({ row, activeVersion }: { row: RosterRow; activeVersion: string | null }) {
  const stale = !!row.briefVersion && !!activeVersion && row.briefVersion !== activeVersion;
  return (
    <td class="num">
      <span data-testid="roster-score">{row.excluded ? 'Excluded' : (row.score ?? '–')}</span>
      {stale && (
        <span class="badge" data-testid="roster-stale" title="Scored against another version of the brief">
          stale
        </span>
      )}
    </td>
  );
}

function disclosureText(row: RosterRow): string {
  if (row.disclosure === 'none') return '–';
  // Older rows have no strictest verdict: fall back to the record's summary.
  const words = row.disclosureWorst ? VERDICT_WORDS[row.disclosureWorst] : row.disclosure;
  return row.disclosureIssues > 0
    ? `${words} (${row.disclosureIssues} of ${row.disclosureChecked} to fix)`
    : `${words} (${row.disclosureChecked})`;
}

function Cells({
  row,
  compact,
  activeVersion,
}: {
  row: RosterRow;
  compact: boolean;
  activeVersion: string | null;
}) {
  const full = (
    <>
      <td>{row.platform}</td>
    </>
  );
  return (
    <>
      {!compact && full}
      <td>
        <span class={`status status-${row.status}`}>{row.status}</span>
      </td>
      <FitCell row={row} activeVersion={activeVersion} />
      {!compact && (
        <>
          <td>{row.tier}</td>
          <td>{row.role}</td>
          <td class="num">{row.followers === null ? '–' : number.format(row.followers)}</td>
          <td class="num">{row.engagement === null ? '–' : `${(row.engagement * 100).toFixed(1)}%`}</td>
          <td data-testid="roster-disclosure">{disclosureText(row)}</td>
          <td>{row.tags.join(', ')}</td>
        </>
      )}
    </>
  );
}

export function RosterTable({
  state,
  compact = false,
  height,
}: {
  state: RosterState;
  compact?: boolean;
  height: number;
}) {
  const scrollTop = useSignal(0);
  const rows = state.visible.value;
  const first = Math.max(0, Math.floor(scrollTop.value / ROW_HEIGHT) - OVERSCAN);
  const count = Math.ceil(height / ROW_HEIGHT) + OVERSCAN * 2;
  const shown = rows.slice(first, first + count);
  const sort = state.sort.value;
  const selected = state.selected.value;
  const columns = COLUMNS.filter((c) => !compact || c.compact);

  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    state.selected.value = next;
  };
  const allSelected = rows.length > 0 && selected.size === rows.length;

  return (
    <div
      class="table-scroll"
      style={{ height: `${height}px` }}
      onScroll={(e) => {
        scrollTop.value = (e.currentTarget as HTMLElement).scrollTop;
      }}
    >
      <table
        aria-rowcount={rows.length + 1}
        data-testid="roster-table"
        class={compact ? 'compact' : undefined}
      >
        <thead>
          <tr>
            {!compact && (
              <th scope="col" class="select">
                <input
                  type="checkbox"
                  aria-label="Select all shown creators"
                  checked={allSelected}
                  onChange={() => {
                    state.selected.value = allSelected ? new Set() : new Set(rows.map((r) => r.key));
                  }}
                />
              </th>
            )}
            {columns.map((c) => {
              const active = c.key !== null && sort.key === c.key;
              return (
                <th
                  scope="col"
                  key={c.label}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {c.key === null ? (
                    c.label
                  ) : (
                    <button
                      type="button"
                      class="sort"
                      data-testid={`sort-${c.key}`}
                      onClick={() => {
                        const key = c.key as SortKey;
                        state.sort.value = {
                          key,
                          direction:
                            active && sort.direction === 'desc'
                              ? 'asc'
                              : active
                                ? 'desc'
                                : key === 'handle'
                                  ? 'asc'
                                  : 'desc',
                        };
                      }}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {first > 0 && (
            <tr class="spacer">
              <td colSpan={columns.length + 1} style={{ height: `${first * ROW_HEIGHT}px` }} />
            </tr>
          )}
          {shown.map((row, i) => (
            <tr
              key={row.key}
              aria-rowindex={first + i + 2}
              data-key={row.key}
              class={state.openKey.value === row.key ? 'open' : ''}
            >
              {!compact && (
                <td class="select">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.handle}`}
                    checked={selected.has(row.key)}
                    onChange={() => toggle(row.key)}
                  />
                </td>
              )}
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  data-testid="roster-handle"
                  onClick={() => {
                    state.openKey.value = row.key;
                  }}
                >
                  {compact ? `${row.handle} · ${row.platform}` : row.handle}
                </button>
                {row.name && !compact && <span class="name">{row.name}</span>}
                {row.differs && (
                  <span class="badge" title="Self-reported figures differed from the page">
                    differs
                  </span>
                )}
                {(row.pendingClaims ?? 0) > 0 && (
                  <span class="badge" data-testid="roster-claims-count" title="Open the creator to decide">
                    {row.pendingClaims} <span class="sr-only">pending </span>
                    {row.pendingClaims === 1 ? 'claim' : 'claims'}
                  </span>
                )}
              </th>
              <Cells row={row} compact={compact} activeVersion={state.activeBriefVersion.value} />
            </tr>
          ))}
          {first + shown.length < rows.length && (
            <tr class="spacer">
              <td
                colSpan={columns.length + 1}
                style={{ height: `${(rows.length - first - shown.length) * ROW_HEIGHT}px` }}
              />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

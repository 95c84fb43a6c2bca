// The community dashboard's figures, from the roster rows alone. Definitions are written beside
// each figure because marketers compare them across tools.
import type { Platform, PostFormat } from '../schemas/enums';
import type { RosterRow } from './records';

export interface Quarter {
  label: string;
  /** ISO instants, start inclusive, end exclusive. */
  start: string;
  end: string;
}

export function quarterOf(date: Date, offset = 0): Quarter {
  const q = Math.floor(date.getUTCMonth() / 3) + offset;
  const year = date.getUTCFullYear() + Math.floor(q / 4);
  const index = ((q % 4) + 4) % 4;
  const start = new Date(Date.UTC(year, index * 3, 1));
  const end = new Date(Date.UTC(year, index * 3 + 3, 1));
  return { label: `${year} Q${index + 1}`, start: start.toISOString(), end: end.toISOString() };
}

/**
 * Active in a quarter: had the `active` status at any moment of it (from the status history), or
 * a collaboration dated in it.
 */
export function activeIn(row: RosterRow, quarter: Quarter): boolean {
  for (const date of row.collaborationDates)
    if (date >= quarter.start.slice(0, 10) && date < quarter.end.slice(0, 10)) return true;
  const history = row.statusHistory;
  for (let i = 0; i < history.length; i++) {
    const change = history[i]!;
    if (change.status !== 'active') continue;
    const until = history[i + 1]?.at ?? '9999';
    if (change.at < quarter.end && until > quarter.start) return true;
  }
  return false;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface CommunityDashboard {
  total: number;
  /** Creators whose current status is `active`. */
  active: number;
  quarters: { current: Quarter; previous: Quarter };
  /** Active in both the previous and the current quarter. */
  retained: number;
  /** retained / active in the previous quarter; null when nobody was. */
  retention: number | null;
  /** Creators with two or more collaborations / creators with at least one. */
  repeatCollaboration: number | null;
  /** Active creators per platform. */
  platformMix: Partial<Record<Platform, number>>;
  /** Active creators per format seen in their recent posts (a creator counts once per format). */
  formatMix: Partial<Record<PostFormat, number>>;
  /** Median fit of active creators against the brief they were last scored with. */
  medianFit: number | null;
  /** Of active creators with sponsored posts checked, the share with none missing, late or ambiguous. */
  disclosureCompliance: number | null;
  disclosureChecked: number;
}

export function communityDashboard(rows: readonly RosterRow[], now: Date): CommunityDashboard {
  const current = quarterOf(now);
  const previous = quarterOf(now, -1);
  let active = 0;
  let activePrevious = 0;
  let retained = 0;
  let collaborated = 0;
  let repeated = 0;
  let checked = 0;
  let compliant = 0;
  const platformMix: CommunityDashboard['platformMix'] = {};
  const formatMix: CommunityDashboard['formatMix'] = {};
  const scores: number[] = [];
  for (const row of rows) {
    if (row.collaborationDates.length > 0) collaborated++;
    if (row.collaborationDates.length > 1) repeated++;
    const wasActive = activeIn(row, previous);
    if (wasActive) {
      activePrevious++;
      if (activeIn(row, current)) retained++;
    }
    if (row.status !== 'active') continue;
    active++;
    platformMix[row.platform] = (platformMix[row.platform] ?? 0) + 1;
    for (const f of row.formats) formatMix[f] = (formatMix[f] ?? 0) + 1;
    if (row.score !== null) scores.push(row.score);
    if (row.disclosureChecked > 0) {
      checked++;
      if (row.disclosureIssues === 0) compliant++;
    }
  }
  return {
    total: rows.length,
    active,
    quarters: { current, previous },
    retained,
    retention: activePrevious ? retained / activePrevious : null,
    repeatCollaboration: collaborated ? repeated / collaborated : null,
    platformMix,
    formatMix,
    medianFit: median(scores),
    disclosureCompliance: checked ? compliant / checked : null,
    disclosureChecked: checked,
  };
}

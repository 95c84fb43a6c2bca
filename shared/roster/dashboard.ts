// The community dashboard's figures, from the roster rows alone. Definitions are written beside
// each figure because marketers compare them across tools.
import type { Platform, PostFormat, Verdict } from '../schemas/enums';
import { median } from '../score/engagement';
import type { Collaboration } from './collaboration';
import {
  collaborationFigures,
  daysUntil,
  overdueDeliverables,
  rightsEndingSoon,
  spendOf,
} from './collaboration-figures';
import type { RosterRow } from './records';
import { ISSUE_VERDICTS } from './row';

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

/** One line of "cost per result": a creator's or a role's collaborations in one currency, summed. */
export interface CostLine {
  /** Creator key, or the role. */
  label: string;
  currency: string;
  collaborations: number;
  spend: number;
  views: number | null;
  clicks: number | null;
  signups: number | null;
  revenue: number | null;
  costPerView: number | null;
  costPerClick: number | null;
  costPerSignup: number | null;
  returnOnSpend: number | null;
}

export interface CollaborationDashboard {
  /** Per creator and currency, best return on spend first, then lowest cost per signup. */
  costByCreator: CostLine[];
  /** The same figures summed per role (creator, influencer, hybrid, undetermined). */
  costByRole: CostLine[];
  /** Usage rights whose end date falls from today to RIGHTS_WARNING_DAYS ahead, soonest first. */
  rightsEnding: { key: string; handle: string; campaign: string; end: string; days: number }[];
  /** Planned deliverables past their due date, and ones marked late. */
  overdue: { key: string; handle: string; campaign: string; deliverable: string; dueDate: string | null }[];
  /** Deliverables per platform and per format. */
  deliverablePlatforms: Partial<Record<Platform, number>>;
  deliverableFormats: Partial<Record<PostFormat, number>>;
  /** Deliverables logged with a disclosure verdict, those that needed no label or were disclosed. */
  disclosureLogged: number;
  disclosureCompliant: number;
  /** Every logged deliverable that was not properly disclosed, with its verdict and first reason. */
  undisclosed: { key: string; handle: string; postUrl: string | null; verdict: Verdict; reason: string }[];
}

const addOrNull = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

function costLine(label: string, currency: string, list: readonly Collaboration[]): CostLine {
  let spend = 0;
  let views: number | null = null;
  let clicks: number | null = null;
  let signups: number | null = null;
  let revenue: number | null = null;
  for (const c of list) {
    const f = collaborationFigures(c);
    spend += f.spend ?? 0;
    views = addOrNull(views, f.views);
    clicks = addOrNull(clicks, c.results.clicks);
    signups = addOrNull(signups, c.results.signups);
    revenue = addOrNull(revenue, c.results.revenue);
  }
  const per = (n: number | null) => (n === null || n <= 0 || spend <= 0 ? null : spend / n);
  return {
    label,
    currency,
    collaborations: list.length,
    spend,
    views,
    clicks,
    signups,
    revenue,
    costPerView: per(views),
    costPerClick: per(clicks),
    costPerSignup: per(signups),
    returnOnSpend: revenue !== null && spend > 0 ? revenue / spend : null,
  };
}

function grouped(
  collaborations: readonly Collaboration[],
  labelOf: (c: Collaboration) => string,
): CostLine[] {
  const groups = new Map<string, { label: string; currency: string; list: Collaboration[] }>();
  for (const c of collaborations) {
    // Only what has a spend can have a cost per result; currencies are never added together.
    if (spendOf(c) === null) continue;
    const label = labelOf(c);
    const currency = c.compensation!.currency;
    const id = `${label}\u0000${currency}`;
    const group = groups.get(id) ?? { label, currency, list: [] };
    group.list.push(c);
    groups.set(id, group);
  }
  return [...groups.values()]
    .map((g) => costLine(g.label, g.currency, g.list))
    .sort(
      (a, b) =>
        (b.returnOnSpend ?? -1) - (a.returnOnSpend ?? -1) ||
        (a.costPerSignup ?? Infinity) - (b.costPerSignup ?? Infinity) ||
        a.label.localeCompare(b.label),
    );
}

export function collaborationDashboard(
  collaborations: readonly Collaboration[],
  rows: readonly RosterRow[],
  now: Date,
): CollaborationDashboard {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const handle = (key: string) => byKey.get(key)?.handle ?? key.slice(key.indexOf(':') + 1);
  const result: CollaborationDashboard = {
    costByCreator: grouped(collaborations, (c) => c.key),
    costByRole: grouped(collaborations, (c) => byKey.get(c.key)?.role ?? 'undetermined'),
    rightsEnding: [],
    overdue: [],
    deliverablePlatforms: {},
    deliverableFormats: {},
    disclosureLogged: 0,
    disclosureCompliant: 0,
    undisclosed: [],
  };
  for (const c of collaborations) {
    if (rightsEndingSoon(c, now) && c.usageRights?.end) {
      const end = c.usageRights.end.slice(0, 10);
      result.rightsEnding.push({
        key: c.key,
        handle: handle(c.key),
        campaign: c.campaign,
        end,
        days: daysUntil(end, now),
      });
    }
    for (const d of overdueDeliverables(c, now))
      result.overdue.push({
        key: c.key,
        handle: handle(c.key),
        campaign: c.campaign,
        deliverable: d.description || d.format || 'post',
        dueDate: d.dueDate,
      });
    for (const d of c.deliverables) {
      result.deliverablePlatforms[d.platform] = (result.deliverablePlatforms[d.platform] ?? 0) + 1;
      if (d.format) result.deliverableFormats[d.format] = (result.deliverableFormats[d.format] ?? 0) + 1;
      if (!d.disclosure) continue;
      result.disclosureLogged++;
      const { verdict, reasons } = d.disclosure.report;
      if (!ISSUE_VERDICTS.has(verdict)) result.disclosureCompliant++;
      else
        result.undisclosed.push({
          key: c.key,
          handle: handle(c.key),
          postUrl: d.postUrl,
          verdict,
          reason: reasons[0]?.text ?? verdict,
        });
    }
  }
  result.rightsEnding.sort((a, b) => a.days - b.days);
  return result;
}

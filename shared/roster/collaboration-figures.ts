// What a collaboration cost and returned, and what needs attention: rights about to end and
// deliverables past their due date. Pure: "today" is passed in, every figure is null when its
// inputs are not known (never a zero that reads as free or worthless).
import type { Collaboration, Deliverable } from './collaboration';

/** Days ahead the dashboard warns that usage rights end. */
export const RIGHTS_WARNING_DAYS = 30;

const sum = (values: (number | null)[]): number | null =>
  values.some((v) => v !== null) ? values.reduce<number>((s, v) => s + (v ?? 0), 0) : null;

/** Latest figures of a deliverable's post (its last capture). */
export const latestCapture = (d: Deliverable) => d.captures.at(-1) ?? null;

/** Views: the reported figure, or else the sum of the logged posts' latest views. */
export function viewsOf(c: Collaboration): number | null {
  if (c.results.views !== null) return c.results.views;
  return sum(c.deliverables.map((d) => latestCapture(d)?.views ?? null));
}

/**
 * Spend in the compensation's currency: fee + product value + the revenue share and affiliate
 * commission on the revenue (those count only when the revenue is known). Null without compensation.
 */
export function spendOf(c: Collaboration): number | null {
  const comp = c.compensation;
  if (!comp) return null;
  const revenue = c.results.revenue;
  const shares = (comp.revenueSharePct ?? 0) + (comp.affiliateCommissionPct ?? 0);
  const onRevenue = revenue !== null && shares > 0 ? (revenue * shares) / 100 : null;
  return sum([comp.fee, comp.productValue, onRevenue]);
}

export interface CollaborationFigures {
  currency: string | null;
  spend: number | null;
  views: number | null;
  costPerView: number | null;
  costPerClick: number | null;
  costPerSignup: number | null;
  /** Revenue / spend (2 = the collaboration brought twice what it cost); null unless both known. */
  returnOnSpend: number | null;
}

const per = (spend: number | null, count: number | null) =>
  spend === null || count === null || count <= 0 ? null : spend / count;

export function collaborationFigures(c: Collaboration): CollaborationFigures {
  const spend = spendOf(c);
  const views = viewsOf(c);
  return {
    currency: c.compensation?.currency ?? null,
    spend,
    views,
    costPerView: per(spend, views),
    costPerClick: per(spend, c.results.clicks),
    costPerSignup: per(spend, c.results.signups),
    returnOnSpend: spend && c.results.revenue !== null ? c.results.revenue / spend : null,
  };
}

const dayOf = (now: Date) => now.toISOString().slice(0, 10);
const plusDays = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

/** Usage rights that end from today up to `days` ahead (today and the last day included). */
export function rightsEndingSoon(c: Collaboration, now: Date, days = RIGHTS_WARNING_DAYS): boolean {
  const end = c.usageRights?.end?.slice(0, 10);
  return end !== undefined && end !== null && end >= dayOf(now) && end <= plusDays(now, days);
}

/** Days until the rights end (0 = today), null without an end date. */
export function daysUntil(date: string, now: Date): number {
  return Math.round((Date.parse(date.slice(0, 10)) - Date.parse(dayOf(now))) / 86_400_000);
}

/**
 * Deliverables not yet posted whose due date has passed (the due day itself is not overdue), and
 * those marked late by hand.
 */
export function overdueDeliverables(c: Collaboration, now: Date): Deliverable[] {
  const today = dayOf(now);
  return c.deliverables.filter(
    (d) =>
      d.status === 'late' || (d.status === 'planned' && d.dueDate !== null && d.dueDate.slice(0, 10) < today),
  );
}

/** What a creator's logged collaborations delivered, as the role-fit factor reads it; null with none. */
export function pastResults(
  collaborations: readonly Collaboration[],
): { collaborations: number; conversions: number } | null {
  if (collaborations.length === 0) return null;
  return {
    collaborations: collaborations.length,
    conversions: collaborations.reduce((n, c) => n + (c.results.signups ?? 0), 0),
  };
}

import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../../shared/roster/collaboration';
import {
  collaborationFigures,
  daysUntil,
  overdueDeliverables,
  rightsEndingSoon,
  spendOf,
} from '../../../shared/roster/collaboration-figures';
import { collaborationWith, deliverableWith } from './collaborations';

const collab = (over: Partial<Collaboration> = {}): Collaboration => ({
  id: 'c1',
  ...collaborationWith(over),
});
const now = new Date('2025-11-20T15:00:00Z');

describe('cost figures', () => {
  it('spend is fee + product + the percentages of known revenue; cost per result divides it', () => {
    // 800 fee + 120 product + 10% of 2,400 revenue = 1,160.
    const f = collaborationFigures(collab());
    expect(f.spend).toBe(1_160);
    expect(f.costPerView).toBeCloseTo(1_160 / 41_000, 10);
    expect(f.costPerClick).toBeCloseTo(1_160 / 900, 10);
    expect(f.costPerSignup).toBeCloseTo(1_160 / 31, 10);
    expect(f.returnOnSpend).toBeCloseTo(2_400 / 1_160, 10);
    expect(f.currency).toBe('USD');
  });

  it('unknown stays unknown: no revenue, no return and no share counted; no compensation, no spend', () => {
    const noRevenue = collab({
      results: { views: 10, clicks: 0, signups: null, revenue: null, summary: '' },
    });
    const f = collaborationFigures(noRevenue);
    expect(f.spend).toBe(920);
    expect(f.returnOnSpend).toBeNull();
    expect(f.costPerClick).toBeNull(); // zero clicks: no cost per click, not infinity
    expect(f.costPerSignup).toBeNull();
    expect(spendOf(collab({ compensation: null }))).toBeNull();
    const shareOnly = collab({
      compensation: {
        currency: 'EUR',
        fee: null,
        productValue: null,
        revenueSharePct: 20,
        affiliateCommissionPct: null,
      },
      results: { views: null, clicks: null, signups: null, revenue: null, summary: '' },
    });
    expect(spendOf(shareOnly)).toBeNull();
  });

  it('views fall back to the logged posts’ latest captures when no figure was reported', () => {
    const capture = (at: string, views: number) => ({ at, views, likes: null, comments: null, shares: null });
    const c = collab({
      results: { views: null, clicks: null, signups: null, revenue: null, summary: '' },
      deliverables: [
        deliverableWith({ id: 'a', captures: [capture('2025-11-01', 100), capture('2025-11-10', 900)] }),
        deliverableWith({ id: 'b', captures: [capture('2025-11-02', 100)] }),
      ],
    });
    expect(collaborationFigures(c).views).toBe(1_000);
  });
});

describe('rights and deliverable dates', () => {
  const ending = (end: string | null) =>
    rightsEndingSoon(collab({ usageRights: { ...collaborationWith().usageRights!, end } }), now);

  it('rights ending from today to 30 days ahead are flagged, not past or later ones', () => {
    expect(ending('2025-11-20')).toBe(true); // today
    expect(ending('2025-12-20')).toBe(true); // day 30
    expect(ending('2025-12-21')).toBe(false);
    expect(ending('2025-11-19')).toBe(false); // already ended
    expect(ending(null)).toBe(false);
    expect(rightsEndingSoon(collab({ usageRights: null }), now)).toBe(false);
    expect(daysUntil('2025-12-05', now)).toBe(15);
  });

  it('a planned deliverable is overdue the day after it was due; posted ones never; late ones always', () => {
    const c = collab({
      deliverables: [
        deliverableWith({ id: 'due-today', dueDate: '2025-11-20' }),
        deliverableWith({ id: 'due-yesterday', dueDate: '2025-11-19' }),
        deliverableWith({ id: 'posted', dueDate: '2025-10-01', status: 'posted' }),
        deliverableWith({ id: 'late', dueDate: null, status: 'late' }),
        deliverableWith({ id: 'no-date', dueDate: null }),
      ],
    });
    expect(overdueDeliverables(c, now).map((d) => d.id)).toEqual(['due-yesterday', 'late']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../../shared/roster/collaboration';
import { collaborationDashboard } from '../../../shared/roster/dashboard';
import { collaborationWith, deliverableWith } from './collaborations';
import { disclosure } from './creators';
import { row } from './rows';

const now = new Date('2025-11-20T12:00:00Z');
const collab = (id: string, over: Partial<Collaboration>): Collaboration => ({
  id,
  ...collaborationWith(over),
});
const rows = [row({ handle: 'ami' }), row({ handle: 'kai' })];
const noResults = { views: null, clicks: null, signups: null, revenue: null, summary: '' };
const fee = (amount: number, currency = 'USD') => ({
  currency,
  fee: amount,
  productValue: null,
  revenueSharePct: null,
  affiliateCommissionPct: null,
});

describe('collaborationDashboard', () => {
  it('sums cost per result per creator and per role, never across currencies', () => {
    const d = collaborationDashboard(
      [
        collab('a', {
          key: 'instagram:ami',
          compensation: fee(500),
          results: { ...noResults, views: 10_000, signups: 10, revenue: 1_500 },
        }),
        collab('b', {
          key: 'instagram:ami',
          compensation: fee(500),
          results: { ...noResults, views: 30_000, signups: 30 },
        }),
        collab('c', {
          key: 'instagram:kai',
          compensation: fee(300, 'EUR'),
          results: { ...noResults, signups: 3 },
        }),
        collab('d', { key: 'instagram:kai', compensation: null, results: { ...noResults, signups: 99 } }),
      ],
      rows,
      now,
    );
    const ami = d.costByCreator.find((l) => l.label === 'instagram:ami')!;
    expect(ami).toMatchObject({
      currency: 'USD',
      collaborations: 2,
      spend: 1_000,
      views: 40_000,
      signups: 40,
    });
    expect(ami.costPerView).toBeCloseTo(0.025, 10);
    expect(ami.costPerSignup).toBe(25);
    expect(ami.returnOnSpend).toBe(1.5);
    const kai = d.costByCreator.find((l) => l.label === 'instagram:kai')!;
    expect(kai).toMatchObject({
      currency: 'EUR',
      spend: 300,
      signups: 3,
      costPerSignup: 100,
      returnOnSpend: null,
    });
    expect(d.costByCreator).toHaveLength(2); // the unpaid collaboration has no cost per result
    expect(d.costByRole.map((l) => [l.label, l.currency, l.spend])).toEqual([
      ['creator', 'USD', 1_000],
      ['creator', 'EUR', 300],
    ]);
  });

  it('lists rights ending soon, overdue deliverables, the deliverable mix and each undisclosed post', () => {
    const rights = collaborationWith().usageRights!;
    const d = collaborationDashboard(
      [
        collab('a', {
          key: 'instagram:ami',
          campaign: 'Spring',
          usageRights: { ...rights, end: '2025-12-05' },
          deliverables: [
            deliverableWith({ id: 'x', dueDate: '2025-11-01', description: '1 reel' }),
            deliverableWith({
              id: 'y',
              status: 'posted',
              format: 'carousel',
              postUrl: 'https://www.instagram.com/p/AAA/',
              disclosure: { checkedAt: 'x', report: { ...disclosure('missing', 'u').report, reasons: [] } },
            }),
            deliverableWith({
              id: 'z',
              status: 'posted',
              platform: 'tiktok',
              disclosure: { checkedAt: 'x', report: disclosure('disclosed', 'u').report },
            }),
          ],
        }),
        collab('b', {
          key: 'instagram:kai',
          usageRights: { ...rights, end: '2026-03-01' },
          deliverables: [],
        }),
      ],
      rows,
      now,
    );
    expect(d.rightsEnding).toEqual([
      { key: 'instagram:ami', handle: 'ami', campaign: 'Spring', end: '2025-12-05', days: 15 },
    ]);
    expect(d.overdue).toEqual([
      {
        key: 'instagram:ami',
        handle: 'ami',
        campaign: 'Spring',
        deliverable: '1 reel',
        dueDate: '2025-11-01',
      },
    ]);
    expect(d.deliverablePlatforms).toEqual({ instagram: 2, tiktok: 1 });
    expect(d.deliverableFormats).toEqual({ video: 2, carousel: 1 });
    expect([d.disclosureLogged, d.disclosureCompliant]).toEqual([2, 1]);
    expect(d.undisclosed).toEqual([
      {
        key: 'instagram:ami',
        handle: 'ami',
        postUrl: 'https://www.instagram.com/p/AAA/',
        verdict: 'missing',
        reason: 'missing',
      },
    ]);
  });
});

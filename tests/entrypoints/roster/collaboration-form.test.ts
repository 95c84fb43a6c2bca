import { expect, it } from 'vitest';
import { collaborationFromForm } from '../../../entrypoints/roster/collaboration-form';
import { CollaborationSchema } from '../../../shared/roster/collaboration';

const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

it('reads a mixed compensation, codes, rights and results; blanks stay unknown', () => {
  const c = collaborationFromForm(
    form({
      date: '2026-03-01',
      campaign: 'Spring',
      fee: '500',
      affiliateCommissionPct: '12',
      currency: 'eur',
      deliverables: '1 reel, 3 stories',
      dueDate: '2026-03-10',
      promoCodes: 'LENA10, LENA15',
      rights: 'organic + paid',
      paidAds: 'on',
      territories: 'us, ca',
      rightsEnd: '2026-09-01',
      views: '0',
      rating: '4',
    }),
    'tiktok:lena',
    () => 'id',
  );
  expect(() => CollaborationSchema.parse({ ...c, id: 'x' })).not.toThrow();
  expect(c.compensation).toEqual({
    currency: 'EUR',
    fee: 500,
    productValue: null,
    revenueSharePct: null,
    affiliateCommissionPct: 12,
  });
  expect(c.deliverables.map((d) => [d.description, d.platform, d.status, d.dueDate])).toEqual([
    ['1 reel', 'tiktok', 'planned', '2026-03-10'],
    ['3 stories', 'tiktok', 'planned', '2026-03-10'],
  ]);
  expect(c.promoCodes).toEqual(['LENA10', 'LENA15']);
  expect(c.usageRights).toMatchObject({
    paidAds: true,
    organicRepost: false,
    territories: ['US', 'CA'],
    start: '2026-03-01',
    end: '2026-09-01',
  });
  expect(c.results).toEqual({ views: 0, clicks: null, signups: null, revenue: null, summary: '' });
  expect(c.quality).toEqual({ rating: 4, note: '' });
});

it('no compensation and no rights when none were given', () => {
  const c = collaborationFromForm(
    form({ date: '2026-03-01', campaign: 'Gifted' }),
    'instagram:a',
    () => 'id',
  );
  expect(c.compensation).toBeNull();
  expect(c.usageRights).toBeNull();
  expect(c.deliverables).toEqual([]);
});

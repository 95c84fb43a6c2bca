// A collaboration for tests: every field present, overridable one at a time.
import { type Collaboration, type Deliverable, newDeliverable } from '../../../shared/roster/collaboration';

export function deliverableWith(over: Partial<Deliverable> = {}): Deliverable {
  return newDeliverable('d1', 'instagram', { format: 'video', description: '1 reel', ...over });
}

export function collaborationWith(
  over: Partial<Collaboration> = {},
): Omit<Collaboration, 'id'> & { id?: string } {
  return {
    key: 'instagram:creator3',
    date: '2025-06-01',
    briefId: null,
    campaign: 'Summer trails',
    compensation: {
      currency: 'USD',
      fee: 800,
      productValue: 120,
      revenueSharePct: null,
      affiliateCommissionPct: 10,
    },
    deliverables: [deliverableWith()],
    trackingLinks: ['https://terra.example/?ref=ami'],
    promoCodes: ['AMI10'],
    usageRights: {
      scope: 'organic + paid social',
      organicRepost: true,
      paidAds: true,
      editsAllowed: false,
      territories: ['US', 'CA'],
      start: '2025-06-01',
      end: '2025-12-01',
    },
    results: { views: 41_000, clicks: 900, signups: 31, revenue: 2_400, summary: '' },
    quality: { rating: 4, note: 'Natural, on brief' },
    ...over,
  };
}

/** A collaboration as roster schema v2 (and version 2 backups) stored it. */
export const V2_COLLABORATION = {
  id: 'c-old',
  key: 'tiktok:kitchen_kai',
  date: '2025-01-31',
  briefId: 'b1',
  campaign: 'Winter bowls',
  deliverables: ['1 video', '2 stories'],
  fee: { amount: 500, currency: 'EUR' },
  usageRights: { scope: 'organic repost', months: 1 },
  results: { views: 12_000, clicks: 300, conversions: 9, summary: 'Good saves' },
};

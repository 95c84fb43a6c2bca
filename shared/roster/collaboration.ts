// What a collaboration records: how the creator is paid, what they deliver (and the posts that
// delivered it), the links and codes that measure it, the usage rights bought, the results and the
// content's quality. Written by the roster page's form and by "Log as deliverable" on a post.
import { z } from 'zod';
import { DisclosureReportSchema } from '../schemas/disclosure';
import { PLATFORMS, POST_FORMATS } from '../schemas/enums';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/);
const amount = z.number().nonnegative().nullable();
const percent = z.number().min(0).max(100).nullable();

/** Any mix of fee, product, revenue share and affiliate commission, in one currency. */
export const CompensationSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  fee: amount,
  /** Value of product given. */
  productValue: amount,
  /** Share of the revenue the collaboration brought, 0–100. */
  revenueSharePct: percent,
  /** Commission on affiliate sales, 0–100. */
  affiliateCommissionPct: percent,
});
export type Compensation = z.infer<typeof CompensationSchema>;

export const DELIVERABLE_STATUSES = ['planned', 'posted', 'approved', 'late'] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** A post's figures at one visit: a later visit adds a capture, so their history is kept. */
export const CaptureSchema = z.object({
  at: z.string(),
  views: amount,
  likes: amount,
  comments: amount,
  shares: amount,
});
export type Capture = z.infer<typeof CaptureSchema>;

export const DeliverableSchema = z.object({
  id: z.string().min(1),
  platform: z.enum(PLATFORMS),
  format: z.enum(POST_FORMATS).nullable(),
  /** What was agreed, in the marketer's words ("1 reel, 3 stories"). */
  description: z.string(),
  dueDate: day.nullable(),
  status: z.enum(DELIVERABLE_STATUSES),
  postUrl: z.string().nullable(),
  postedAt: z.string().nullable(),
  captures: z.array(CaptureSchema),
  /** The post's disclosure verdict under the brief's jurisdictions when it was logged or last seen. */
  disclosure: z.object({ checkedAt: z.string(), report: DisclosureReportSchema }).nullable(),
});
export type Deliverable = z.infer<typeof DeliverableSchema>;

export const UsageRightsSchema = z.object({
  /** What was agreed, in words. */
  scope: z.string(),
  organicRepost: z.boolean(),
  /** Paid amplification: whitelisting, Spark Ads, partnership ads. */
  paidAds: z.boolean(),
  editsAllowed: z.boolean(),
  /** ISO 3166-1 alpha-2 countries; empty means worldwide. */
  territories: z.array(z.string()),
  start: day.nullable(),
  end: day.nullable(),
});
export type UsageRights = z.infer<typeof UsageRightsSchema>;

export const ResultsSchema = z.object({
  /** Views or reach, as the creator or platform reported it. */
  views: amount,
  clicks: amount,
  signups: amount,
  /** Revenue attributed, in the compensation's currency. */
  revenue: amount,
  summary: z.string(),
});

export const CollaborationSchema = z.object({
  id: z.string().min(1),
  key: z.string(),
  /** ISO date of the collaboration (publication or contract). */
  date: day,
  briefId: z.string().nullable(),
  campaign: z.string(),
  compensation: CompensationSchema.nullable(),
  deliverables: z.array(DeliverableSchema),
  trackingLinks: z.array(z.string()),
  promoCodes: z.array(z.string()),
  usageRights: UsageRightsSchema.nullable(),
  results: ResultsSchema,
  quality: z.object({ rating: z.number().int().min(1).max(5).nullable(), note: z.string() }),
});
export type Collaboration = z.infer<typeof CollaborationSchema>;

/** A deliverable with nothing posted yet, planned unless `over` says otherwise. */
export function newDeliverable(
  id: string,
  platform: Deliverable['platform'],
  over: Partial<Deliverable> = {},
): Deliverable {
  return {
    id,
    platform,
    format: null,
    description: '',
    dueDate: null,
    status: 'planned',
    postUrl: null,
    postedAt: null,
    captures: [],
    disclosure: null,
    ...over,
  };
}

/** How releases before v3 stored a collaboration (a fee, deliverables as words, rights in months). */
export interface CollaborationV2 {
  id: string;
  key: string;
  date: string;
  briefId: string | null;
  campaign: string;
  deliverables: string[];
  fee: { amount: number; currency: string } | null;
  usageRights: { scope: string; months: number | null } | null;
  results: { views: number | null; clicks: number | null; conversions: number | null; summary: string };
}

/** Adds whole months to an ISO date, clamped to the month's last day (Jan 31 + 1 month = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/**
 * A v2 collaboration in today's shape, nothing dropped: the fee becomes the compensation, each
 * deliverable word a posted deliverable on the creator's platform (they were logged after the fact),
 * rights run from the collaboration's date for their months, conversions become signups.
 */
export function upgradeCollaboration(old: CollaborationV2 | Collaboration): Collaboration {
  if ('promoCodes' in old) return old;
  const platform = old.key.slice(0, old.key.indexOf(':')) as Deliverable['platform'];
  return {
    id: old.id,
    key: old.key,
    date: old.date,
    briefId: old.briefId,
    campaign: old.campaign,
    compensation: old.fee
      ? {
          currency: old.fee.currency,
          fee: old.fee.amount,
          productValue: null,
          revenueSharePct: null,
          affiliateCommissionPct: null,
        }
      : null,
    deliverables: old.deliverables.map((description, i) =>
      newDeliverable(`${old.id}-${i + 1}`, platform, { description, status: 'posted' }),
    ),
    trackingLinks: [],
    promoCodes: [],
    usageRights: old.usageRights
      ? {
          scope: old.usageRights.scope,
          organicRepost: false,
          paidAds: false,
          editsAllowed: false,
          territories: [],
          start: old.date.slice(0, 10),
          end: old.usageRights.months ? addMonths(old.date, old.usageRights.months) : null,
        }
      : null,
    results: {
      views: old.results.views,
      clicks: old.results.clicks,
      signups: old.results.conversions,
      revenue: null,
      summary: old.results.summary,
    },
    quality: { rating: null, note: '' },
  };
}

/** A collaboration as a file may hold it: v2-shaped ones (older backups) are upgraded, others left to the schema. */
export function collaborationInput(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || 'promoCodes' in raw || !('fee' in raw)) return raw;
  try {
    return upgradeCollaboration(raw as CollaborationV2);
  } catch {
    return raw;
  }
}

// Collaborations and their deliverables as CSV: one line per deliverable (a collaboration without
// deliverables has one line of its own), with the collaboration's figures repeated on each, so a
// spreadsheet can filter and pivot without joins.
import Papa from 'papaparse';
import type { Collaboration, Deliverable } from './collaboration';
import { collaborationFigures, latestCapture } from './collaboration-figures';
import { LIST_SEPARATOR } from './csv';

export const COLLABORATION_CSV_COLUMNS = [
  'collaboration_id',
  'key',
  'date',
  'campaign',
  'currency',
  'fee',
  'product_value',
  'revenue_share_pct',
  'affiliate_commission_pct',
  'promo_codes',
  'tracking_links',
  'rights_scope',
  'rights_organic_repost',
  'rights_paid_ads',
  'rights_edits_allowed',
  'rights_territories',
  'rights_start',
  'rights_end',
  'views',
  'clicks',
  'signups',
  'revenue',
  'spend',
  'cost_per_view',
  'cost_per_click',
  'cost_per_signup',
  'return_on_spend',
  'quality_rating',
  'quality_note',
  'deliverable',
  'deliverable_platform',
  'deliverable_format',
  'deliverable_status',
  'deliverable_due',
  'post_url',
  'posted_at',
  'post_views',
  'post_likes',
  'post_captures',
  'disclosure_verdict',
] as const;

const cell = (v: number | string | boolean | null | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v;

function line(c: Collaboration, d: Deliverable | null): (string | number)[] {
  const f = collaborationFigures(c);
  const comp = c.compensation;
  const r = c.usageRights;
  const last = d ? latestCapture(d) : null;
  return [
    c.id,
    c.key,
    c.date,
    c.campaign,
    comp?.currency,
    comp?.fee,
    comp?.productValue,
    comp?.revenueSharePct,
    comp?.affiliateCommissionPct,
    c.promoCodes.join(LIST_SEPARATOR),
    c.trackingLinks.join(LIST_SEPARATOR),
    r?.scope,
    r?.organicRepost,
    r?.paidAds,
    r?.editsAllowed,
    r?.territories.join(LIST_SEPARATOR),
    r?.start,
    r?.end,
    f.views,
    c.results.clicks,
    c.results.signups,
    c.results.revenue,
    f.spend,
    f.costPerView,
    f.costPerClick,
    f.costPerSignup,
    f.returnOnSpend,
    c.quality.rating,
    c.quality.note,
    d?.description,
    d?.platform,
    d?.format,
    d?.status,
    d?.dueDate,
    d?.postUrl,
    d?.postedAt,
    last?.views,
    last?.likes,
    d?.captures.length,
    d?.disclosure?.report.verdict,
  ].map(cell);
}

export function collaborationsCsv(collaborations: readonly Collaboration[]): string {
  const data = collaborations.flatMap((c) =>
    c.deliverables.length ? c.deliverables.map((d) => line(c, d)) : [line(c, null)],
  );
  return Papa.unparse(
    { fields: [...COLLABORATION_CSV_COLUMNS], data },
    { escapeFormulae: true, newline: '\r\n' },
  );
}

// The collaboration form's fields to a collaboration: kept apart from the UI so the reading of
// blanks (unknown, not zero), lists and rights is tested.
import { type Collaboration, type Deliverable, newDeliverable } from '../../shared/roster/collaboration';
import type { Platform } from '../../shared/schemas/enums';

/** A comma or line separated list. */
export const listOf = (text: string): string[] =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function collaborationFromForm(
  f: { get: (name: string) => unknown },
  key: string,
  newId: () => string,
): Omit<Collaboration, 'id'> {
  const text = (name: string) => String(f.get(name) ?? '').trim();
  const num = (name: string) => (text(name) === '' ? null : Number(text(name)));
  const platform = key.slice(0, key.indexOf(':')) as Platform;
  const compensation = [
    num('fee'),
    num('productValue'),
    num('revenueSharePct'),
    num('affiliateCommissionPct'),
  ];
  const deliverables: Deliverable[] = listOf(text('deliverables')).map((description) =>
    newDeliverable(newId(), platform, { description, dueDate: text('dueDate') || null }),
  );
  const rightsGiven =
    text('rights') !== '' ||
    ['organicRepost', 'paidAds', 'editsAllowed'].some((n) => f.get(n) !== null) ||
    text('rightsEnd') !== '';
  const rating = num('rating');
  return {
    key,
    date: text('date'),
    briefId: text('briefId') || null,
    campaign: text('campaign'),
    compensation: compensation.some((v) => v !== null)
      ? {
          currency: (text('currency') || 'USD').toUpperCase(),
          fee: compensation[0]!,
          productValue: compensation[1]!,
          revenueSharePct: compensation[2]!,
          affiliateCommissionPct: compensation[3]!,
        }
      : null,
    deliverables,
    trackingLinks: listOf(text('trackingLinks')),
    promoCodes: listOf(text('promoCodes')),
    usageRights: rightsGiven
      ? {
          scope: text('rights'),
          organicRepost: f.get('organicRepost') !== null,
          paidAds: f.get('paidAds') !== null,
          editsAllowed: f.get('editsAllowed') !== null,
          territories: listOf(text('territories')).map((t) => t.toUpperCase()),
          start: text('rightsStart') || text('date') || null,
          end: text('rightsEnd') || null,
        }
      : null,
    results: {
      views: num('views'),
      clicks: num('clicks'),
      signups: num('signups'),
      revenue: num('revenue'),
      summary: text('summary'),
    },
    quality: { rating, note: text('qualityNote') },
  };
}

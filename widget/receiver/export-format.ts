// GET /applications bodies: JSON Lines (one ReceivedApplication per line, for the extension's
// import) or CSV (one row per application, for a spreadsheet).
import Papa from 'papaparse';
import { FORMULA_START } from '../../shared/roster/csv';
import { ATTRIBUTION_KEYS } from '../../shared/schemas/application';
import type { ReceivedApplication } from '../../shared/schemas/received-application';

export type ExportFormat = 'jsonl' | 'csv';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** `?format=` wins over Accept; JSON Lines is the default. Null for a format we do not write. */
export function exportFormat(query: string | undefined, accept: string | undefined): ExportFormat | null {
  if (query) return query === 'csv' ? 'csv' : query === 'jsonl' || query === 'ndjson' ? 'jsonl' : null;
  return accept?.includes('text/csv') ? 'csv' : 'jsonl';
}

/**
 * U+2028 and U+2029 are valid inside JSON strings but end a line for JavaScript and for many line
 * readers, and U+0085 (NEL) ends one for others: escaped, one application is always one line.
 */
const LINE_BREAKS = /[\u0085\u2028\u2029]/g;

export function toJsonLines(items: ReceivedApplication[]): string {
  return items
    .map(
      (item) =>
        `${JSON.stringify(item).replace(LINE_BREAKS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`,
    )
    .join('');
}

const CSV_FIELDS = [
  'id',
  'cursor',
  'received_at',
  'name',
  'email',
  'country',
  'languages',
  'handles',
  'niches',
  'samples',
  'pitch',
  'rates',
  'score',
  'claimed_score',
  'confidence',
  'brief_id',
  'consent_version',
  'consent_at',
  'locale',
  ...ATTRIBUTION_KEYS,
] as const;

export function toCsv(items: ReceivedApplication[]): string {
  const rows = items.map((item) => {
    const a = item.application;
    const row: Record<(typeof CSV_FIELDS)[number], string | number | null> = {
      id: item.id,
      cursor: item.cursor,
      received_at: item.receivedAt,
      name: a.name,
      email: a.email,
      country: a.country,
      languages: a.languages.join(' '),
      handles: a.handles
        .map((h) => `${h.platform}:${h.handle.replace(/^@/, '')} (${h.followers ?? '?'} followers)`)
        .join('; '),
      niches: a.niches.join('; '),
      samples: a.samples.join(' '),
      pitch: a.pitch,
      rates: a.rates ? `${a.rates.amount} ${a.rates.currency}/${a.rates.per}` : '',
      score: item.score,
      claimed_score: item.claimedScore,
      confidence: item.fits[0]?.confidence ?? '',
      brief_id: item.briefId,
      consent_version: a.consent.version,
      consent_at: a.consent.at,
      locale: a.locale ?? '',
      utm_source: a.attribution.utm_source ?? '',
      utm_medium: a.attribution.utm_medium ?? '',
      utm_campaign: a.attribution.utm_campaign ?? '',
      utm_term: a.attribution.utm_term ?? '',
      utm_content: a.attribution.utm_content ?? '',
      referrer: a.attribution.referrer ?? '',
      landingUrl: a.attribution.landingUrl ?? '',
    };
    return row;
  });
  return `${Papa.unparse({ fields: [...CSV_FIELDS], data: rows.map((r) => CSV_FIELDS.map((f) => r[f])) }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}\r\n`;
}

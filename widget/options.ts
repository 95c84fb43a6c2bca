// What a brand configures, read the same way from element attributes, script-tag data-* attributes
// and the JS API. Anything malformed falls back to a safe default rather than breaking the host page.
import { PLATFORMS, type Platform } from '../shared/schemas/enums';

/** Fields a brand may make mandatory on top of the ones every application needs. */
export const OPTIONAL_FIELDS = ['languages', 'niches', 'samples', 'pitch', 'rates'] as const;
export type OptionalField = (typeof OPTIONAL_FIELDS)[number];

export interface WidgetOptions {
  /** Full URL of the receiver's applications endpoint. */
  endpoint: string;
  brand: string;
  /** A brief to score against: the object itself (JS API or inline JSON attribute). */
  brief?: unknown;
  /** Or where to fetch it from (only after the applicant starts filling in the form). */
  briefUrl?: string;
  platforms: Platform[];
  required: OptionalField[];
  consentText?: string;
  consentVersion: string;
  locale?: string;
  /** Show the applicant a friendly eligibility line after sending (never the weights). */
  feedback: boolean;
  /** Minimum milliseconds between the first interaction and sending (bots fill forms instantly). */
  minFillMs: number;
}

export const ATTRIBUTES = [
  'endpoint',
  'brand',
  'brief',
  'brief-url',
  'platforms',
  'required',
  'consent-text',
  'consent-version',
  'locale',
  'feedback',
  'min-fill-ms',
] as const;

function list(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

function json(value: string | null): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Options from attributes; `read('brief-url')` is `el.getAttribute` or a dataset lookup. */
export function optionsFrom(read: (name: (typeof ATTRIBUTES)[number]) => string | null): WidgetOptions {
  const platforms = list(read('platforms')).filter((p): p is Platform =>
    (PLATFORMS as readonly string[]).includes(p),
  );
  const minFill = Number(read('min-fill-ms'));
  return {
    endpoint: read('endpoint') ?? '',
    brand: read('brand') ?? '',
    brief: json(read('brief')),
    briefUrl: read('brief-url') ?? undefined,
    platforms: platforms.length ? platforms : [...PLATFORMS],
    required: list(read('required')).filter((f): f is OptionalField =>
      (OPTIONAL_FIELDS as readonly string[]).includes(f),
    ),
    consentText: read('consent-text') ?? undefined,
    consentVersion: read('consent-version') ?? '1',
    locale: read('locale') ?? undefined,
    feedback: read('feedback') !== null && read('feedback') !== 'false',
    minFillMs: Number.isFinite(minFill) && read('min-fill-ms') !== null ? minFill : 3000,
  };
}

// Picks the applicant's locale and formats text and numbers for it. Numbers go through Intl so
// "12 345", "12.345" and "١٢٬٣٤٥" all read naturally; country names come from Intl.DisplayNames
// (countries.ts) instead of a shipped table.
import { type Locale, MESSAGES, type MessageKey } from './locales';

export interface Texts {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  t: (key: MessageKey, vars?: Record<string, string | number>) => string;
  number: (n: number) => string;
}

/** "pt-BR" stays pt-BR, "pt" and "pt-PT" fall back to it, "es-MX" to es, unknown to en. */
export function pickLocale(requested: string | null | undefined): Locale {
  const tag = (requested ?? '').trim();
  if (tag in MESSAGES) return tag as Locale;
  const base = tag.split('-')[0]?.toLowerCase() ?? '';
  if (base === 'pt') return 'pt-BR';
  return base in MESSAGES ? (base as Locale) : 'en';
}

export function texts(requested: string | null | undefined): Texts {
  const locale = pickLocale(requested);
  const table = MESSAGES[locale];
  // Made on first use: the first Intl object on a page loads ICU data, a long task on slow phones.
  let numbers: Intl.NumberFormat | null = null;
  return {
    locale,
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    t: (key, vars) => table[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? '')),
    number: (n) => (numbers ??= new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(n),
  };
}

const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/**
 * A whole number as the applicant typed it in any locale ("12,345", "12.345", "12 345", "١٢٣"),
 * null when empty, NaN when it is not a whole number (so validation can say so).
 */
export function parseWholeNumber(raw: string): number | null {
  const s = raw
    .replace(ARABIC_INDIC, (d) => String((d.charCodeAt(0) - 0x660) % 0x90))
    .replace(/[\s\u00a0\u202f.,'\u066b\u066c]/g, '');
  if (s === '') return null;
  return /^\d{1,11}$/.test(s) ? Number(s) : Number.NaN;
}

import { describe, expect, it } from 'vitest';
import { countries } from '../../widget/countries';
import { parseWholeNumber, pickLocale, texts } from '../../widget/i18n';
import { MESSAGES } from '../../widget/locales';

describe('locales', () => {
  it('every locale has every message, with the same placeholders as English', () => {
    const en = MESSAGES.en;
    for (const [locale, table] of Object.entries(MESSAGES)) {
      expect(Object.keys(table).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(table)) {
        const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(vars(text), `${locale}.${key}`).toEqual(vars(en[key as keyof typeof en]));
      }
    }
  });

  it.each([
    ['es-MX', 'es'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['ar-EG', 'ar'],
    ['de', 'de'],
    ['ja', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s -> %s', (requested, expected) => {
    expect(pickLocale(requested)).toBe(expected);
  });

  it('Arabic lays out right to left, the others left to right', () => {
    expect(texts('ar').dir).toBe('rtl');
    expect(texts('fr').dir).toBe('ltr');
  });

  it('fills placeholders and formats numbers with Intl', () => {
    expect(texts('en').t('title', { brand: 'Acme' })).toBe('Apply to the Acme ambassador program');
    expect(texts('de').number(12345)).toBe('12.345');
    expect(texts('en').number(12345)).toBe('12,345');
  });
});

describe('parseWholeNumber', () => {
  it.each([
    ['12,345', 12345],
    ['12.345', 12345],
    ['12 345', 12345],
    ['12\u202f345', 12345],
    ['١٢٬٣٤٥', 12345],
    ['۱۲۳', 123],
    ['', null],
    ['  ', null],
    ['12k', Number.NaN],
    ['-5', Number.NaN],
  ])('%j -> %s', (raw, expected) => {
    expect(parseWholeNumber(raw)).toBe(expected);
  });
});

describe('countries', () => {
  it('lists real countries by name in the locale, without groupings or retired codes', () => {
    const en = countries('en');
    const codes = en.map((c) => c.code);
    expect(codes).toContain('BR');
    expect(codes).toContain('DE');
    for (const gone of ['EU', 'UN', 'ZZ', 'SU', 'YU', 'UK']) expect(codes).not.toContain(gone);
    expect(en.length).toBeGreaterThan(240);
    expect(countries('de').find((c) => c.code === 'DE')?.name).toBe('Deutschland');
  });
});

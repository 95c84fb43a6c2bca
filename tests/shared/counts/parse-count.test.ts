import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countFromText, exactCount, parseCount } from '../../../shared/counts/parse-count';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

// [text, locale hint, expected value, exact]; null expected = unreadable.
const TABLE: [string, string | undefined, number | null, boolean?][] = [
  ['783.4K', undefined, 783_400, false],
  ['1,234', undefined, 1234, true],
  [`4,69${NBSP}M de suscriptores`, undefined, 4_690_000, false],
  ['5.04m subscribers', undefined, 5_040_000, false],
  ['12,3 k', undefined, 12_300, false],
  ['1.2 Mio.', undefined, 1_200_000, false],
  ['1,2 mln', undefined, 1_200_000, false],
  ['1.2万', undefined, 12_000, false],
  ['3.5億', undefined, 350_000_000, false],
  ['12 lakh', undefined, 1_200_000, false],
  ['1 K', undefined, 1000, false],
  [`6,8${NBSP}K vídeos`, undefined, 6800, false],
  ['1.234.567', undefined, 1_234_567, true],
  [`1${NBSP}234${NBSP}567`, undefined, 1_234_567, true],
  [`1${NNBSP}234${NNBSP}567`, undefined, 1_234_567, true],
  ['1 234 567 views', undefined, 1_234_567, true],
  ['123 suscriptores', undefined, 123, true],
  ['1.077.715 visualizaciones', undefined, 1_077_715, true],
  ['41,613,595 views', undefined, 41_613_595, true],
  ['337 videos', undefined, 337, true],
  ['25m subscribers', undefined, 25_000_000, false],
  ['1.38M subscribers', undefined, 1_380_000, false],
  ['12,34,567', 'en-IN', 1_234_567, true],
  ['1.2L', 'en-IN', 120_000, false],
  ['1.2Cr', 'en-IN', 12_000_000, false],
  ["1'234'567", 'de-CH', 1_234_567, true],
  ['1,2 mil', 'es', 1200, false],
  ['1,2 mil M', 'es', 1_200_000_000, false],
  ['3 millones de visualizaciones', 'es', 3_000_000, false],
  ['1,2 mi', 'pt-BR', 1_200_000, false],
  ['1,2 тыс.', 'ru', 1200, false],
  ['1,2 tys.', 'pl', 1200, false],
  ['1.2천', 'ko', 1200, false],
  ['12억', 'ko', 1_200_000_000, false],
  ['1,2 B', 'tr', 1200, false],
  ['1,2 B', undefined, 1_200_000_000, false],
  ['1,2 mil.', 'cs', 1_200_000, false],
  ['١٢٣', 'ar', 123, true],
  // Words whose magnitude depends on the language: the page's locale decides, learnt from Intl.
  ['86,3 B abone', 'tr-TR', 86_300, false],
  ['86,3 B abone', undefined, 86_300_000_000, false],
  ['1,2 t abonnenter', 'da', 1200, false],
  ['12,3 t. tilaajaa', 'fi', 12_300, false],
  ['12,3 N người đăng ký', 'vi', 12_300, false],
  ['1,2 Tr người đăng ký', 'vi', 1_200_000, false],
  ['12 tūkst. prenumeratorių', 'lt', 12_000, false],
  ['12 хил. абонати', 'bg', 12_000, false],
  ['1,2 M', 'id', 1_200_000_000, false],
  ['1,2 jt subscriber', 'id', 1_200_000, false],
  // "mil." (with its dot) is a million wherever it is written (cs, sk, hr, ro, sr); "mil" a thousand (es, pt).
  ['1,2 mil. odběratelů', undefined, 1_200_000, false],
  ['1,2 mil. pretplatnika', 'hr', 1_200_000, false],
  ['1,2 mil suscriptores', undefined, 1200, false],
  // ICU prints Nepali "करोड" for two magnitudes: refused, never read as a bare 12.
  ['12 करोड', 'ne', null],
  ['5 min read', undefined, 5, true],
  // Ambiguous separators: the hint decides, and a fraction with no unit is not a count.
  ['1,234', 'es', null],
  ['1.234', 'en', null],
  ['1.234', 'de', 1234, true],
  ['1,5', undefined, null],
  ['1,2,3', undefined, null],
  ['12,34', undefined, null],
  ['', undefined, null],
  ['no followers yet', undefined, null],
  ['—', undefined, null],
];

describe('parseCount table', () => {
  it.each(TABLE)('%j (%s)', (text, locale, value, exact) => {
    const got = parseCount(text, { locale });
    if (value === null) expect(got).toBeNull();
    else expect(got).toEqual({ value, exact });
  });

  it('keeps the display text in a Count and builds exact counts from JSON numbers', () => {
    expect(countFromText(` 783.4K `)).toEqual({ value: 783_400, display: '783.4K', exact: false });
    expect(exactCount('783427')).toEqual({ value: 783_427, display: null, exact: true });
    expect(exactCount(-1)).toBeNull();
    expect(exactCount('12a')).toBeNull();
  });
});

const LOCALES = [
  'en',
  'en-IN',
  'es',
  'es-MX',
  'de',
  'de-CH',
  'fr',
  'it',
  'pt-BR',
  'pt-PT',
  'nl',
  'pl',
  'ru',
  'uk',
  'ja',
  'zh',
  'zh-TW',
  'ko',
  'tr',
  'sv',
  'id',
  'cs',
  'da',
  'nb',
  'fi',
  'hi',
  'ar',
];

/** A whole number as Intl writes it, grouped, in one of LOCALES. */
const groupedInteger = fc
  .record({ locale: fc.constantFrom(...LOCALES), n: fc.integer({ min: 0, max: 9_999_999_999 }) })
  .map(({ locale, n }) => ({ locale, n, text: new Intl.NumberFormat(locale).format(n) }));

describe('parseCount round trips through Intl', () => {
  it('a grouped integer in any locale parses back exactly', () => {
    fc.assert(
      fc.property(groupedInteger, ({ locale, n, text }) => {
        expect(parseCount(text, { locale })).toEqual({ value: n, exact: true });
      }),
      { numRuns: 2000 },
    );
  });

  it('a grouped integer without a hint is exact or refused, never a wrong exact number', () => {
    fc.assert(
      fc.property(groupedInteger, ({ n, text }) => {
        const got = parseCount(text);
        // Refusing is right only where the text could be a decimal: one separator before three digits
        // ("1.234" is 1234 in de and 1.234 in en). Every other grouped integer must be read exactly.
        const couldBeDecimal = /^\d{1,3}[.,٫]\d{3}$/.test(text.replace(/[\u066c\u00a0\u202f\u2019' ]/g, ''));
        if (got || !couldBeDecimal) expect(got, text).toEqual({ value: n, exact: true });
      }),
      { numRuns: 2000 },
    );
  });

  it('compact notation parses within its display precision and is never exact when rounded', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom<'short' | 'long'>('short', 'long'),
        // Up to 99 billion: beyond any creator count, and trillion words are out of scope.
        fc.integer({ min: 0, max: 99_999_999_999 }),
        (locale, compactDisplay, n) => {
          const text = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay }).format(n);
          const got = parseCount(text, { locale });
          expect(got, text).not.toBeNull();
          if (!got) return;
          if (got.exact) expect(got.value, text).toBe(n);
          // Compact notation keeps at least two significant digits: off by at most 5%.
          else expect(Math.abs(got.value - n), text).toBeLessThanOrEqual(n * 0.05 + 0.5);
        },
      ),
      { numRuns: 5000 },
    );
  });

  // YouTube's interface languages (its language picker): a page that says its language has every
  // compact figure read within its precision or refused. Swahili and Sinhala print the word before
  // the figure ("elfu 12"), which the parser does not read yet, so they are left out.
  const INTERFACE_LANGUAGES =
    'af az id ms bs ca cs da de et en-IN en-GB en es es-419 es-US eu fil fr fr-CA gl hr zu is it lv lt hu nl nb uz pl pt-PT pt ro sq sk sl sr-Latn fi sv vi tr be bg ky kk mk mn ru sr uk el hy iw ur ar fa ne mr hi as bn pa gu or ta te kn ml th lo my ka am km zh-CN zh-TW zh-HK ja ko'.split(
      ' ',
    );
  it("compact notation in any of YouTube's interface languages, with the page's locale, is never misread", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INTERFACE_LANGUAGES),
        fc.constantFrom<'short' | 'long'>('short', 'long'),
        fc.integer({ min: 1000, max: 9_999_999_999 }),
        (locale, compactDisplay, n) => {
          const text = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay }).format(n);
          const got = parseCount(text, { locale });
          if (got && !got.exact) expect(Math.abs(got.value - n), text).toBeLessThanOrEqual(n * 0.05 + 0.5);
          if (got?.exact) expect(got.value, text).toBe(n);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('any string either parses to a non-negative safe integer or returns null, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(fc.constantFrom(...LOCALES)), (s, locale) => {
        const got = parseCount(s, { locale: locale ?? undefined });
        if (got) expect(Number.isSafeInteger(got.value) && got.value >= 0).toBe(true);
      }),
    );
  });
});

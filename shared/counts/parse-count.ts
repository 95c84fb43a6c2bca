// Parses the counts platforms print ("783.4K", "4,69 M de suscriptores", "1.2万", "12 lakh",
// "1 234 567") into a value and whether it is exact. Two promises: never invent precision (an
// abbreviated figure is never exact) and never return a wrong exact number (an ambiguous token
// is read with the locale hint, else as a 3-digit-grouped integer, else rejected).
import type { Count } from '../schemas/profile';

export interface ParsedCount {
  value: number;
  /** False when the platform rounded the figure ("1.2K"): value is then an estimate. */
  exact: boolean;
}

export interface ParseCountOptions {
  /** BCP 47 locale the text was written in ("es", "de-CH", "tr"); decides "1,234" vs "1.234". */
  locale?: string;
}

// Multipliers as printed across locales (checked against Node's ICU compact output, short and
// long, and what the platforms render). Matched case-insensitively, longest first. Abbreviations
// of up to 3 letters must end the word ("5 min" is not 5 million); longer words match as stems
// ("million" covers "millions", "Millionen").
const DEFAULT_UNITS: Record<string, number> = {
  // thousand
  k: 1e3,
  mil: 1e3, // es, pt
  tys: 1e3,
  тыс: 1e3,
  'тис.': 1e3,
  'tis.': 1e3,
  tn: 1e3,
  tsd: 1e3,
  rb: 1e3,
  bin: 1e3, // tr
  thousand: 1e3,
  tausend: 1e3,
  mille: 1e3,
  millier: 1e3,
  mila: 1e3,
  duizend: 1e3,
  tysi: 1e3, // tysiąc, tysięcy
  тысяч: 1e3,
  тисяч: 1e3,
  tusen: 1e3,
  tusind: 1e3,
  tuhat: 1e3,
  tisíc: 1e3,
  ribu: 1e3,
  हज़ार: 1e3,
  ألف: 1e3,
  천: 1e3,
  // lakh, crore (Indian numbering)
  l: 1e5,
  lac: 1e5,
  lakh: 1e5,
  लाख: 1e5,
  cr: 1e7,
  crore: 1e7,
  'क॰': 1e7,
  करोड़: 1e7,
  // million
  m: 1e6,
  mi: 1e6, // pt-BR
  'mil.': 1e6, // cs, sk, hr, ro, sr (es and pt write "mil" for thousands, without the dot)
  mn: 1e6,
  mio: 1e6,
  mln: 1e6,
  jt: 1e6,
  млн: 1e6,
  mill: 1e6, // million, millón, Millionen, mill.
  milion: 1e6,
  milh: 1e6, // milhão, milhões
  milj: 1e6, // miljoen, miljon, miljoona, milj.
  milyon: 1e6,
  миллион: 1e6,
  мільйон: 1e6,
  juta: 1e6,
  مليون: 1e6,
  ملايين: 1e6,
  ล้าน: 1e6,
  triệu: 1e6,
  // billion (short scale)
  b: 1e9,
  bn: 1e9,
  mrd: 1e9,
  mld: 1e9,
  md: 1e9,
  mm: 1e9, // pt-PT "mM"
  'mia.': 1e9,
  bi: 1e9,
  млрд: 1e9,
  'अ॰': 1e9,
  billion: 1e9,
  milliard: 1e9,
  miliard: 1e9,
  miljard: 1e9,
  'mil m': 1e9, // mil millones, mil milhões
  bilh: 1e9, // bilhão, bilhões
  миллиард: 1e9,
  мільярд: 1e9,
  milyar: 1e9,
  miliar: 1e9,
  مليار: 1e9,
  अरब: 1e9,
  खरब: 1e11,
  'ख॰': 1e11,
  kcr: 1e10, // en-IN "1KCr"
  lcr: 1e12,
  // trillion (long-scale "billion" words included)
  t: 1e12,
  trillion: 1e12,
  trilh: 1e12, // trilhão, trilhões
  триллион: 1e12,
  трильйон: 1e12,
  trilyon: 1e12,
  triliun: 1e12,
  ترليون: 1e12,
  billón: 1e12,
  billones: 1e12,
  billionen: 1e12,
  bili: 1e12, // bilião, biliões, bilion
  bilj: 1e12, // biljoen, biljon, biljoona
  billioner: 1e12,
  'lakh crore': 1e12,
  'mila miliardi': 1e12,
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  亿: 1e8,
  億: 1e8,
  억: 1e8,
  兆: 1e12,
  万亿: 1e12,
  조: 1e12,
};

// Units that need no word boundary after them: CJK characters and abbreviations ending in a dot.
const NO_BOUNDARY = /^[万萬만亿億억兆천조]|\.$/u;

/**
 * The compact words ICU prints in `locale` ("12 B" is 12 thousand in Turkish, "12 t" in Danish,
 * "12 N" in Vietnamese, "12 tūkst." in Lithuanian), learnt from Intl, so a page that says its
 * language reads right in every language the browser knows.
 */
function intlUnits(locale: string): Record<string, number> {
  const units: Record<string, number> = {};
  try {
    for (const compactDisplay of ['short', 'long'] as const) {
      const format = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay });
      // Mantissas for every plural form (Filipino "9 na bilyon", Lithuanian "1,5 tūkstančio").
      for (const mantissa of [1, 1.5, 2, 3, 5, 6, 9])
        for (let n = mantissa * 1e3; n < 1e13; n *= 10) {
          let shown = '';
          let key = '';
          for (const { type, value } of format.formatToParts(n)) {
            if (type === 'integer' || type === 'fraction') [shown, key] = [shown + value, ''];
            else if (type === 'decimal') shown += '.';
            else key += value;
          }
          key = normalizeSpaces(key).trim().toLowerCase();
          const factor = Math.round(n / Number(asciiDigits(shown)));
          // A word ICU prints for two magnitudes (Nepali "करोड", short and long) is unreadable: NaN
          // makes parseCount refuse the figure rather than read it as a bare "12".
          if (key && factor) units[key] = key in units && units[key] !== factor ? Number.NaN : factor;
        }
    }
  } catch {
    // An unknown locale tag: the tables alone decide.
  }
  return units;
}

function unitsFor(locale: string | undefined): [string, number][] {
  const table = {
    ...DEFAULT_UNITS,
    ...(locale ? intlUnits(locale) : undefined),
  };
  return Object.entries(table).sort((a, b) => b[0].length - a[0].length);
}
const unitCache = new Map<string, [string, number][]>();

interface Separators {
  group: string;
  decimal: string;
}
const separatorCache = new Map<string, Separators | null>();

/** The locale's group and decimal characters, spaces unified to " ". */
function separatorsOf(locale: string): Separators | null {
  if (separatorCache.has(locale)) return separatorCache.get(locale) ?? null;
  let seps: Separators | null = null;
  try {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? '';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    seps = { group: normalizeSpaces(group).replace('’', "'"), decimal: normalizeSpaces(decimal) };
  } catch {
    seps = null;
  }
  separatorCache.set(locale, seps);
  return seps;
}

function normalizeSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2007\u2009\u200a\u3000 ]/g, ' ');
}

// Digits of other scripts, mapped to ASCII (Arabic-Indic, Persian, Devanagari).
function asciiDigits(s: string): string {
  return s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',');
}

// A number: digits, optionally grouped or with a decimal part. Space groups need 3 digits after
// them so "12 lakh" and "1 K" keep their unit.
const NUMBER_RE = /\d+(?:(?:[.,'’]|\s(?=\d{3}(?!\d)))\d+)*/u;

/**
 * Parses a printed count. Returns null when the text holds no count it can read without guessing
 * (no digits, a fraction without a unit, groups of the wrong size).
 */
export function parseCount(text: string, options: ParseCountOptions = {}): ParsedCount | null {
  if (typeof text !== 'string' || text.length > 200) return null;
  const s = asciiDigits(normalizeSpaces(text.normalize('NFKC')));
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const token = m[0].replace(/’/g, "'");
  const multiplier = unitAfter(s.slice(m.index + m[0].length), options.locale?.toLowerCase());
  const number = readToken(token, multiplier !== 1, options.locale);
  if (!number) return null;
  const { int, frac } = number;
  if (multiplier === 1) {
    // A count is an integer: a bare fraction is not something we can read safely.
    if (frac) return null;
    const value = Number(int);
    return Number.isSafeInteger(value) ? { value, exact: true } : null;
  }
  const value = Math.round(Number(`${int}.${frac || '0'}`) * multiplier);
  return Number.isSafeInteger(value) ? { value, exact: false } : null;
}

function unitAfter(rest: string, locale: string | undefined): number {
  const tail = rest.replace(/^ +/, '');
  if (!tail) return 1;
  const key = locale ?? '';
  let units = unitCache.get(key);
  if (!units) {
    units = unitsFor(locale);
    unitCache.set(key, units);
  }
  const lower = tail.toLowerCase();
  for (const [word, factor] of units) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charAt(word.length);
    if (NO_BOUNDARY.test(word) || word.length > 3 || !next || !/[\p{L}\p{N}]/u.test(next)) {
      return factor;
    }
  }
  return 1;
}

function readToken(
  token: string,
  hasUnit: boolean,
  locale: string | undefined,
): { int: string; frac: string } | null {
  const seps = [...token.matchAll(/[.,' ]/g)].map((x) => ({ ch: x[0], at: x.index }));
  if (seps.length === 0) return { int: token, frac: '' };
  const last = seps.at(-1)!;
  const hint = locale ? separatorsOf(locale) : null;
  let decimalAt = -1;
  const kinds = new Set(seps.map((x) => x.ch));
  if (last.ch === ' ' || last.ch === "'") decimalAt = -1;
  else if (kinds.has('.') && kinds.has(',')) decimalAt = last.at;
  else if (seps.filter((x) => x.ch === last.ch).length > 1) decimalAt = -1;
  else {
    const fracLen = token.length - last.at - 1;
    if (hint && hint.decimal === last.ch) decimalAt = last.at;
    else if (hint && hint.group === last.ch) decimalAt = fracLen === 3 ? -1 : last.at;
    else decimalAt = hasUnit || fracLen !== 3 ? last.at : -1;
  }
  const intPart = decimalAt < 0 ? token : token.slice(0, decimalAt);
  const frac = decimalAt < 0 ? '' : token.slice(decimalAt + 1);
  if (!/^\d*$/.test(frac)) return null;
  const groups = intPart.split(/[.,' ]/);
  if (groups.length > 1 && !validGrouping(groups)) return null;
  return { int: groups.join(''), frac };
}

// 3-digit groups ("1,234,567"), or Indian grouping ("12,34,567": 2-digit groups, then 3).
function validGrouping(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3 || rest.at(-1)?.length !== 3) return false;
  const middle = rest.slice(0, -1);
  return middle.every((g) => g.length === 3) || middle.every((g) => g.length === 2);
}

/** A schema Count from printed text, keeping the text as shown; null when unreadable. */
export function countFromText(display: string, options?: ParseCountOptions): Count | null {
  const parsed = parseCount(display, options);
  return parsed ? { value: parsed.value, display: display.trim(), exact: parsed.exact } : null;
}

/** A schema Count from a number the platform stores exactly (JSON counters). */
export function exactCount(value: number | string, display: string | null = null): Count | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return Number.isSafeInteger(n) && n >= 0 ? { value: n, display, exact: true } : null;
}

// Dates as pages print them when no machine-readable time exists ("24 Aug 2019", "May 29, 2021").
// Only a calendar date is returned: these strings carry no time zone, so no time is invented.
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // es, de, fr, pt, it abbreviations that differ from English
  ene: 1,
  enero: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  mär: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  janv: 1,
  févr: 2,
  mars: 3,
  avr: 4,
  juil: 7,
  août: 8,
  déc: 12,
  fev: 2,
  set: 9,
  out: 10,
  gen: 1,
  mag: 5,
  giu: 6,
  lug: 7,
  ott: 10,
};

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

/** "YYYY-MM-DD" from "24 Aug 2019", "May 29, 2021", "14 abr 2017", "2019-08-24"; null otherwise. */
export function dateFromText(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.normalize('NFKC');
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})\.? (?:de )?([\p{L}]{3,}\.?),? (?:de )?(\d{4})/u.exec(t);
  if (m && month(m[2]!)) return iso(+m[3]!, month(m[2]!)!, +m[1]!);
  m = /([\p{L}]{3,}\.?) (\d{1,2}),? (\d{4})/u.exec(t);
  if (m && month(m[1]!)) return iso(+m[3]!, month(m[1]!)!, +m[2]!);
  return null;
}

// ---- relative dates ("3 weeks ago", "hace 2 días", "il y a 3 jours", "vor 1 Jahr") ------------
// Cards on channel grids print only how long ago something was posted. The age is turned into a
// calendar date counted back from when the page was captured; callers mark it `approximate` ("1 year
// ago" covers anything from 12 to 23 months).

const DAY = 86_400_000;
// Word stems per unit, in the languages the count parser reads (en, es, pt, fr, de, it), matched
// at the start of the word so plurals and cases ("Tagen", "semaines", "mesi") need no entry.
const UNIT_STEMS: readonly [RegExp, number][] = [
  [/^(?:sec|seg|sek|s$)/, 1000],
  [/^min/, 60_000],
  [/^(?:hour|hr|h$|hora|heure|stunde|ora|ore$)/, 3_600_000],
  [/^(?:day|d$|día|dia|jour|tag|giorn)/, DAY],
  [/^(?:week|w$|semana|semaine|woche|settiman)/, 7 * DAY],
  [/^(?:month|mes|mois|monat|mês)/, 30 * DAY],
  [/^(?:year|y$|año|ano|an$|ans$|année|jahr|ann)/, 365 * DAY],
];
const YESTERDAY = /^(?:yesterday|ayer|ontem|hier|gestern|ieri)$/;
const TODAY = /^(?:today|hoy|hoje|aujourd'hui|heute|oggi|just now)$/;
// "ago" and its counterparts, before or after the figure; only text that has one is read as an age.
const AGO = /(?:^|\s)(?:hace|há|il y a|vor)\s|\s(?:ago|fa)(?:$|\s)/;

function minusDays(capturedAt: string, ms: number): string | null {
  const base = Date.parse(capturedAt);
  if (!Number.isFinite(base)) return null;
  return new Date(base - ms).toISOString().slice(0, 10);
}

/**
 * "YYYY-MM-DD" for an age printed relative to `capturedAt` ("10 days ago", "Streamed 2 weeks ago",
 * "hace 2 días", "há 3 meses", "il y a 1 an", "vor 3 Wochen", "2 giorni fa", "yesterday");
 * null for anything else, including future times ("in 3 days") and bare figures.
 */
export function relativeDate(text: string | null | undefined, capturedAt: string): string | null {
  if (!text || text.length > 80) return null;
  const t = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (YESTERDAY.test(t)) return minusDays(capturedAt, DAY);
  if (TODAY.test(t)) return minusDays(capturedAt, 0);
  if (!AGO.test(t)) return null;
  const m = /(\d+)\s?([\p{L}]+)/u.exec(t);
  if (!m) return null;
  const amount = Number(m[1]);
  const word = m[2]!;
  const unit = UNIT_STEMS.find(([stem]) => stem.test(word));
  if (!unit || !Number.isSafeInteger(amount) || amount > 1000) return null;
  return minusDays(capturedAt, amount * unit[1]);
}

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

// Milliseconds since the epoch for a post date. The common shapes adapters write
// ("2025-11-20T09:00:00Z", with milliseconds, or a bare date) are read by hand, since Date.parse
// was a tenth of a fit score's time; anything else still goes to Date.parse.
const SHAPE = /^\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:\.\d{1,3})?Z)?$/;

const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** NaN when the text is not a date. */
export function isoTime(text: string): number {
  if (!SHAPE.test(text)) return Date.parse(text);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  if (text.length === 10) return Date.UTC(digits(text, 0, 4), month - 1, day);
  const hours = digits(text, 11, 13);
  const minutes = digits(text, 14, 16);
  const seconds = digits(text, 17, 19);
  if (hours > 23 || minutes > 59 || seconds > 59) return Number.NaN;
  const ms =
    text.length > 20 ? Math.round(digits(text, 20, text.length - 1) * 10 ** (3 - (text.length - 21))) : 0;
  return Date.UTC(digits(text, 0, 4), month - 1, day, hours, minutes, seconds, ms);
}

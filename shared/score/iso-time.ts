// Milliseconds since the epoch for a post date. The common shapes adapters write
// ("2025-11-20T09:00:00Z", with milliseconds, or a bare date) are read by hand, since Date.parse
// was a tenth of a fit score's time; anything else still goes to Date.parse.

const isDigit = (c: number) => c >= 48 && c <= 57;

/** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SSZ" or with 1-3 fraction digits before the Z. */
function plainShape(s: string): boolean {
  const n = s.length;
  if (n !== 10 && n !== 20 && (n < 22 || n > 24)) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return false;
    } else if (i === 10) {
      if (c !== 84) return false;
    } else if (i === 13 || i === 16) {
      if (c !== 58) return false;
    } else if (i === 19 && n > 20) {
      if (c !== 46) return false;
    } else if (i === n - 1 && n > 10) {
      if (c !== 90) return false;
    } else if (!isDigit(c)) return false;
  }
  return true;
}

const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** NaN when the text is not a date. */
export function isoTime(text: string): number {
  if (!plainShape(text)) return Date.parse(text);
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

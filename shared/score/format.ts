// Numbers as reason lines show them. Hand-rolled rather than Intl: the same text in every locale
// and runtime (determinism), and cheap enough to build on every score.

/** 0.0234 -> "2.34%", 0.156 -> "15.6%", 1.5 -> "150%". */
export function pct(fraction: number): string {
  const p = fraction * 100;
  // Rounding by hand: toFixed was a visible share of a fit score's time.
  const scale = p >= 100 ? 1 : p >= 10 ? 10 : 100;
  return `${decimal(Math.round(p * scale), scale)}%`;
}

/** 1234567 -> "1,234,567". */
export function count(n: number): string {
  const s = String(Math.round(n));
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 12345 -> "12.3K", 4690000 -> "4.69M". */
export function compact(n: number): string {
  if (n >= 1e9) return `${fixed(n / 1e9, 2)}B`;
  if (n >= 1e6) return `${fixed(n / 1e6, 2)}M`;
  if (n >= 1e3) return `${fixed(n / 1e3, 1)}K`;
  return count(n);
}

/** Rounded to at most `digits` decimals, without trailing zeros: fixed(3.04, 1) -> "3". */
export function fixed(x: number, digits: number): string {
  const scale = 10 ** digits;
  return decimal(Math.round(x * scale), scale);
}

/**
 * String(n / scale) for a whole n and scale 1, 10 or 100, written from integers: printing a
 * fraction (shortest round-trip digits) cost several times more. Only where the two agree for
 * certain: 0 <= n < 1e15 (at most 15 significant digits round-trip exactly); else String().
 */
function decimal(n: number, scale: number): string {
  if (!(n >= 0 && n < 1e15) || (scale !== 1 && scale !== 10 && scale !== 100)) return String(n / scale);
  if (scale === 1) return String(n);
  const whole = Math.floor(n / scale);
  const frac = n - whole * scale;
  if (frac === 0) return String(whole);
  if (scale === 10) return `${whole}.${frac}`;
  if (frac < 10) return `${whole}.0${frac}`;
  return frac % 10 === 0 ? `${whole}.${frac / 10}` : `${whole}.${frac}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export const clamp100 = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : Math.round(x));

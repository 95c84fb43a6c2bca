// Numbers as reason lines show them. Hand-rolled rather than Intl: the same text in every locale
// and runtime (determinism), and cheap enough to build on every score.

/** 0.0234 -> "2.34%", 0.156 -> "15.6%", 1.5 -> "150%". */
export function pct(fraction: number): string {
  const p = fraction * 100;
  const digits = p >= 100 ? 0 : p >= 10 ? 1 : 2;
  return `${trimZeros(p.toFixed(digits))}%`;
}

/** 1234567 -> "1,234,567". */
export function count(n: number): string {
  const s = String(Math.round(n));
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 12345 -> "12.3K", 4690000 -> "4.69M". */
export function compact(n: number): string {
  if (n >= 1e9) return `${trimZeros((n / 1e9).toFixed(2))}B`;
  if (n >= 1e6) return `${trimZeros((n / 1e6).toFixed(2))}M`;
  if (n >= 1e3) return `${trimZeros((n / 1e3).toFixed(1))}K`;
  return count(n);
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

export const clamp100 = (x: number) => (x < 0 ? 0 : x > 100 ? 100 : Math.round(x));

// How the roster prints money and ratios: a dash for unknown, never a zero.
export const money = (v: number | null, currency: string | null, digits = 2) =>
  v === null ? '–' : `${v.toLocaleString('en', { maximumFractionDigits: digits })} ${currency ?? ''}`.trim();
export const ratio = (v: number | null) => (v === null ? '–' : `${v.toFixed(2)}×`);

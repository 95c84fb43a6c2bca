// Commercial signals in a marketer's words, for reasons, the audit's JSON lines and the card. No imports
// beyond types: the card's content script uses it without bundling the checker.
import type { Signal } from '../schemas/disclosure';

export const KIND_WORDS: Record<Signal['kind'], string> = {
  affiliate_link: 'affiliate link',
  shortener: 'shortened link',
  discount_code: 'discount code',
  gifted: 'gift/PR wording',
  brand_mention: 'brand mention',
  link_in_bio: 'shopping call to action',
  paid_label: 'paid-partnership label',
  sponsor_wording: 'sponsor wording',
  affiliate_wording: 'affiliate wording',
};

/** A signal as a marketer reads it: `affiliate link "https://amzn.to/x" (Amazon Associates)`. */
export function describeSignal(s: Signal): string {
  if (s.kind === 'paid_label') return `the platform's ${KIND_WORDS.paid_label}`;
  const detail = s.kind === 'affiliate_link' || s.kind === 'shortener' || s.kind === 'discount_code';
  return `${KIND_WORDS[s.kind]} "${s.text}"${detail && s.detail ? ` (${s.detail})` : ''}`;
}

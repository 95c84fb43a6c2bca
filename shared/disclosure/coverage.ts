// Coverage: which disclosures speak for which commercial signal, whatever the jurisdiction. A generic
// label covers everything; "sponsored by X" covers the sponsorship (and X's own links), not another
// brand's affiliate links; an asterisk covers the link it marks. How well each one discloses the signal
// under a given rule is judgement.ts.
import type { Signal } from '../schemas/disclosure';
import { COVERED_BY } from './covers';
import type { Disclosure } from './disclosures';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const squash = (s: string) => s.toLowerCase().replace(NOT_WORD, '');

export const isLink = (s: Signal) => s.kind === 'affiliate_link' || s.kind === 'shortener';

/** Whether the brand a disclosure names is the one behind a link ("Sponsored by Amazon", amzn.to). */
export function brandOwnsLink(brand: string | null, link: Signal): boolean {
  const b = brand ? squash(brand) : '';
  return b.length >= 3 && (squash(link.text).includes(b) || squash(link.detail ?? '').includes(b));
}

/** At most one line break between the two: the sponsor's short link just under "Sponsored by X". */
function nextToEachOther(text: string, a: { start: number; end: number }, b: { start: number; end: number }) {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  const first = text.indexOf('\n', from);
  return first < 0 || first >= to || text.indexOf('\n', first + 1) < 0 || text.indexOf('\n', first + 1) >= to;
}

export function covers(text: string, d: Disclosure, s: Signal): boolean {
  if (d.link) return s.start === d.link.start && isLink(s);
  if (COVERED_BY[s.kind].includes(d.covers)) return true;
  if (!isLink(s) || (d.covers !== 'sponsorship' && d.covers !== 'gift')) return false;
  // A sponsor's or giver's own link is theirs to disclose; an unrelated affiliate link is not (note 2).
  return brandOwnsLink(d.brand, s) || (s.kind === 'shortener' && nextToEachOther(text, d, s));
}

/** Per signal, the indexes of the disclosures that cover it, in text order. */
export function coverage(
  text: string,
  signals: readonly Signal[],
  disclosures: readonly Disclosure[],
): number[][] {
  return signals.map((s) => {
    const by: number[] = [];
    for (let i = 0; i < disclosures.length; i++) if (covers(text, disclosures[i]!, s)) by.push(i);
    return by;
  });
}

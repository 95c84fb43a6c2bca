// Coverage: which disclosures speak for which commercial signal, whatever the jurisdiction. A generic
// label covers everything; "sponsored by X" covers the sponsorship (and X's own links), not another
// brand's affiliate links; an asterisk covers the link it marks. How well each one discloses the signal
// under a given rule is judgement.ts.
//
// Most disclosures speak for a signal whatever it is (the judgement of "#ad" does not depend on which
// link it covers), so judgement takes the best of each kind once and looks per signal only at the few
// disclosures whose effect depends on where the signal is: asterisks, a sponsor's own links, the line a
// link stands on (NO), the link an explanation stands next to (DE). That keeps a 4M-character audit linear.
import type { Covers, Signal } from '../schemas/disclosure';
import { COVERED_BY } from './covers';
import type { Disclosure } from './disclosures';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const squash = (s: string) => s.toLowerCase().replace(NOT_WORD, '');

export const isLink = (s: Signal) => s.kind === 'affiliate_link' || s.kind === 'shortener';

/** The link and its network as the brand behind it is looked for: "amzntox1y2amazonassociates". */
const linkWords = (link: Signal) => squash(link.text) + squash(link.detail ?? '');

export interface CoverageIndex {
  text: string;
  disclosures: readonly Disclosure[];
  /** Non-asterisk disclosures by what they cover. */
  byKind: Readonly<Record<Covers, readonly number[]>>;
  /** The asterisk marking each link, by the link's start. */
  asteriskAt: ReadonlyMap<number, number>;
  /** Sponsorship and gift disclosures by the brand they name (lower case, letters and digits). */
  byBrand: ReadonlyMap<string, readonly number[]>;
  /** Made on first use (most captions never need them): line breaks, disclosures by line, brands by link. */
  breaks?: number[];
  byLine?: Map<number, number[]>;
  brandsAt?: Map<number, string[]>;
}

/** The number of line breaks before `at`. */
export function lineOf(index: CoverageIndex, at: number): number {
  if (!index.breaks) {
    index.breaks = [];
    for (let i = index.text.indexOf('\n'); i >= 0; i = index.text.indexOf('\n', i + 1)) index.breaks.push(i);
  }
  const breaks = index.breaks;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function coverageIndex(text: string, disclosures: readonly Disclosure[]): CoverageIndex {
  const byKind: Record<Covers, number[]> = { any: [], affiliate: [], sponsorship: [], gift: [] };
  const asteriskAt = new Map<number, number>();
  const byBrand = new Map<string, number[]>();
  for (let i = 0; i < disclosures.length; i++) {
    const d = disclosures[i]!;
    if (d.link) {
      asteriskAt.set(d.link.start, i);
      continue;
    }
    byKind[d.covers].push(i);
    const brand = d.brand && (d.covers === 'sponsorship' || d.covers === 'gift') ? squash(d.brand) : '';
    if (brand.length >= 3) {
      const named = byBrand.get(brand);
      if (named) named.push(i);
      else byBrand.set(brand, [i]);
    }
  }
  return { text, disclosures, byKind, asteriskAt, byBrand };
}

/** Whether disclosure `d` speaks for signal `s` at all (its kind, its brand, its link). */
export function covers(index: CoverageIndex, d: Disclosure, s: Signal): boolean {
  if (d.link) return s.start === d.link.start && isLink(s);
  if (COVERED_BY[s.kind].includes(d.covers)) return true;
  if (!isLink(s) || (d.covers !== 'sponsorship' && d.covers !== 'gift')) return false;
  // A sponsor's or giver's own link is theirs to disclose; an unrelated affiliate link is not (note 2).
  const brand = d.brand ? squash(d.brand) : '';
  if (brand.length >= 3 && linkWords(s).includes(brand)) return true;
  // A short link just under "Sponsored by X" (at most one line break away) is most likely X's.
  return s.kind === 'shortener' && Math.abs(lineOf(index, d.start) - lineOf(index, s.start)) <= 1;
}

/** The brands named by sponsorship and gift disclosures that are behind a link (asked once per link). */
export function brandsBehind(index: CoverageIndex, link: Signal): readonly string[] {
  if (index.byBrand.size === 0) return [];
  index.brandsAt ??= new Map();
  let brands = index.brandsAt.get(link.start);
  if (!brands) {
    brands = [];
    const words = linkWords(link);
    for (const brand of index.byBrand.keys()) if (words.includes(brand)) brands.push(brand);
    index.brandsAt.set(link.start, brands);
  }
  return brands;
}

/** Disclosures on the given lines that speak for `s`. */
export function onLines(index: CoverageIndex, s: Signal, lines: readonly number[]): number[] {
  if (!index.byLine) {
    index.byLine = new Map();
    for (const kind of Object.values(index.byKind))
      for (const i of kind) {
        const line = lineOf(index, index.disclosures[i]!.start);
        const onLine = index.byLine.get(line);
        if (onLine) onLine.push(i);
        else index.byLine.set(line, [i]);
      }
  }
  const out: number[] = [];
  for (const line of lines)
    for (const i of index.byLine.get(line) ?? []) if (covers(index, index.disclosures[i]!, s)) out.push(i);
  return out;
}

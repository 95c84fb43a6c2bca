// Coverage: which disclosures speak for which commercial signal, whatever the jurisdiction. A generic
// label covers everything; "sponsored by X" covers the sponsorship (and X's own links), not another
// brand's affiliate links; an asterisk covers the link it marks. How well each one discloses the signal
// under a given rule is judgement.ts.
//
// Most disclosures speak for a signal whatever it is (the judgement of "#ad" does not depend on which
// link it covers), so judgement takes the best of each kind once and looks per signal only at the few
// disclosures whose effect depends on where the signal is: asterisks, a sponsor's own links, the line a
// link stands on (NO), the link an explanation stands next to (DE). That keeps a 4M-character audit linear.
import type { CommercialSignal, Covers } from '../schemas/disclosure';
import { COVERED_BY } from './covers';
import type { Disclosure } from './disclosures';
import { firstAtOrAfter } from './sorted';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Lower case, letters and digits only ("Hello-Chef!" → "hellochef"); ASCII by char code (links mostly are). */
function squash(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return s.toLowerCase().replace(NOT_WORD, '');
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += s[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  return out;
}

export const isLink = (s: CommercialSignal) => s.kind === 'affiliate_link' || s.kind === 'shortener';

/** The link and its network, lower case, as a brand is looked for in them (made once per link). */
function linkWords(index: CoverageIndex, link: CommercialSignal): string {
  index.wordsAt ??= new Map();
  let words = index.wordsAt.get(link.start);
  if (words === undefined) {
    // Lower case is enough for brands written in one piece ("nordshield" in "nordshield.com/x").
    words = `${index.lower.slice(link.start, link.end)} ${link.detail?.toLowerCase() ?? ''}`;
    index.wordsAt.set(link.start, words);
  }
  return words;
}

export interface CoverageIndex {
  text: string;
  /** `text` lower-cased, position for position (the caption scan's). */
  lower: string;
  disclosures: readonly Disclosure[];
  /** Non-asterisk disclosures by what they cover. */
  byKind: Readonly<Record<Covers, readonly number[]>>;
  /** The asterisk marking each link, by the link's start. */
  asteriskAt: ReadonlyMap<number, number>;
  /** Sponsorship and gift disclosures by the brand they name (lower case, letters and digits). */
  byBrand: ReadonlyMap<string, readonly number[]>;
  /** Made on first use (most captions never need them): line breaks, disclosures by line, brands by link. */
  breaks?: number[];
  lastLine?: number;
  byLine?: Map<number, number[]>;
  brandsAt?: Map<number, string[]>;
  wordsAt?: Map<number, string>;
  /** Sponsorship and gift disclosures in text order. */
  sponsors?: number[];
  /** Per disclosure, the brand it names as looked for in links ('' when none). */
  brandKeys: readonly string[];
}

/** The number of line breaks before `at`. Signals are asked in text order: try the last answer first. */
export function lineOf(index: CoverageIndex, at: number): number {
  if (!index.breaks) {
    index.breaks = [];
    for (let i = index.text.indexOf('\n'); i >= 0; i = index.text.indexOf('\n', i + 1)) index.breaks.push(i);
  }
  const breaks = index.breaks;
  const last = index.lastLine ?? 0;
  if ((last === 0 || breaks[last - 1]! < at) && (last === breaks.length || breaks[last]! >= at)) return last;
  if (last < breaks.length && breaks[last]! < at && (last + 1 === breaks.length || breaks[last + 1]! >= at)) {
    index.lastLine = last + 1;
    return last + 1;
  }
  const lo = firstAtOrAfter(breaks.length, at, (k) => breaks[k]!);
  index.lastLine = lo;
  return lo;
}

export function coverageIndex(
  text: string,
  lower: string,
  disclosures: readonly Disclosure[],
): CoverageIndex {
  const byKind: Record<Covers, number[]> = { any: [], affiliate: [], sponsorship: [], gift: [] };
  const asteriskAt = new Map<number, number>();
  const byBrand = new Map<string, number[]>();
  const brandKeys: string[] = [];
  for (let i = 0; i < disclosures.length; i++) {
    const d = disclosures[i]!;
    const brand = d.brand && (d.covers === 'sponsorship' || d.covers === 'gift') ? squash(d.brand) : '';
    brandKeys.push(brand.length >= 3 ? brand : '');
    if (d.link) {
      asteriskAt.set(d.link.start, i);
      continue;
    }
    byKind[d.covers].push(i);
    if (brand.length >= 3) {
      const named = byBrand.get(brand);
      if (named) named.push(i);
      else byBrand.set(brand, [i]);
    }
  }
  return { text, lower, disclosures, byKind, asteriskAt, byBrand, brandKeys };
}

/** Whether disclosure `i` speaks for signal `s` at all (its kind, its brand, its link). */
export function covers(index: CoverageIndex, i: number, s: CommercialSignal): boolean {
  const d = index.disclosures[i]!;
  if (d.link) return s.start === d.link.start && isLink(s);
  if (COVERED_BY[s.kind].includes(d.covers)) return true;
  if (!isLink(s) || (d.covers !== 'sponsorship' && d.covers !== 'gift')) return false;
  // A sponsor's or giver's own link is theirs to disclose; an unrelated affiliate link is not (note 2).
  const brand = index.brandKeys[i]!;
  if (brand !== '' && linkWords(index, s).includes(brand)) return true;
  // A short link just under "Sponsored by X" (at most one line break away) is most likely X's.
  return s.kind === 'shortener' && nextToEachOther(index.text, d, s);
}

/** The brands named by sponsorship and gift disclosures that are behind a link (asked once per link). */
export function brandsBehind(index: CoverageIndex, link: CommercialSignal): readonly string[] {
  if (index.byBrand.size === 0) return [];
  index.brandsAt ??= new Map();
  let brands = index.brandsAt.get(link.start);
  if (!brands) {
    brands = [];
    const words = linkWords(index, link);
    for (const brand of index.byBrand.keys()) if (words.includes(brand)) brands.push(brand);
    index.brandsAt.set(link.start, brands);
  }
  return brands;
}

/** Disclosures on the given lines that speak for `s`. */
export function onLines(index: CoverageIndex, s: CommercialSignal, lines: readonly number[]): number[] {
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
    for (const i of index.byLine.get(line) ?? []) if (covers(index, i, s)) out.push(i);
  return out;
}

/** At most one line break between the two spans: the sponsor's short link just under "Sponsored by X". */
function nextToEachOther(text: string, a: { start: number; end: number }, b: { start: number; end: number }) {
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return true;
  const second = text.indexOf('\n', first + 1);
  return second < 0 || second >= to;
}

/** Sponsorship and gift disclosures at most one line break from a shortened link: the sponsor's own link. */
export function sponsorsNear(index: CoverageIndex, link: CommercialSignal): readonly number[] {
  const { sponsorship, gift } = index.byKind;
  if (sponsorship.length === 0 && gift.length === 0) return [];
  index.sponsors ??= [...sponsorship, ...gift].sort((x, y) => x - y);
  const list = index.sponsors;
  const ds = index.disclosures;
  const lo = firstAtOrAfter(list.length, link.start, (k) => ds[list[k]!]!.start);
  // Walk out from the link both ways: the first disclosure too far away ends each walk.
  const out: number[] = [];
  for (let k = lo - 1; k >= 0 && nextToEachOther(index.text, ds[list[k]!]!, link); k--) out.push(list[k]!);
  for (let k = lo; k < list.length && nextToEachOther(index.text, ds[list[k]!]!, link); k++)
    out.push(list[k]!);
  return out;
}

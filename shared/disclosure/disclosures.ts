// Disclosures: the terms in a caption that say it is commercial, each with what it covers (covers.ts)
// and, for a sponsorship or gift, the brand it names. An asterisk on an affiliate link is a disclosure of
// that link alone (complete only with an explanation, DE). Strength per jurisdiction is judgement.ts.
import type { CommercialSignal, Covers } from '../schemas/disclosure';
import type { Jurisdiction } from '../schemas/enums';
import type { Entity } from '../text/entities';
import type { CaptionScan } from './caption-scan';
import { JURISDICTION_RULES } from './jurisdictions';
import type { TermMeaning, VocabularyEntry } from './vocabulary';

export interface Disclosure {
  start: number;
  end: number;
  entry: VocabularyEntry;
  covers: Covers;
  /** Index of the tag within the trailing pile, or -1. */
  pileIndex: number;
  /** Written as a label (a hashtag, "Ad:" / "Werbung |", alone on its line), not a word in a sentence. */
  label: boolean;
  /** The brand named with it ("Sponsored by @glowco" → "glowco"), when it names one. */
  brand: string | null;
  /** An asterisk discloses only the link it marks. */
  link: Entity | null;
  /** Its line starts with "*": the explanation the asterisk on a link points to (DE). */
  starLed: boolean;
  /** The term in quotes, as reasons cite it: made on first use, then shared by every jurisdiction. */
  quoted?: string;
}

const LABEL_AFTER = /^[ \t]*(?:[:|\-–—•/\])]|\r?\n|$)/;
const LINE_START_BEFORE = /(?:^|\n)[^\p{L}\p{N}\n]*$/u;
const PROSE_AFTER = /^ \p{Ll}/u;
// The brand right after a term: a handle, a tag, or one or two capitalised words ("NordShield", "Acme Co").
const BRAND_AFTER =
  /[ \t]*(?:[:：|+×–—-][ \t]*)?(?:@([\p{L}\p{N}_.]*[\p{L}\p{N}_])|[#＃]([\p{L}\p{N}_]+)|(\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&'’-]*)?))/uy;

/** "Ad: …", "Werbung | …", "… \n#ad", "… Publicidad" at the end: a word used as a label. */
function asLabel(text: string, start: number, end: number): boolean {
  if (LABEL_AFTER.test(text.slice(end, end + 4))) return true;
  if (!LINE_START_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  // "Ad astra per aspera", "Ad blockers are…": a two-letter word opening a lower-case sentence is prose.
  return !(end - start <= 2 && PROSE_AFTER.test(text.slice(end, end + 2)));
}

/**
 * `anyTag`: any hashtag after the term is taken for the brand. Not for a term that needs the brand to count
 * (IT "#adv"): there "#adv #estate" names no brand, so only a handle, a name or a capitalised tag does.
 */
function brandAfter(text: string, end: number, anyTag: boolean): string | null {
  BRAND_AFTER.lastIndex = end;
  const m = BRAND_AFTER.exec(text);
  if (m?.[2] !== undefined && !anyTag && !/^\p{Lu}/u.test(m[2])) return null;
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Where a "*" marks a link: right after it, or just before it ("Kamera*: https://…"); -1 when none. */
function asteriskOf(text: string, link: { start: number; end: number }): number {
  if (text.charCodeAt(link.end - 1) === 42) return link.end - 1;
  if (text.charCodeAt(link.end) === 42) return link.end;
  for (let i = link.start - 1; i >= 0 && i >= link.start - 6; i--) {
    const c = text[i];
    if (c === '*') return i;
    if (c !== ' ' && c !== '\t' && c !== ':' && c !== '：' && c !== '-' && c !== '–' && c !== '—') return -1;
  }
  return -1;
}

function lineStartsWithStar(text: string, at: number): boolean {
  let i = text.lastIndexOf('\n', at - 1) + 1;
  while (i < at && (text[i] === ' ' || text[i] === '\t')) i++;
  return text[i] === '*';
}

const ALL = Object.keys(JURISDICTION_RULES) as Jurisdiction[];
const ASTERISK: VocabularyEntry = {
  key: '*',
  // A bare asterisk tells no one what it means: ambiguous everywhere (DE: insufficient without the text).
  terms: new Map(
    ALL.map((j): [Jurisdiction, TermMeaning] => [j, { strength: 'ambiguous', language: 'und' }]),
  ),
  signals: [],
  covers: 'affiliate',
  language: 'und',
  phrase: false,
  acceptedBy: new Set(),
  needsBrand: false,
};

/** The caption's disclosures in text order; `signals` are its link signals, for the asterisks. */
export function disclosuresOf(scan: CaptionScan, signals: readonly CommercialSignal[]): Disclosure[] {
  const { text } = scan;
  const out: Disclosure[] = [];
  for (const m of scan.matches) {
    if (m.entry.terms.size === 0) continue;
    const named = m.entry.covers === 'sponsorship' || m.entry.covers === 'gift' || m.entry.needsBrand;
    out.push({
      start: m.start,
      end: m.end,
      entry: m.entry,
      covers: m.entry.covers,
      pileIndex: m.pileIndex,
      label: m.tag || asLabel(text, m.start, m.end),
      brand: named
        ? (m.middle?.replace(/^@/, '').trim() ?? brandAfter(text, m.end, !m.entry.needsBrand))
        : null,
      link: null,
      // Only an explanation's line start matters (DE: the explanation starts with the asterisk).
      starLed: m.entry.covers === 'affiliate' && lineStartsWithStar(text, m.start),
    });
  }
  for (const link of signals) {
    if (link.kind !== 'affiliate_link' && link.kind !== 'shortener') continue;
    const star = asteriskOf(text, link);
    if (star >= 0)
      out.push({
        start: star,
        end: star + 1,
        entry: ASTERISK,
        covers: 'affiliate',
        pileIndex: -1,
        label: true,
        brand: null,
        link: { text: link.text, start: link.start, end: link.end },
        starLed: false,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

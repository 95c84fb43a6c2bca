// The caption scan: one lower-casing pass and one scan of it with the compiled vocabulary, plus indexOf
// jumps for links and hashtags. Everything after it (signals, disclosures, judgement) works on the few
// things found. Hot path (tests/bench/disclosure.bench.ts measures it): hashtags stay flat number pairs
// and most are ruled out by their first and last letters.
import { type Entity, findLinks, hashtagSpans, insideSpans } from '../text/entities';
import { giftThanks } from './gift-thanks';
import { type HashtagPile, trailingPileOf } from './hashtag-pile';
import { negatedAt } from './negation';
import { normalizeKey } from './rules';
import type { Vocabulary, VocabularyEntry } from './vocabulary';

/** A vocabulary hit: a disclosure term, a signal word, or both. */
export interface Match {
  start: number;
  end: number;
  entry: VocabularyEntry;
  /** A hashtag (matched whole), not a word. */
  tag: boolean;
  /** Index of the tag within the trailing pile, or -1. */
  pileIndex: number;
  /** What "…" stood for in a wildcard phrase, the brand before "#*partner", or the brand thanked for a gift; else null. */
  middle: string | null;
}

export interface CaptionScan {
  text: string;
  /** `text` lower-cased, position for position. */
  lower: string;
  /** Whether "İ" was mapped to keep positions (then a slice of `lower` is not the lower-cased slice). */
  dotted: boolean;
  links: Entity[];
  pile: HashtagPile | null;
  /** The pile is the whole caption (nothing but tags): its first tag is the first thing seen. */
  pileLeadsText: boolean;
  /** Words then hashtags, each in text order. */
  matches: readonly Match[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const LETTER = /\p{L}/u;

export function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return WORD_CHAR.test(text.slice(at - 1, at + 1));
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

/** A term ends a word: no letter after it, and no hyphenated compound ("ad-free"). */
function endsWord(text: string, end: number): boolean {
  return !isWordChar(text, end) && !(text.charCodeAt(end) === 45 && LETTER.test(text[end + 1] ?? ''));
}

/** A lower-cased match as a vocabulary key: runs of whitespace become one space. */
function keyOf(lowerBody: string): string {
  return /[^\S ]| {2}/.test(lowerBody) ? normalizeKey(lowerBody) : lowerBody;
}

interface Resolved {
  entry: VocabularyEntry;
  end: number;
  wildcard: boolean;
  middle: string | null;
}

/** The entry for a word-scan match: a wildcard phrase starting here, else the longest word that ends one. */
function resolveWord(
  vocabulary: Vocabulary,
  text: string,
  lower: string,
  start: number,
  body: string,
): Resolved | null {
  if (vocabulary.wildcards.size > 0) {
    for (let cut = body.length; cut > 0; cut = body.lastIndexOf(' ', cut - 1)) {
      const wild = vocabulary.wildcards.get(keyOf(body.slice(0, cut)));
      if (!wild) continue;
      for (const w of wild) {
        w.re.lastIndex = start;
        const m = w.re.exec(lower);
        if (m && endsWord(text, start + m[0].length))
          return { entry: w.entry, end: start + m[0].length, wildcard: true, middle: m[1] ?? null };
      }
    }
  }
  const entry = vocabulary.words.get(keyOf(body));
  if (entry && endsWord(text, start + body.length))
    return { entry, end: start + body.length, wildcard: false, middle: null };
  for (let cut = body.lastIndexOf(' '); cut > 0; cut = body.lastIndexOf(' ', cut - 1)) {
    const shorter = vocabulary.words.get(keyOf(body.slice(0, cut)));
    if (shorter && endsWord(text, start + cut))
      return { entry: shorter, end: start + cut, wildcard: false, middle: null };
  }
  return null;
}

function tagEntry(
  vocabulary: Vocabulary,
  tag: string,
): { entry: VocabularyEntry; brand: string | null } | null {
  const exact = vocabulary.tags.get(tag);
  for (const { suffix, entry } of vocabulary.suffixes) {
    if (tag.length <= suffix.length || !tag.endsWith(suffix)) continue;
    const brand = tag.slice(0, tag.length - suffix.length);
    if (!exact) return { entry, brand };
    // "#brandpartner" is signal wording and "#[Brand]Partner" at once: the tag's own meanings come first.
    const terms = new Map(exact.terms);
    for (const [j, meaning] of entry.terms) if (!terms.has(j)) terms.set(j, meaning);
    const acceptedBy = new Set([...exact.acceptedBy, ...entry.acceptedBy]);
    return {
      entry: {
        ...exact,
        terms,
        acceptedBy,
        covers: entry.covers,
        needsBrand: exact.needsBrand || entry.needsBrand,
      },
      brand,
    };
  }
  return exact ? { entry: exact, brand: null } : null;
}

/** "#acmepartner": a tag longer than one of the "#*partner" suffixes and ending in it. */
function endsInSuffix(vocabulary: Vocabulary, lower: string, start: number, end: number): boolean {
  for (const { suffix } of vocabulary.suffixes)
    if (end - start - 1 > suffix.length && lower.endsWith(suffix, end)) return true;
  return false;
}

const isGiftNoun = (entry: VocabularyEntry) => entry.signals.some((s) => s.needsThanks);

function thanksFor(text: string, start: number, end: number, entry: VocabularyEntry) {
  return giftThanks(text, start, end, entry.signals.find((s) => s.needsThanks)!.language);
}

function nextWord(scanner: RegExp, lower: string, from: number): RegExpExecArray | null {
  scanner.lastIndex = from;
  return scanner.exec(lower);
}

function nextSymbol(vocabulary: Vocabulary, lower: string, from: number): RegExpExecArray | null {
  const re = vocabulary.unguarded;
  if (re === null) return null;
  for (;;) {
    let at = -1;
    for (const first of vocabulary.unguardedFirst) {
      const i = lower.indexOf(first, from);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) return null;
    re.lastIndex = at;
    const m = re.exec(lower);
    if (m) return m;
    from = at + 1;
  }
}

/** The vocabulary entry a scanned match stands for, or null when it is not a term here. */
function termAt(
  vocabulary: Vocabulary,
  text: string,
  lower: string,
  links: readonly Entity[],
  guarded: boolean,
  start: number,
  body: string,
): Resolved | null {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // Hashtags are matched whole below; "@ad" is a handle; "/ad/" is a path.
  if (before === 35 || before === 0xff03 || before === 64) return null;
  if (guarded && isWordChar(text, start - 1)) return null;
  if (links.length > 0 && insideSpans(links, start)) return null;
  return resolveWord(vocabulary, text, lower, start, body);
}

export function scanCaption(text: string, vocabulary: Vocabulary): CaptionScan {
  const links = findLinks(text);
  const hashtags = hashtagSpans(text, links);
  const matches: Match[] = [];

  // The one lower-casing pass. Only "İ" changes length when lower-cased (to "i̇"); mapping it to "I"
  // first keeps every position in `lower` equal to the same position in `text`.
  let lower = text.toLowerCase();
  const dotted = lower.length !== text.length;
  if (dotted) lower = text.replace(/\u0130/g, 'I').toLowerCase();

  // Two streams of candidates, merged in text order as one regex with both branches would find them:
  // word terms (the scanner, matched at its guard character) and symbol terms ("% off", rare, found by
  // indexOf). At the same position the word branch wins; a match consumes the text it covers.
  const scanner = vocabulary.scanner;
  let word = nextWord(scanner, lower, 0);
  let symbol = nextSymbol(vocabulary, lower, 0);
  while (word !== null || symbol !== null) {
    const m = word !== null && (symbol === null || word.index <= symbol.index) ? word : symbol!;
    const body = m === word ? m[1]! : m[0];
    const start = m.index + m[0].length - body.length;
    let next = m.index + m[0].length;
    const hit = termAt(vocabulary, text, lower, links, m === word, start, body);
    const thanks =
      hit && !hit.wildcard && isGiftNoun(hit.entry) ? thanksFor(text, start, hit.end, hit.entry) : null;
    if (thanks) {
      // "Thank you @sephora for the goodies": the thanks and its gift are one term (gift-thanks.ts).
      while (matches.length > 0 && matches[matches.length - 1]!.start >= thanks.start) matches.pop();
      matches.push({
        start: thanks.start,
        end: thanks.end,
        entry: thanks.entry,
        tag: false,
        pileIndex: -1,
        middle: thanks.brand,
      });
      next = thanks.end;
    } else if (hit) {
      // A wildcard phrase that is no signal itself ("thanks to … for sponsoring") may hold signal words:
      // rescan inside it. One that is ("I earn a small commission") stands for everything inside it.
      if (hit.wildcard) next = hit.entry.signals.length > 0 ? hit.end : start + 1;
      else if (hit.end < start + body.length) next = hit.end;
      if ((hit.entry.terms.size > 0 || hit.entry.signals.length > 0) && !negatedAt(lower, start))
        matches.push({
          start,
          end: hit.end,
          entry: hit.entry,
          tag: false,
          pileIndex: -1,
          middle: hit.middle,
        });
    }
    if (word !== null && word.index < next) word = nextWord(scanner, lower, next);
    if (symbol !== null && symbol.index < next) symbol = nextSymbol(vocabulary, lower, next);
  }

  const pile = trailingPileOf(text, hashtags);
  for (let i = 0; i < hashtags.length / 2; i++) {
    const start = hashtags[2 * i]!;
    const end = hashtags[2 * i + 1]!;
    // Most tags (#travel, #fyp) are ruled out by their first and last letters, without slicing them out.
    const ends = (lower.charCodeAt(start + 1) & 127) * 128 + (lower.charCodeAt(end - 1) & 127);
    if (vocabulary.tagEnds[ends] === 0 && !endsInSuffix(vocabulary, lower, start, end)) continue;
    const found = tagEntry(vocabulary, lower.slice(start + 1, end));
    if (!found || negatedAt(lower, start)) continue;
    const pileIndex = pile && i >= pile.first ? i - pile.first : -1;
    matches.push({ start, end, entry: found.entry, tag: true, pileIndex, middle: found.brand });
  }
  const pileLeadsText = pile !== null && !/[\p{L}\p{N}]/u.test(text.slice(0, pile.start));
  return { text, lower, dotted, links, pile, pileLeadsText, matches };
}

// Brief terms (niche keywords, values, excluded and caution terms) and Troupe's own vocabulary
// (tutorial, series, sponsorship and contact words) found in profile text in ONE pass per text:
// whole words only ("ad" is not in "adventure"), case- and accent-insensitive ("cafe" finds "Café"),
// "plant based" also finds "plant-based" and the tag #plantbased, and "𝐘𝐨𝐠𝐚" (the styled letters
// bios use) reads as "yoga".
//
// Why a hand-written scanner rather than one big regular expression: an alternation reports one
// match per place, so a niche keyword "casino night" would hide the excluded term "casino"; and
// lower-casing plus accent-folding every caption before matching cost about as much as this whole
// pass. Here each character is folded, hashed and dropped once, and every term kind is seen.

const NONWORD = 1;
const MARK = 2;
const MULTI = 3;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
// Hashes are cut to 30 bits so V8 keeps them as small integers (no heap number per word).
const SMI = 0x3fffffff;

// Letters with no combining mark in NFD, so stripping marks alone would keep them apart.
const UNMARKED: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ħ: 'h',
};
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}+/gu;
// Scripts written without spaces between words: a term in them is found as a substring.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;

/** ASCII: 0 for separators, else the lower-case code. */
const ASCII = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII[c] = c;
for (let c = 97; c <= 122; c++) ASCII[c] = c;
for (let c = 65; c <= 90; c++) ASCII[c] = c + 32;

/** Rest of the BMP, filled on first sight: 0 unseen, NONWORD, MARK, MULTI, or the folded code. */
const BMP = new Uint16Array(65536);
const MULTI_FOLD = new Map<number, string>();
const ASTRAL_FOLD = new Map<number, string | null>();

// Accents are stripped in Latin and Greek only: in Cyrillic "й" is a letter of its own, not "и".
const accented = (c: number) =>
  (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x1e00 && c <= 0x1fff);

function foldOf(ch: string, c: number): string {
  let f = ch.toLowerCase();
  if (accented(c)) f = f.normalize('NFD').replace(MARKS_RE, '');
  return UNMARKED[f] ?? f;
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  if (MARK_RE.test(ch)) return MARK;
  if (!WORD_RE.test(ch)) return NONWORD;
  const f = foldOf(ch, c);
  if (f.length === 1 && f.charCodeAt(0) > MULTI) return f.charCodeAt(0);
  MULTI_FOLD.set(c, f);
  return MULTI;
}

function astral(cp: number): string | null {
  let f = ASTRAL_FOLD.get(cp);
  if (f === undefined) {
    const ch = String.fromCodePoint(cp);
    // NFKC turns mathematical styled letters (U+1D400 block) back into plain ones; emoji are not words.
    f = WORD_RE.test(ch) ? ch.normalize('NFKC').toLowerCase() : null;
    ASTRAL_FOLD.set(cp, f);
  }
  return f;
}

const isJoiner = (c: number) =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 45 || c === 95 || c === 0xa0;

/** A cursor over the words of a text; `nextWord` moves it to the next word. */
interface Words {
  text: string;
  /** Where scanning resumes. */
  at: number;
  /** FNV-1a hash of the folded word. */
  hash: number;
  start: number;
  end: number;
  isNumber: boolean;
  /** Written as a hashtag: "#" right before it. */
  tagged: boolean;
  /** Only spaces, hyphens or underscores since the previous word (and there was one). */
  joined: boolean;
  /** Hash without a final "s" for words of 4+ letters ("keyboards" finds "keyboard"), else -1. */
  stem: number;
}

function words(text: string): Words {
  return { text, at: 0, hash: 0, start: 0, end: 0, isNumber: true, tagged: false, joined: false, stem: -1 };
}

function nextWord(w: Words): boolean {
  // Module constants copied to locals: spares a context load and hole check per character.
  const ascii = ASCII;
  const prime = FNV_PRIME;
  const text = w.text;
  const n = text.length;
  let i = w.at;
  let joined = w.end > 0;
  // Separators: skip to the first character of the next word.
  let c = 0;
  let code = 0;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c < 128) {
      code = ascii[c]!;
      if (code !== 0) break;
    } else if (c >= 0xd800 && c < 0xdc00) {
      if (astral(text.codePointAt(i)!) !== null) break;
      i++;
    } else {
      code = BMP[c] || (BMP[c] = classify(c));
      if (code > MARK) break;
    }
    if (!isJoiner(c)) joined = false;
  }
  if (i >= n) {
    w.at = n;
    return false;
  }
  const before = i > 0 ? text.charCodeAt(i - 1) : 0;
  w.start = i;
  w.joined = joined;
  w.tagged = before === 35 || before === 0xff03;
  let h = FNV_OFFSET;
  // Hash before the last character, and that character, for the plural stem.
  let withoutLast = h;
  let last = 0;
  let isNumber = true;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c < 128) {
      code = ascii[c]!;
      if (code === 0) break;
      withoutLast = h;
      last = code;
      h = Math.imul(h ^ code, prime);
      if (code > 57) isNumber = false;
      continue;
    }
    if (c >= 0xd800 && c < 0xdc00) {
      const f = astral(text.codePointAt(i)!);
      if (f === null) break;
      for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), FNV_PRIME);
      isNumber = false;
      last = 0;
      i++;
      continue;
    }
    code = BMP[c] || (BMP[c] = classify(c));
    if (code === NONWORD) break;
    if (code === MARK) continue;
    isNumber = false;
    last = 0;
    if (code === MULTI) {
      const f = MULTI_FOLD.get(c)!;
      for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), FNV_PRIME);
    } else h = Math.imul(h ^ code, prime);
  }
  w.hash = h & SMI;
  w.stem = last === 115 && i - w.start > 3 ? withoutLast & SMI : -1;
  w.end = i;
  w.at = i;
  w.isNumber = isNumber;
  return true;
}

/** The folded form of a whole text: what the scanner compares (used to check hash hits). */
export function fold(text: string): string {
  const parts: string[] = [];
  for (const w = words(text); nextWord(w); ) parts.push(foldSlice(text, w.start, w.end));
  return parts.join(' ');
}

function foldSlice(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      out += String.fromCharCode(ASCII[c]!);
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      out += astral(text.codePointAt(i)!) ?? '';
      i++;
    } else {
      const code = BMP[c] || (BMP[c] = classify(c));
      if (code === MULTI) out += MULTI_FOLD.get(c) ?? '';
      else if (code > MULTI) out += String.fromCharCode(code);
    }
  }
  return out;
}

interface Entry {
  term: number;
  /** Folded first word, to rule out hash collisions. */
  first: string;
  /** Hashes of the following words; NUMBER stands for any number ("part {n}"). */
  rest: readonly number[];
  restIsNumber: readonly boolean[];
  /** Written "#tag": found only as a hashtag. */
  tagOnly: boolean;
}

export interface TermSet {
  /** The terms as written; hits are indexes into this list. */
  readonly terms: readonly string[];
  readonly byFirstWord: ReadonlyMap<number, readonly Entry[]>;
  /** Whole term without spaces, for hashtags: #plantbased for "plant based". */
  readonly byTag: ReadonlyMap<number, readonly { term: number; compact: string }[]>;
  /** Terms in scripts without spaces, found as substrings of the folded text. */
  readonly unspaced: readonly { term: number; key: string }[];
  /** One bit per (hash & FILTER_MASK) of every key, so most words skip the map lookups. */
  readonly filter: Uint8Array;
}

const FILTER_MASK = 4095;

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h & SMI;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What compiling a term needs of it, the same for every brief that has the term. */
type ParsedTerm =
  | null
  | { unspaced: string }
  | {
      unspaced: null;
      first: string;
      firstHash: number;
      rest: number[];
      restIsNumber: boolean[];
      tagOnly: boolean;
      /** The whole term without spaces, for hashtags; null for "part {n}". */
      compact: string | null;
      compactHash: number;
    };

/**
 * Terms already parsed: a brief edited keystroke by keystroke is compiled anew each time, with the
 * same marker words and mostly the same keywords and their family forms. Bounded: past the limit
 * it starts over rather than grow.
 */
const parsedTerms = new Map<string, ParsedTerm>();
const PARSED_LIMIT = 8192;

function parsedTerm(raw: string): ParsedTerm {
  let parsed = parsedTerms.get(raw);
  if (parsed !== undefined) return parsed;
  const thenNumber = raw.endsWith(' {n}');
  const text = thenNumber ? raw.slice(0, -4) : raw;
  const folded: string[] = [];
  for (const w = words(text); nextWord(w); ) folded.push(foldSlice(text, w.start, w.end));
  if (folded.length === 0) parsed = null;
  else if (UNSPACED.test(text)) parsed = { unspaced: folded.join(' ') };
  else {
    const [first, ...rest] = folded as [string, ...string[]];
    const compact = thenNumber ? null : folded.join('');
    parsed = {
      unspaced: null,
      first,
      firstHash: hashOf(first),
      rest: [...rest.map(hashOf), ...(thenNumber ? [0] : [])],
      restIsNumber: [...rest.map(() => false), ...(thenNumber ? [true] : [])],
      tagOnly: /^\s*[#＃]/.test(text),
      compact,
      compactHash: compact === null ? 0 : hashOf(compact),
    };
  }
  if (parsedTerms.size >= PARSED_LIMIT) parsedTerms.clear();
  parsedTerms.set(raw, parsed);
  return parsed;
}

/** A term ending in " {n}" needs a number after it ("part {n}" finds "part 2"). */
export function compileTerms(terms: readonly string[]): TermSet {
  const byFirstWord = new Map<number, Entry[]>();
  const byTag = new Map<number, { term: number; compact: string }[]>();
  const unspaced: { term: number; key: string }[] = [];
  for (let term = 0; term < terms.length; term++) {
    const parsed = parsedTerm(terms[term]!);
    if (parsed === null) continue;
    if (parsed.unspaced !== null) {
      unspaced.push({ term, key: parsed.unspaced });
      continue;
    }
    // The word lists are shared between briefs: the scan only reads them.
    const { first, rest, restIsNumber, tagOnly, compact } = parsed;
    push(byFirstWord, parsed.firstHash, { term, first, rest, restIsNumber, tagOnly });
    if (compact !== null) push(byTag, parsed.compactHash, { term, compact });
  }
  const filter = new Uint8Array(FILTER_MASK + 1);
  for (const key of byFirstWord.keys()) filter[key & FILTER_MASK] = 1;
  for (const key of byTag.keys()) filter[key & FILTER_MASK] = 1;
  return { terms, byFirstWord, byTag, unspaced, filter };
}

/** The empty hit list, shared. */
export const NONE: readonly number[] = Object.freeze([]);

/** Indexes of the terms found in `text`, each once, in the order their matches end. */
export function termsIn(set: TermSet, text: string): readonly number[] {
  if (text.length === 0) return NONE;
  let found: number[] | null = null;
  // Multi-word terms under way: entries, and how many of their following words have matched.
  let pending: Entry[] | null = null;
  let pendingAt: number[] | null = null;
  const { byFirstWord, filter } = set;
  for (const w = words(text); nextWord(w); ) {
    const stem = w.stem;
    if (
      pending === null &&
      filter[w.hash & FILTER_MASK] === 0 &&
      (stem === -1 || filter[stem & FILTER_MASK] === 0)
    ) {
      continue;
    }
    if (pending !== null) {
      let next: Entry[] | null = null;
      let nextAt: number[] | null = null;
      for (let k = 0; k < pending.length; k++) {
        const e = pending[k]!;
        const at = pendingAt![k]!;
        if (!w.joined || !(e.restIsNumber[at] ? w.isNumber : e.rest[at] === w.hash || e.rest[at] === stem))
          continue;
        if (at + 1 === e.rest.length) found = hit(found, e.term);
        else {
          (next ??= []).push(e);
          (nextAt ??= []).push(at + 1);
        }
      }
      pending = next;
      pendingAt = nextAt;
    }
    let entries = byFirstWord.get(w.hash);
    let end = w.end;
    if (entries === undefined && stem !== -1) {
      entries = byFirstWord.get(stem);
      end--;
    }
    if (entries !== undefined) {
      for (const e of entries) {
        if (e.tagOnly && !w.tagged) continue;
        if (!sameWord(text, w.start, end, e.first)) continue;
        if (e.rest.length === 0) found = hit(found, e.term);
        else {
          (pending ??= []).push(e);
          (pendingAt ??= []).push(0);
        }
      }
    }
    if (w.tagged) {
      found = tagHits(set, text, w.start, w.end, w.hash, found);
      if (stem !== -1) found = tagHits(set, text, w.start, w.end - 1, stem, found);
    }
  }
  if (set.unspaced.length > 0) {
    const folded = fold(text);
    for (const u of set.unspaced) if (folded.includes(u.key)) found = hit(found, u.term);
  }
  return found ?? NONE;
}

function tagHits(
  set: TermSet,
  text: string,
  start: number,
  end: number,
  hash: number,
  found: number[] | null,
): number[] | null {
  const tags = set.byTag.get(hash);
  if (tags !== undefined)
    for (const t of tags) if (sameWord(text, start, end, t.compact)) found = hit(found, t.term);
  return found;
}

/** Whether text[start, end) folds to `word`; rules out hash collisions without building a string. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start === word.length) {
    let j = 0;
    for (let i = start; i < end; i++, j++) {
      const c = text.charCodeAt(i);
      if (c >= 128) break;
      if (ASCII[c] !== word.charCodeAt(j)) return false;
    }
    if (j === word.length) return true;
  }
  return foldSlice(text, start, end) === word;
}

function hit(found: number[] | null, term: number): number[] {
  if (found === null) return [term];
  if (!found.includes(term)) found.push(term);
  return found;
}

/**
 * Terms a single hashtag spells ("plantbased", "#Yoga", "keyboards"), without scanning a text:
 * adapters list a post's hashtags, most of which its caption already holds.
 */
export function termsInTag(set: TermSet, tag: string): readonly number[] {
  const w = words(tag);
  if (!nextWord(w)) return NONE;
  const { start, end, hash, stem } = w;
  // "#one-two" or odd punctuation: read it as a short text instead.
  if (nextWord(w)) return termsIn(set, tag.charCodeAt(0) === 35 ? tag : `#${tag}`);
  if (set.filter[hash & FILTER_MASK] === 0 && (stem === -1 || set.filter[stem & FILTER_MASK] === 0))
    return NONE;
  let found = tagHits(set, tag, start, end, hash, null);
  if (stem !== -1) found = tagHits(set, tag, start, end - 1, stem, found);
  return found ?? NONE;
}

// Compiles the rule tables of a set of jurisdictions, plus the commercial signal words, into lookup maps
// and ONE case-insensitive scanner regex (a prefix trie, so the engine dispatches on each character instead
// of trying every term). Cached by jurisdiction set: a 10,000-row audit compiles once.
import type { Jurisdiction } from '../schemas/enums';
import { JURISDICTION_RULES } from './jurisdictions';
import type { TermsByLanguage } from './rules';
import { SIGNAL_WORDS, type SignalKind } from './signal-words';

export interface TermMeaning {
  strength: 'accepted' | 'ambiguous';
  language: string;
}

export interface SignalMeaning {
  kind: SignalKind;
  language: string;
  needsCode: boolean;
  needsNumber: boolean;
}

export interface VocabularyEntry {
  /** Lower case, single spaces. */
  key: string;
  terms: ReadonlyMap<Jurisdiction, TermMeaning>;
  signals: readonly SignalMeaning[];
}

export interface Vocabulary {
  jurisdictions: readonly Jurisdiction[];
  words: ReadonlyMap<string, VocabularyEntry>;
  /** Whole hashtags, lower case, without "#". */
  tags: ReadonlyMap<string, VocabularyEntry>;
  /** "#*partner": tags ending in the suffix after a brand. */
  suffixes: readonly { suffix: string; entry: VocabularyEntry }[];
  /** "thanks to … for the free": sticky, for lower-cased text. */
  wildcards: readonly { re: RegExp; entry: VocabularyEntry }[];
  /** Global, for lower-cased text; group 1 is a word term (the guard character before it is not). */
  scanner: RegExp;
  /**
   * Terms that start with a symbol ("% off"): sticky, tried only where one of `unguardedFirst` occurs.
   * Kept out of `scanner` because a second top-level branch costs the whole-text scan about 40%.
   */
  unguarded: RegExp | null;
  unguardedFirst: readonly string[];
  /**
   * Bit (first char & 127) * 128 + (last char & 127) is set when some tag key (lower case) could have that
   * first and last character: lets most hashtags be ruled out without slicing them out of the text.
   */
  tagEnds: Uint8Array;
}

interface Def {
  jurisdiction?: Jurisdiction;
  term?: TermMeaning;
  signal?: SignalMeaning;
}

const WILDCARD = '…';
const WILDCARD_RE = '[^.!?\\n]{1,40}?';
// Characters that cannot precede a term: ASCII word characters and the Latin, Greek and Cyrillic letters.
// Exact Unicode boundaries are re-checked per match; this class only keeps the scan cheap.
const GUARD = '(?:^|[^a-z0-9_\\u00c0-\\u024f\\u0370-\\u04ff])';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const normalizeKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function trie(keys: string[]): string {
  interface Node {
    end: boolean;
    next: Map<string, Node>;
  }
  const root: Node = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Node): string => {
    if (node.next.size === 0) return '';
    const alts = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeRe(ch)) + emit(child));
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

/** Contiguous word runs of `key`, longest first (so "sponsored by" lends its meaning before "sponsored"). */
function subPhrases(key: string): string[] {
  const w = key.split(' ');
  const out: string[] = [];
  for (let len = w.length - 1; len >= 1; len--)
    for (let i = 0; i + len <= w.length; i++) out.push(w.slice(i, i + len).join(' '));
  return out;
}

function addDefs<T>(into: Map<string, T[]>, key: string, value: T): void {
  const list = into.get(key);
  if (list) list.push(value);
  else into.set(key, [value]);
}

function merge(key: string, layers: (Def[] | undefined)[]): VocabularyEntry {
  const terms = new Map<Jurisdiction, TermMeaning>();
  const signals = new Map<SignalKind, SignalMeaning>();
  for (const layer of layers) {
    for (const def of layer ?? []) {
      if (def.jurisdiction && def.term && !terms.has(def.jurisdiction)) terms.set(def.jurisdiction, def.term);
      if (def.signal) {
        const had = signals.get(def.signal.kind);
        // A kind needs a code (or number) only if every word giving it does.
        signals.set(
          def.signal.kind,
          had
            ? {
                ...had,
                needsCode: had.needsCode && def.signal.needsCode,
                needsNumber: had.needsNumber && def.signal.needsNumber,
              }
            : def.signal,
        );
      }
    }
  }
  return { key, terms, signals: [...signals.values()] };
}

function compile(jurisdictions: readonly Jurisdiction[]): Vocabulary {
  const wordDefs = new Map<string, Def[]>();
  const tagDefs = new Map<string, Def[]>();
  const suffixDefs = new Map<string, Def[]>();
  const wildDefs = new Map<string, Def[]>();

  const place = (raw: string, def: Def) => {
    const text = normalizeKey(raw);
    if (text.startsWith('#*')) addDefs(suffixDefs, text.slice(2), def);
    else if (text.startsWith('#')) addDefs(tagDefs, text.slice(1), def);
    else if (text.includes(WILDCARD)) addDefs(wildDefs, text, def);
    else addDefs(wordDefs, text, def);
  };
  const placeTerms = (j: Jurisdiction, byLanguage: TermsByLanguage, strength: TermMeaning['strength']) => {
    for (const [language, terms] of Object.entries(byLanguage))
      for (const t of terms) place(t, { jurisdiction: j, term: { strength, language } });
  };
  for (const j of jurisdictions) {
    const rules = JURISDICTION_RULES[j]!;
    placeTerms(j, rules.accepted, 'accepted');
    placeTerms(j, rules.ambiguous, 'ambiguous');
  }
  for (const group of SIGNAL_WORDS) {
    for (const [language, words] of Object.entries(group.words))
      for (const w of words)
        place(w, {
          signal: {
            kind: group.kind,
            language,
            needsCode: group.needsCode ?? false,
            needsNumber: group.needsNumber ?? false,
          },
        });
  }

  const words = new Map<string, VocabularyEntry>();
  for (const key of wordDefs.keys())
    words.set(key, merge(key, [wordDefs.get(key), ...subPhrases(key).map((p) => wordDefs.get(p))]));

  // A word term also counts as the hashtag written without spaces; tag-only definitions come first.
  const tags = new Map<string, VocabularyEntry>();
  const wordsByTag = new Map<string, string[]>();
  for (const key of words.keys()) addDefs(wordsByTag, key.replaceAll(' ', ''), key);
  for (const tag of new Set([...tagDefs.keys(), ...wordsByTag.keys()])) {
    const layers = [tagDefs.get(tag)];
    for (const key of wordsByTag.get(tag) ?? [])
      layers.push([wordDefs.get(key) ?? [], ...subPhrases(key).map((p) => wordDefs.get(p) ?? [])].flat());
    tags.set(tag, merge(tag, layers));
  }

  const suffixes = [...suffixDefs].map(([suffix, defs]) => ({ suffix, entry: merge(`#*${suffix}`, [defs]) }));
  const wildcards = [...wildDefs].map(([key, defs]) => ({
    re: new RegExp(
      key
        .split(WILDCARD)
        .map((p) => escapeRe(p).replace(/ /g, '\\s+'))
        .join(WILDCARD_RE),
      'iy',
    ),
    entry: merge(key, [defs]),
  }));

  const wordKeys = [...words.keys()];
  const guarded = wordKeys.filter((k) => /^[\p{L}\p{N}_]/u.test(k));
  const unguarded = wordKeys.filter((k) => !/^[\p{L}\p{N}_]/u.test(k));
  const wildSources = wildcards.map((w) => w.re.source);
  // Runs over the lower-cased caption: without the "i" flag the engine keeps its fast paths for the
  // non-ASCII letters in the trie (about 2x faster than "gi" on the bench corpus).
  const scanner = new RegExp(`${GUARD}(${[...wildSources, trie(guarded)].join('|')})`, 'g');
  const unguardedRe = unguarded.length > 0 ? new RegExp(trie(unguarded), 'y') : null;
  const unguardedFirst = [...new Set(unguarded.map((k) => k[0]!))];

  const tagEnds = new Uint8Array(128 * 128);
  const mark = (first: number, last: number) => {
    tagEnds[(first & 127) * 128 + (last & 127)] = 1;
  };
  for (const tag of tags.keys()) mark(tag.charCodeAt(0), tag.charCodeAt(tag.length - 1));
  for (const { suffix } of suffixes)
    for (let first = 0; first < 128; first++) mark(first, suffix.charCodeAt(suffix.length - 1));
  return {
    jurisdictions,
    words,
    tags,
    suffixes,
    wildcards,
    scanner,
    unguarded: unguardedRe,
    unguardedFirst,
    tagEnds,
  };
}

const cache = new Map<string, Vocabulary>();

/** The compiled vocabulary for a set of jurisdictions (order and duplicates do not matter). */
export function vocabularyFor(jurisdictions: readonly Jurisdiction[]): Vocabulary {
  // Fast path: the same list as last time (every row of an audit, every caption on a card).
  const asGiven = jurisdictions.join(',');
  const known = cache.get(asGiven);
  if (known) return known;
  const set = [...new Set(jurisdictions)].sort();
  const key = set.join(',');
  let vocabulary = cache.get(key);
  if (!vocabulary) {
    vocabulary = compile(set);
    // Bounded: jurisdiction sets come from user input (the CLI's per-row column).
    if (cache.size >= 64) cache.clear();
    cache.set(key, vocabulary);
  }
  cache.set(asGiven, vocabulary);
  return vocabulary;
}

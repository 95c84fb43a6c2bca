// Compiles every rule table, the commercial signal words and the affiliate wording into lookup maps and
// ONE scanner regex over lower-cased text (a prefix trie, so the engine dispatches on each character
// instead of trying every term). One vocabulary for all jurisdictions: a term in any language is
// recognised whichever jurisdictions are checked; whether it is accepted there is that rule's meaning.
import type { Covers } from '../schemas/disclosure';
import type { Jurisdiction } from '../schemas/enums';
import { BARE_LABELS, CHANNEL_SUPPORT, EXPLANATIONS, LINK_LABELS } from './affiliate-wording';
import { coversOf } from './covers';
import { JURISDICTION_RULES } from './jurisdictions';
import { normalizeKey, type TermsByLanguage } from './rules';
import { SIGNAL_WORDS, type SignalKind } from './signal-words';

export interface TermMeaning {
  strength: 'accepted' | 'ambiguous';
  language: string;
  /** Accepted only as the rule's "*" form next to the link (DE affiliate explanations). */
  nearLink?: boolean;
  /** Accepted only with the brand named right after it (IT "#adv"). */
  needsBrand?: boolean;
}

export interface SignalMeaning {
  kind: SignalKind;
  language: string;
  needsCode: boolean;
  needsNumber: boolean;
  /** A signal only with a brand beside it (signal-words.ts). */
  brand: 'object' | 'line' | null;
  /** A gift noun: a signal only as what a brand is thanked for (gift-thanks.ts). */
  needsThanks: boolean;
}

export interface VocabularyEntry {
  /** Lower case, single spaces. */
  key: string;
  /** The meaning under each jurisdiction whose table (or the affiliate rule) gives it one. */
  terms: ReadonlyMap<Jurisdiction, TermMeaning>;
  signals: readonly SignalMeaning[];
  covers: Covers;
  language: string;
  /** Several words: read as a disclosure attempt even where the table does not list it. */
  phrase: boolean;
  /** Accepted by some jurisdiction's table (as a label it declares the post commercial there). */
  acceptedBy: ReadonlySet<Jurisdiction>;
  /** Some jurisdiction accepts it only with the brand named after it. */
  needsBrand: boolean;
}

export interface Wildcard {
  /** Sticky, for lower-cased text; group 1 is what "…" stood for (the brand, in "thanks to … for"). */
  re: RegExp;
  entry: VocabularyEntry;
}

export interface Vocabulary {
  words: ReadonlyMap<string, VocabularyEntry>;
  /** Whole hashtags, lower case, without "#". */
  tags: ReadonlyMap<string, VocabularyEntry>;
  /** "#*partner": tags ending in the suffix after a brand. */
  suffixes: readonly { suffix: string; entry: VocabularyEntry }[];
  /** "thanks to … for the free", by the words before "…" (which the scanner finds like any word). */
  wildcards: ReadonlyMap<string, readonly Wildcard[]>;
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
   * Suffix tags ("#*partner") are not in it: they are tried with endsWith on the text, without slicing.
   */
  tagEnds: Uint8Array;
}

interface Def {
  jurisdiction?: Jurisdiction;
  term?: TermMeaning;
  signal?: SignalMeaning;
  /** A disclosure term with no table meaning of its own here (the affiliate wording's defaults). */
  language?: string;
}

const WILDCARD = '…';
// "…" stands for up to 40 characters of the same sentence, or nothing ("i get commissions").
const WILDCARD_RE = '(?:\\s+([^.!?\\n]{1,40}?))?\\s+';
// Characters that cannot precede a term: ASCII word characters and the Latin, Greek and Cyrillic letters.
// Exact Unicode boundaries are re-checked per match; this class only keeps the scan cheap.
const GUARD = '(?:^|[^a-z0-9_\\u00c0-\\u024f\\u0370-\\u04ff])';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

function merge(key: string, layers: (Def[] | undefined)[], covers = coversOf(key)): VocabularyEntry {
  const terms = new Map<Jurisdiction, TermMeaning>();
  const signals = new Map<SignalKind, SignalMeaning>();
  let language: string | null = null;
  for (const layer of layers) {
    for (const def of layer ?? []) {
      if (def.jurisdiction && def.term && !terms.has(def.jurisdiction)) terms.set(def.jurisdiction, def.term);
      language ??= def.term?.language ?? def.language ?? null;
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
                brand: had.brand && def.signal.brand,
                needsThanks: had.needsThanks && def.signal.needsThanks,
              }
            : def.signal,
        );
      }
    }
  }
  const acceptedBy = new Set<Jurisdiction>();
  let needsBrand = false;
  for (const [j, meaning] of terms) {
    if (meaning.strength === 'accepted' && !meaning.needsBrand) acceptedBy.add(j);
    needsBrand ||= meaning.needsBrand === true;
  }
  return {
    key,
    terms,
    signals: [...signals.values()],
    covers,
    language: language ?? [...signals.values()][0]?.language ?? 'und',
    phrase: key.includes(' ') || key.includes(WILDCARD),
    acceptedBy,
    needsBrand,
  };
}

const JURISDICTIONS = Object.keys(JURISDICTION_RULES) as Jurisdiction[];

function compile(): Vocabulary {
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
  const placeTerms = (
    j: Jurisdiction,
    byLanguage: TermsByLanguage | undefined,
    meaning: Omit<TermMeaning, 'language'>,
  ) => {
    for (const [language, terms] of Object.entries(byLanguage ?? {}))
      for (const t of terms) place(t, { jurisdiction: j, term: { ...meaning, language } });
  };
  // Tables first: their meaning of a term wins over the affiliate defaults below.
  for (const j of JURISDICTIONS) {
    const rules = JURISDICTION_RULES[j];
    placeTerms(j, rules.accepted, { strength: 'accepted' });
    placeTerms(j, rules.ambiguous, { strength: 'ambiguous' });
    placeTerms(j, rules.acceptedWithBrand, { strength: 'accepted', needsBrand: true });
  }
  const affiliateSignal = (language: string): SignalMeaning => ({
    kind: 'affiliate_wording',
    language,
    needsCode: false,
    needsNumber: false,
    brand: null,
    needsThanks: false,
  });
  const placeAffiliate = (byLanguage: TermsByLanguage, explanation: boolean, signal: boolean) => {
    for (const [language, terms] of Object.entries(byLanguage))
      for (const t of terms) {
        if (signal) place(t, { signal: affiliateSignal(language), language });
        for (const j of JURISDICTIONS) {
          const rule = JURISDICTION_RULES[j].affiliate;
          const accepted = explanation && rule.explanationLanguages.includes(language);
          place(t, {
            jurisdiction: j,
            term: accepted
              ? { strength: 'accepted', language, ...(rule.nearLink ? { nearLink: true } : {}) }
              : { strength: 'ambiguous', language },
          });
        }
      }
  };
  placeAffiliate(EXPLANATIONS, true, true);
  placeAffiliate(BARE_LABELS, false, true);
  placeAffiliate(LINK_LABELS, false, true);
  placeAffiliate(CHANNEL_SUPPORT, false, false);
  for (const group of SIGNAL_WORDS) {
    for (const [language, words] of Object.entries(group.words))
      for (const w of words)
        place(w, {
          signal: {
            kind: group.kind,
            language,
            needsCode: group.needsCode ?? false,
            needsNumber: group.needsNumber ?? false,
            brand: group.brand ?? null,
            needsThanks: group.needsThanks ?? false,
          },
        });
    // Partnership words and roles say there is a relationship, not that the post is advertising: unclear
    // wherever no table gives them a meaning (the tables were placed first, so theirs wins).
    if (group.brand)
      for (const [language, words] of Object.entries(group.words))
        for (const w of words)
          for (const j of JURISDICTIONS)
            place(w, { jurisdiction: j, term: { strength: 'ambiguous', language } });
  }

  const words = new Map<string, VocabularyEntry>();
  for (const key of wordDefs.keys())
    words.set(key, merge(key, [wordDefs.get(key), ...subPhrases(key).map((p) => wordDefs.get(p))]));

  // A word term also counts as the hashtag written without spaces; tag-only definitions come first.
  const tags = new Map<string, VocabularyEntry>();
  const wordsByTag = new Map<string, string[]>();
  for (const key of words.keys()) addDefs(wordsByTag, key.replace(/[ -]/g, ''), key);
  for (const tag of new Set([...tagDefs.keys(), ...wordsByTag.keys()])) {
    const layers = [tagDefs.get(tag)];
    for (const key of wordsByTag.get(tag) ?? [])
      layers.push([wordDefs.get(key) ?? [], ...subPhrases(key).map((p) => wordDefs.get(p) ?? [])].flat());
    // "#sponsoredby" covers what "sponsored by" does.
    tags.set(tag, merge(tag, layers, coversOf(`#${tag}`, ...(wordsByTag.get(tag) ?? []))));
  }

  const suffixes = [...suffixDefs].map(([suffix, defs]) => ({
    suffix,
    entry: merge(`#*${suffix}`, [defs]),
  }));
  const wildcards = new Map<string, Wildcard[]>();
  for (const [key, defs] of wildDefs) {
    const parts = key.split(WILDCARD).map((p) => p.trim());
    const re = new RegExp(parts.map((p) => escapeRe(p).replace(/ /g, '\\s+')).join(WILDCARD_RE), 'y');
    // Where no table gives the whole phrase a meaning, its opening words' meaning holds: CAP calls "thanks
    // to" unclear, so "thanks to @brand for the free shoes" is unclear there, not an unlisted phrase.
    addDefs(wildcards, parts[0]!, { re, entry: merge(key, [defs, wordDefs.get(parts[0]!)]) });
  }

  // The words before a "…" are scanned like any word; resolving a match tries their wildcards first.
  const wordKeys = [...new Set([...words.keys(), ...wildcards.keys()])];
  const guarded = wordKeys.filter((k) => /^[\p{L}\p{N}_]/u.test(k));
  const unguarded = wordKeys.filter((k) => !/^[\p{L}\p{N}_]/u.test(k));
  // Runs over the lower-cased caption: without the "i" flag the engine keeps its fast paths for the
  // non-ASCII letters in the trie (about 2x faster than "gi" on the bench corpus).
  const scanner = new RegExp(`${GUARD}(${trie(guarded)})`, 'g');
  const unguardedRe = unguarded.length > 0 ? new RegExp(trie(unguarded), 'y') : null;
  const unguardedFirst = [...new Set(unguarded.map((k) => k[0]!))];

  const tagEnds = new Uint8Array(128 * 128);
  const mark = (first: number, last: number) => {
    tagEnds[(first & 127) * 128 + (last & 127)] = 1;
  };
  for (const tag of tags.keys()) mark(tag.charCodeAt(0), tag.charCodeAt(tag.length - 1));
  return {
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

let compiled: Vocabulary | null = null;

/** The vocabulary of every rule table, compiled on first use. */
export function vocabulary(): Vocabulary {
  compiled ??= compile();
  return compiled;
}

// A brief turned into what scoring needs, once per brief object: every term list (the brief's and
// Troupe's marker words, marker-words.ts) in one matcher, sets for platforms, regions and
// languages, resolved weights.
// Cached by object identity (WeakMap), so a roster re-scored against one brief compiles it once and
// an edited brief (a new object) is never served stale.
import type { Brief } from '../schemas/brief';
import { withPurpose } from '../schemas/brief-upgrade';
import { DEFAULT_WEIGHTS } from '../schemas/default-weights';
import type { FactorId } from '../schemas/enums';
import { briefVersion } from './brief-version';
import { MARKER_WORDS, type MarkerKind } from './marker-words';
import { compileTerms, fold, type TermSet } from './terms';
import { wordFamily } from './word-family';

export type TermKind = MarkerKind | 'niche' | 'value' | 'caution' | 'excluded';

export interface CompiledBrief {
  brief: Brief | null;
  /** briefVersion() of the brief as given (before its upgrade), stored with every fit; null without a brief. */
  version: string | null;
  terms: TermSet;
  /** What each term in `terms` is. */
  kinds: readonly TermKind[];
  /** For niche terms, the index of their niche in brief.niches; -1 otherwise. */
  nicheOf: readonly number[];
  /**
   * The brief's own term each term is a form of: a niche keyword's family forms ("trail runner"
   * for "trail running") are terms of their own, so the evidence can say which form was seen.
   * A term that is no such form points to itself.
   */
  formOf: readonly number[];
  platforms: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  excludedRegions: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  /** The same lists as the card prints them, "US, MX". */
  regionsText: string;
  languagesText: string;
  weights: Readonly<Record<FactorId, number>>;
  /** Texts already scanned against this brief: re-scoring a profile skips the scan. */
  seen: Map<string, ScannedText>;
}

export interface ScannedText {
  hits: readonly number[];
  /**
   * The last hashtag list seen with this text as a caption (a copy), and the hits with those tags
   * added: the same post scored again skips reading its tags. Null until seen as a caption.
   */
  tags: readonly string[] | null;
  withTags: readonly number[];
}

const cache = new WeakMap<Brief, CompiledBrief>();
let withoutBrief: CompiledBrief | null = null;

export function compiledBrief(brief: Brief | null): CompiledBrief {
  if (brief === null) return (withoutBrief ??= compile(null, null));
  let compiled = cache.get(brief);
  if (!compiled) {
    // A brief object that never went through BriefSchema (read straight from an old store) scores
    // as its upgraded self, so its score cannot move.
    compiled = compile(withPurpose(brief), briefVersion(brief));
    cache.set(brief, compiled);
  }
  return compiled;
}

const upper = (list: readonly string[]) => new Set(list.map((s) => s.trim().toUpperCase()));
/** "es-MX" and "es" both read as "es". */
export function primaryLanguage(tag: string): string {
  const t = tag.trim().toLowerCase();
  const dash = t.search(/[-_]/);
  return dash === -1 ? t : t.slice(0, dash);
}

function compile(brief: Brief | null, version: string | null): CompiledBrief {
  const words: string[] = [];
  const kinds: TermKind[] = [];
  const nicheOf: number[] = [];
  const add = (list: readonly string[], kind: TermKind, niche = -1) => {
    for (const word of list) {
      words.push(word);
      kinds.push(kind);
      nicheOf.push(niche);
    }
  };
  for (const kind of Object.keys(MARKER_WORDS) as MarkerKind[]) add(MARKER_WORDS[kind], kind);
  if (brief) {
    brief.niches.forEach((niche, i) => {
      add(niche.keywords, 'niche', i);
    });
    add(brief.values, 'value');
    add(brief.cautionTerms, 'caution');
    add(brief.excludedTerms, 'excluded');
  }
  const formOf = words.map((_, t) => t);
  // After every brief term, so their indexes stay what they were. Excluded and caution terms get
  // no family: brand safety matches what the brief wrote.
  const own = words.length;
  // "runner" is a family form of "running" but also a keyword of the same niche: found once.
  const inNiche = new Set<string>();
  for (let t = 0; t < own; t++) if (kinds[t] === 'niche') inNiche.add(`${nicheOf[t]} ${fold(words[t]!)}`);
  for (let t = 0; t < own; t++) {
    if (kinds[t] !== 'niche') continue;
    for (const form of nicheForms(words[t]!)) {
      const key = `${nicheOf[t]} ${form}`;
      if (inNiche.has(key)) continue;
      inNiche.add(key);
      words.push(form);
      kinds.push('niche');
      nicheOf.push(nicheOf[t]!);
      formOf.push(t);
    }
  }
  const weights = { ...DEFAULT_WEIGHTS };
  if (brief) {
    for (const [id, w] of Object.entries(brief.weights) as [FactorId, number | undefined][]) {
      if (w !== undefined && id in weights) weights[id] = w;
    }
  }
  const regions = upper(brief?.regions ?? []);
  const languages = new Set((brief?.languages ?? []).map(primaryLanguage));
  return {
    brief,
    version,
    terms: compileTerms(words),
    kinds,
    nicheOf,
    formOf,
    platforms: new Set(brief?.platforms ?? []),
    regions,
    excludedRegions: upper(brief?.excludedRegions ?? []),
    languages,
    weights,
    regionsText: [...regions].join(', '),
    languagesText: [...languages].join(', '),
    seen: new Map(),
  };
}

/**
 * "trail running": "trail run", "trail runner"... The last word changes, the one a family lives in
 * ("meal prep", "meal prepper"); never a "#tag" or "part {n}", only words in the Latin alphabet.
 */
function nicheForms(term: string): readonly string[] {
  let forms = formsSeen.get(term);
  if (forms === undefined) {
    const made: string[] = [];
    const folded = fold(term);
    const space = folded.lastIndexOf(' ');
    const last = folded.slice(space + 1);
    if (!/^\s*[#＃]|\{n\}/.test(term) && /^[a-z]+$/.test(last)) {
      const head = folded.slice(0, space + 1);
      for (const other of wordFamily(last)) made.push(head + other);
    }
    // Bounded like the scan memo: past the limit it starts over rather than grow.
    if (formsSeen.size >= FORMS_LIMIT) formsSeen.clear();
    formsSeen.set(term, made);
    forms = made;
  }
  return forms;
}

/** A brief edited keystroke by keystroke is compiled anew each time; its keywords mostly are not new. */
const formsSeen = new Map<string, readonly string[]>();
const FORMS_LIMIT = 4096;

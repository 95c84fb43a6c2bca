// A brief turned into what scoring needs, once per brief object: every term list (the brief's and
// Troupe's marker words, marker-words.ts) in one matcher, sets for platforms, regions and
// languages, resolved weights.
// Cached by object identity (WeakMap), so a roster re-scored against one brief compiles it once and
// an edited brief (a new object) is never served stale.
import type { Brief } from '../schemas/brief';
import { withPurpose } from '../schemas/brief-upgrade';
import { DEFAULT_WEIGHTS } from '../schemas/default-weights';
import type { FactorId } from '../schemas/enums';
import { MARKER_WORDS, type MarkerKind } from './marker-words';
import { compileTerms, type TermSet } from './terms';

export type TermKind = MarkerKind | 'niche' | 'value' | 'caution' | 'excluded';

export interface CompiledBrief {
  brief: Brief | null;
  terms: TermSet;
  /** What each term in `terms` is. */
  kinds: readonly TermKind[];
  /** For niche terms, the index of their niche in brief.niches; -1 otherwise. */
  nicheOf: readonly number[];
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
  if (brief === null) return (withoutBrief ??= compile(null));
  let compiled = cache.get(brief);
  if (!compiled) {
    // A brief object that never went through BriefSchema (read straight from an old store) scores
    // as its upgraded self, so its score cannot move.
    compiled = compile(withPurpose(brief));
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

function compile(brief: Brief | null): CompiledBrief {
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
    terms: compileTerms(words),
    kinds,
    nicheOf,
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

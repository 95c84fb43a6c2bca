// Judgement under one jurisdiction's rule: for each commercial signal, the best of the disclosures that
// cover it (accepted and seen → disclosed; accepted but after the fold or in a hashtag pile → late;
// wording the rule calls unclear → ambiguous; nothing → missing). The worst signal decides the verdict,
// and the reasons name it in a marketer's words.
import type { CommercialSignal, Covers, Reason, SignalVerdict } from '../schemas/disclosure';
import type { Platform, Verdict } from '../schemas/enums';
import { brandsBehind, type CoverageIndex, isLink, lineOf, onLines, sponsorsNear } from './coverage';
import { COVERED_BY } from './covers';
import { describeSignal, KIND_WORDS, VERDICT_SEVERITY } from './describe';
import type { Disclosure } from './disclosures';
import { foldLimit } from './folds';
import type { HashtagPile } from './hashtag-pile';
import type { JurisdictionRules } from './rules';
import { firstAtOrAfter } from './sorted';
import type { TermMeaning } from './vocabulary';

/** Which disclosure decides a signal: the first that discloses it, else one that is only late, else unclear. */
const PREFERENCE: Record<Verdict, number> = {
  disclosed: 0,
  late: 1,
  ambiguous: 2,
  missing: 3,
  not_needed: 4,
};

// Module-level alias: the hot loop reads it once per signal.
const SEVERITY = VERDICT_SEVERITY;

/** DE: "next to the link" — an explanation this close (in characters) to a starred link counts. */
export const NEAR_LINK_CHARS = 400;

/** What judging needs about one caption, worked out once for all jurisdictions. */
export interface Caption {
  text: string;
  platform: Platform | null;
  fold: number | null;
  pile: HashtagPile | null;
  pileLeadsText: boolean;
  paidLabel: boolean | null;
  signals: readonly CommercialSignal[];
  disclosures: readonly Disclosure[];
  index: CoverageIndex;
  /** Some jurisdiction checked judges affiliate explanations by their nearness to the link (DE). */
  nearLink: boolean;
  /** Per signal, what judging it depends on besides its kind (judgement.ts fills it on first use). */
  locals?: (Local | null)[];
}

export interface Judgement {
  verdict: Verdict;
  reasons: Reason[];
  signals: SignalVerdict[];
}

/** A signal's verdict under one rule; the same object stands for every signal it decides alike. */
type Outcome = SignalVerdict;

export function quote(c: Caption, d: Disclosure): string {
  d.quoted ??= `"${c.text.slice(d.start, d.end)}"`;
  return d.quoted;
}

function cite(rules: JurisdictionRules, said: string): Reason {
  return {
    jurisdiction: rules.code,
    text: `${rules.code}: ${said}`,
    rule: rules.rule,
    source: rules.source.url,
  };
}

/** The term's meaning under this rule; a term the table does not list still counts, as unclear, when it is a label or a phrase. */
function meaningIn(rules: JurisdictionRules, d: Disclosure): TermMeaning | 'unlisted' | null {
  const meaning = d.entry.terms.get(rules.code);
  if (meaning) return meaning;
  return d.label || d.entry.phrase ? 'unlisted' : null;
}

function isSeen(rules: JurisdictionRules, c: Caption, d: Disclosure): boolean {
  const visible = c.fold === null || d.end <= c.fold;
  const p = rules.placement;
  if (d.pileIndex >= 0) {
    const edge = d.pileIndex < p.pileFront || (p.pileBack && d.pileIndex === c.pile!.count - 1);
    return (edge || (c.pileLeadsText && d.pileIndex === 0)) && (visible || !p.aboveFold);
  }
  return visible || !p.aboveFold;
}

/**
 * The verdict outcomeOf(…, null) would give, without building its words: most disclosures of a long text
 * cannot beat the best one found, and only the one that does needs its reason written.
 */
function verdictOf(rules: JurisdictionRules, c: Caption, i: number): Verdict | null {
  const d = c.disclosures[i]!;
  const meaning = meaningIn(rules, d);
  if (meaning === null) return null;
  if (meaning === 'unlisted' || meaning.strength === 'ambiguous') return 'ambiguous';
  if ((meaning.needsBrand && !d.brand) || meaning.nearLink) return 'ambiguous';
  return isSeen(rules, c, d) ? 'disclosed' : 'late';
}

/** `best` improved by disclosure `i` judged for the whole post (null signal), writing words only if it wins. */
function improve(rules: JurisdictionRules, c: Caption, best: Outcome | null, i: number): Outcome | null {
  const v = verdictOf(rules, c, i);
  if (v === null || (best !== null && PREFERENCE[v] >= PREFERENCE[best.verdict])) return best;
  return outcomeOf(rules, c, i, null);
}

/** Whether the jurisdiction's reader sees the term: true, or why not. */
function seen(rules: JurisdictionRules, c: Caption, d: Disclosure): true | string {
  if (isSeen(rules, c, d)) return true;
  if (d.pileIndex >= 0) return `it is buried in a pile of ${c.pile!.count} trailing hashtags`;
  const where = c.platform ? `${c.platform}'s "more" (${foldLimit(c.text, c.fold, c.platform)})` : 'the fold';
  return `it only appears at character ${d.start}, after ${where}`;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;

const starred = (c: Caption, s: CommercialSignal) => c.index.asteriskAt.has(s.start);

function onOneLine(text: string, a: { start: number; end: number }, b: { start: number; end: number }) {
  const nl = text.indexOf('\n', Math.min(a.end, b.end));
  return nl < 0 || nl >= Math.max(a.start, b.start);
}

/** How well disclosure `i` discloses signal `s` (null: the whole post, labelled commercial) under the rule. */
function outcomeOf(
  rules: JurisdictionRules,
  c: Caption,
  i: number,
  s: CommercialSignal | null,
): Outcome | null {
  const d = c.disclosures[i]!;
  const meaning = meaningIn(rules, d);
  if (meaning === null) return null;
  const q = quote(c, d);
  const by = rules.authority;
  if (meaning === 'unlisted')
    return {
      verdict: 'ambiguous',
      disclosure: i,
      text: `only ${q} says so, which is not a label ${by} lists`,
    };
  if (meaning.strength === 'ambiguous')
    return {
      verdict: 'ambiguous',
      disclosure: i,
      text: d.link
        ? `only an asterisk marks it, with nothing that explains it (${by})`
        : `only ${q} says so, which ${by} calls ambiguous or insufficient`,
    };
  if (meaning.needsBrand && !d.brand)
    return {
      verdict: 'ambiguous',
      disclosure: i,
      text: `${q} names no brand, and ${by} accepts it only with the brand`,
    };
  if (meaning.nearLink) {
    // DE: the "*"-explanation counts by its nearness to a starred link, not by the fold.
    const form = d.starLed && s !== null && distance(d, s) <= NEAR_LINK_CHARS;
    if (form && s !== null && isLink(s) && starred(c, s))
      return { verdict: 'disclosed', disclosure: i, text: `disclosed by ${q} next to the link marked "*"` };
    if (form && s?.kind === 'affiliate_wording')
      return { verdict: 'disclosed', disclosure: i, text: `disclosed by ${q}` };
    return {
      verdict: 'ambiguous',
      disclosure: i,
      text: `${q} explains it, but not as ${by} asks: the link marked "*" and the explanation, starting with "*", next to it`,
    };
  }
  if (rules.affiliate.eachLink && s !== null && isLink(s)) {
    // NO: the mark must stand with the link; there it is seen with the link, wherever the fold falls.
    if (onOneLine(c.text, d, s))
      return { verdict: 'disclosed', disclosure: i, text: `disclosed by ${q} next to it` };
    return {
      verdict: 'ambiguous',
      disclosure: i,
      text: `${q} labels the post, but ${by} wants each advertising link marked where it stands`,
    };
  }
  const where = seen(rules, c, d);
  if (where === true) return { verdict: 'disclosed', disclosure: i, text: `disclosed by ${q}` };
  return {
    verdict: 'late',
    disclosure: i,
    text: `disclosed by ${q}, but too late: ${where}; the rule wants it ${rules.placement.rule}`,
  };
}

function platformLabelOutcome(rules: JurisdictionRules, c: Caption): Outcome | null {
  if (c.paidLabel !== true) return null;
  return rules.platformLabelSuffices
    ? { verdict: 'disclosed', disclosure: null, text: "disclosed by the platform's paid-partnership label" }
    : {
        verdict: 'ambiguous',
        disclosure: null,
        text: `only the platform's paid-partnership label says so, which is not enough under ${rules.authority}`,
      };
}

const better = (a: Outcome | null, b: Outcome | null) =>
  b === null || (a !== null && PREFERENCE[a.verdict] <= PREFERENCE[b.verdict]) ? a : b;

/** NO: a label on another line marks the post, not the link: at best unclear for the link. */
function postOnly(rules: JurisdictionRules, c: Caption, o: Outcome | null): Outcome | null {
  if (o === null || o.disclosure === null || o.verdict === 'ambiguous') return o;
  const q = quote(c, c.disclosures[o.disclosure]!);
  return {
    verdict: 'ambiguous',
    disclosure: o.disclosure,
    text: `${q} labels the post, but ${rules.authority} wants each advertising link marked where it stands`,
  };
}

const KINDS: readonly Covers[] = ['any', 'affiliate', 'sponsorship', 'gift'];

/** Why nothing covers a signal: a disclosure that is about something else (`other`), or none at all. */
function whyMissing(
  rules: JurisdictionRules,
  c: Caption,
  other: Disclosure | undefined | null,
  s: CommercialSignal,
): string {
  if (!other) return `not disclosed: nothing ${rules.authority} accepts says so`;
  const q = quote(c, other);
  const what = KIND_WORDS[s.kind];
  if (other.covers === 'sponsorship')
    return `not disclosed: ${q} discloses the sponsorship${other.brand ? ` by ${other.brand}` : ''}, not this ${what}`;
  if (other.covers === 'gift')
    return `not disclosed: ${q} discloses a gift${other.brand ? ` from ${other.brand}` : ''}, not this ${what}`;
  return `not disclosed: ${q} is about affiliate links, not this ${what}`;
}

/** The best outcome among the disclosures naming one brand (their judgement does not depend on the link). */
function ofBrand(rules: JurisdictionRules, c: Caption, memo: Map<string, Outcome | null>, brand: string) {
  let o = memo.get(brand);
  if (o === undefined) {
    o = null;
    for (const i of c.index.byBrand.get(brand)!) o = improve(rules, c, o, i);
    memo.set(brand, o);
  }
  return o;
}

/** The disclosures whose effect on a signal depends on where it is, found once per caption. */
interface Local {
  /** The asterisk marking it, or -1. */
  star: number;
  /** Brands named by sponsorship or gift disclosures that are behind the link. */
  brands: readonly string[];
  /** Sponsorship and gift disclosures next to a shortened link. */
  sponsors: readonly number[];
  /** Affiliate explanations within reach (DE: next to the link). */
  near: readonly number[];
  /** Whether any of the above is there (outside NO, a signal without them is judged by its kind alone). */
  some: boolean;
  /** NO: disclosures on the link's own line, made on first use. */
  sameLine?: number[];
}

function localsOf(c: Caption): (Local | null)[] {
  c.locals ??= c.signals.map((s) => {
    const link = s.kind === 'affiliate_link' || s.kind === 'shortener';
    const near = c.nearLink && (link || s.kind === 'affiliate_wording') ? explanationsNear(c, s) : [];
    if (!link) return near.length > 0 ? { star: -1, brands: [], sponsors: [], near, some: true } : null;
    const star = c.index.asteriskAt.get(s.start) ?? -1;
    const brands = brandsBehind(c.index, s);
    const sponsors = s.kind === 'shortener' ? sponsorsNear(c.index, s) : [];
    const some = star >= 0 || brands.length > 0 || sponsors.length > 0 || near.length > 0;
    return { star, brands, sponsors, near, some };
  });
  return c.locals;
}

/** How the signal fares: the best of its kind's disclosures, then the few that depend on where it is. */
function signalOutcome(
  rules: JurisdictionRules,
  c: Caption,
  s: CommercialSignal,
  local: Local,
  ofKind: Outcome | null,
  brands: Map<string, Outcome | null>,
  memo: (Outcome | null | undefined)[],
): Outcome | null {
  let o = ofKind;
  if (local.star >= 0) o = better(o, outcomeOf(rules, c, local.star, s));
  if (rules.affiliate.eachLink) {
    local.sameLine ??= onLines(c.index, s, [lineOf(c.index, s.start)]);
    for (const i of local.sameLine) o = better(o, outcomeOf(rules, c, i, s));
  } else {
    for (const brand of local.brands) o = better(o, ofBrand(rules, c, brands, brand));
    // A sponsor's outcome does not depend on which of its links it covers (outside NO): worked out once.
    for (const i of local.sponsors) {
      if (memo[i] === undefined) memo[i] = improve(rules, c, null, i);
      o = better(o, memo[i]!);
    }
  }
  if (rules.affiliate.nearLink) for (const i of local.near) o = better(o, outcomeOf(rules, c, i, s));
  return o;
}

/** The verdict for a commercial caption under one rule (a caption with nothing commercial needs none). */
export function judge(rules: JurisdictionRules, c: Caption): Judgement {
  const { index } = c;
  const label = platformLabelOutcome(rules, c);
  // The best of each kind of disclosure where the signal does not matter (most of them), worked out once.
  const plain: Record<Covers, Outcome | null> = { any: null, affiliate: null, sponsorship: null, gift: null };
  for (const kind of KINDS)
    for (const i of index.byKind[kind]) {
      if (plain[kind]?.verdict === 'disclosed') break;
      plain[kind] = improve(rules, c, plain[kind], i);
    }
  if (c.signals.length === 0) {
    // Nothing but a label says the post is commercial: the label is judged for the post as a whole.
    let o = label;
    for (const kind of KINDS) o = better(o, plain[kind]);
    const how = o?.text ?? `not disclosed: nothing ${rules.authority} accepts says so`;
    return {
      verdict: o?.verdict ?? 'missing',
      reasons: [cite(rules, `the post is labelled commercial: ${how}.`)],
      signals: [],
    };
  }
  // Per kind of signal, the best of the disclosures that cover that kind (NO: for links, only the post's),
  // and what is said when nothing covers that kind.
  const ofKind = new Map<CommercialSignal['kind'], Outcome | null>();
  const missingOfKind = new Map<CommercialSignal['kind'], Outcome>();
  const brands = new Map<string, Outcome | null>();
  const memo: (Outcome | null | undefined)[] = [];
  let other: Disclosure | undefined | null = null;
  const verdicts: SignalVerdict[] = [];
  let worst: Verdict = 'disclosed';
  const locals = localsOf(c);
  const eachLink = rules.affiliate.eachLink;
  for (let k = 0; k < c.signals.length; k++) {
    const s = c.signals[k]!;
    let kindBest = ofKind.get(s.kind);
    if (kindBest === undefined) {
      kindBest = label;
      const postLevel = rules.affiliate.eachLink && isLink(s);
      for (const kind of COVERED_BY[s.kind])
        kindBest = better(kindBest, postLevel ? postOnly(rules, c, plain[kind]) : plain[kind]);
      ofKind.set(s.kind, kindBest);
    }
    const local = locals[k];
    let o =
      kindBest?.verdict === 'disclosed' || !local || (!local.some && !(eachLink && isLink(s)))
        ? kindBest
        : signalOutcome(rules, c, s, local, kindBest, brands, memo);
    if (o === null) {
      o = missingOfKind.get(s.kind) ?? null;
      if (o === null) {
        other ??= c.disclosures.find((d) => !d.link && d.covers !== 'any' && meaningIn(rules, d) !== null);
        o = { verdict: 'missing', disclosure: null, text: whyMissing(rules, c, other, s) };
        missingOfKind.set(s.kind, o);
      }
    }
    verdicts.push(o);
    if (SEVERITY[o.verdict] > SEVERITY[worst]) worst = o.verdict;
  }
  if (worst === 'disclosed') {
    const by: string[] = [];
    for (const v of verdicts) {
      const q =
        v.disclosure === null
          ? "the platform's paid-partnership label"
          : quote(c, c.disclosures[v.disclosure]!);
      if (!by.includes(q)) by.push(q);
      if (by.length > 3) break;
    }
    const named = by.slice(0, 3).join(', ') + (by.length > 3 ? ' and more' : '');
    return {
      verdict: worst,
      reasons: [
        cite(
          rules,
          `every commercial signal is disclosed by ${named}: wording ${rules.authority} accepts, placed where it is seen.`,
        ),
      ],
      signals: verdicts,
    };
  }
  // The worst signals name themselves in the reasons, in text order.
  const reasons: Reason[] = [];
  for (let k = 0; k < verdicts.length && reasons.length < 3; k++)
    if (verdicts[k]!.verdict === worst)
      reasons.push(cite(rules, `${describeSignal(c.signals[k]!)}: ${verdicts[k]!.text}.`));
  return { verdict: worst, reasons, signals: verdicts };
}

/** Affiliate disclosures (explanations) that start within reach of the signal (DE: next to the link). */
function explanationsNear(c: Caption, s: CommercialSignal): number[] {
  const list = c.index.byKind.affiliate;
  const from = s.start - NEAR_LINK_CHARS - 200;
  const lo = firstAtOrAfter(list.length, from, (k) => c.disclosures[list[k]!]!.start);
  const out: number[] = [];
  for (let k = lo; k < list.length && c.disclosures[list[k]!]!.start <= s.end + NEAR_LINK_CHARS; k++)
    out.push(list[k]!);
  return out;
}

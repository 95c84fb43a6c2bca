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
  /** Per signal, its kind's place in KINDS_OF_SIGNAL (filled on first use). */
  kinds?: number[];
  /** Per kind of rule (RULE_SHAPES), the signals judged one by one under it (filled on first use). */
  oneByOne?: (number[] | undefined)[];
  /** Outcomes whose words name no rule ("disclosed by …"), shared by every jurisdiction (filled on first use). */
  worded?: Map<number, Outcome>;
  /** Per signal, describeSignal's words (filled as reasons need them). */
  described?: Map<number, string>;
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

/** How a disclosure bears on a signal under one rule: each case has one verdict and one wording. */
type Case =
  | 'unlisted'
  | 'unclear'
  | 'no_brand'
  | 'next_to_starred_link'
  | 'explains_wording'
  | 'not_as_asked'
  | 'with_the_link'
  | 'post_only'
  | 'seen'
  | 'late';

const CASE_VERDICT: Record<Case, Verdict> = {
  unlisted: 'ambiguous',
  unclear: 'ambiguous',
  no_brand: 'ambiguous',
  next_to_starred_link: 'disclosed',
  explains_wording: 'disclosed',
  not_as_asked: 'ambiguous',
  with_the_link: 'disclosed',
  post_only: 'ambiguous',
  seen: 'disclosed',
  late: 'late',
};
const CASES = Object.keys(CASE_VERDICT) as Case[];
/** Cases whose words name neither the authority nor its placement rule: one outcome serves every rule. */
const SAID_ALIKE: ReadonlySet<Case> = new Set([
  'seen',
  'next_to_starred_link',
  'explains_wording',
  'with_the_link',
]);
const CASE_NUMBER = Object.fromEntries(CASES.map((how, n) => [how, n])) as Record<Case, number>;

/**
 * What judging one caption under one rule works out once: outcomes are worded once per disclosure and
 * case (many links share one explanation, DE, or one line's label, NO), and once per sponsor or brand.
 * Outcomes whose words name no rule are kept on the caption instead, for every jurisdiction.
 */
interface Judging {
  rules: JurisdictionRules;
  c: Caption;
  /** Made on first use: most captions are judged without them. */
  worded?: Map<number, Outcome>;
  brands?: Map<string, Outcome | null>;
  sponsors?: Map<number, Outcome | null>;
  /** The platform label's outcome, and the best disclosure of each kind for the post as a whole. */
  label: Outcome | null;
  plain: Record<Covers, Outcome | null>;
  /** Per kind of signal (KIND_NUMBER), the best of the disclosures that cover it. */
  ofKind: (Outcome | null | undefined)[];
  /** A disclosure about something else, named when nothing covers a signal. */
  other: Disclosure | undefined | null;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;

const starred = (c: Caption, s: CommercialSignal) => c.index.asteriskAt.has(s.start);

function onOneLine(text: string, a: { start: number; end: number }, b: { start: number; end: number }) {
  const nl = text.indexOf('\n', Math.min(a.end, b.end));
  return nl < 0 || nl >= Math.max(a.start, b.start);
}

/** How disclosure `i` bears on signal `s` (null: the whole post, labelled commercial), or null: not at all. */
function caseOf(rules: JurisdictionRules, c: Caption, i: number, s: CommercialSignal | null): Case | null {
  const d = c.disclosures[i]!;
  const meaning = meaningIn(rules, d);
  if (meaning === null) return null;
  if (meaning === 'unlisted') return 'unlisted';
  if (meaning.strength === 'ambiguous') return 'unclear';
  if (meaning.needsBrand && !d.brand) return 'no_brand';
  if (meaning.nearLink) {
    // DE: the "*"-explanation counts by its nearness to a starred link, not by the fold.
    const form = d.starLed && s !== null && distance(d, s) <= NEAR_LINK_CHARS;
    if (form && s !== null && isLink(s) && starred(c, s)) return 'next_to_starred_link';
    if (form && s?.kind === 'affiliate_wording') return 'explains_wording';
    return 'not_as_asked';
  }
  // NO: the mark must stand with the link; there it is seen with the link, wherever the fold falls.
  if (rules.affiliate.eachLink && s !== null && isLink(s))
    return onOneLine(c.text, d, s) ? 'with_the_link' : 'post_only';
  return isSeen(rules, c, d) ? 'seen' : 'late';
}

/** Whether the jurisdiction's reader sees the term: true, or why not. */
function seen(rules: JurisdictionRules, c: Caption, d: Disclosure): true | string {
  if (isSeen(rules, c, d)) return true;
  if (d.pileIndex >= 0) return `it is buried in a pile of ${c.pile!.count} trailing hashtags`;
  const where = c.platform ? `${c.platform}'s "more" (${foldLimit(c.text, c.fold, c.platform)})` : 'the fold';
  return `it only appears at character ${d.start}, after ${where}`;
}

/** The words of one case, for disclosure `i` under the rule. */
function wordsOf(rules: JurisdictionRules, c: Caption, i: number, how: Case): string {
  const d = c.disclosures[i]!;
  const q = quote(c, d);
  const by = rules.authority;
  switch (how) {
    case 'unlisted':
      return `only ${q} says so, which is not a label ${by} lists`;
    case 'unclear':
      return d.link
        ? `only an asterisk marks it, with nothing that explains it (${by})`
        : `only ${q} says so, which ${by} calls ambiguous or insufficient`;
    case 'no_brand':
      return `${q} names no brand, and ${by} accepts it only with the brand`;
    case 'next_to_starred_link':
      return `disclosed by ${q} next to the link marked "*"`;
    case 'not_as_asked':
      return `${q} explains it, but not as ${by} asks: the link marked "*" and the explanation, starting with "*", next to it`;
    case 'with_the_link':
      return `disclosed by ${q} next to it`;
    case 'post_only':
      return `${q} labels the post, but ${by} wants each advertising link marked where it stands`;
    case 'late':
      return `disclosed by ${q}, but too late: ${seen(rules, c, d) as string}; the rule wants it ${rules.placement.rule}`;
    default:
      return `disclosed by ${q}`;
  }
}

/** Disclosure `i`'s outcome in case `how`, worded on first use. */
function worded(j: Judging, i: number, how: Case): Outcome {
  const key = i * CASES.length + CASE_NUMBER[how];
  const memo = SAID_ALIKE.has(how) ? (j.c.worded ??= new Map()) : (j.worded ??= new Map());
  let o = memo.get(key);
  if (o === undefined) {
    o = { verdict: CASE_VERDICT[how], disclosure: i, text: wordsOf(j.rules, j.c, i, how) };
    memo.set(key, o);
  }
  return o;
}

/** How well disclosure `i` discloses signal `s` (null: the whole post, labelled commercial) under the rule. */
function outcomeOf(j: Judging, i: number, s: CommercialSignal | null): Outcome | null {
  const how = caseOf(j.rules, j.c, i, s);
  return how === null ? null : worded(j, i, how);
}

/** `best` improved by disclosure `i` judged for the whole post (null signal), worded only if it wins. */
function improve(j: Judging, best: Outcome | null, i: number): Outcome | null {
  const how = caseOf(j.rules, j.c, i, null);
  if (how === null || (best !== null && PREFERENCE[CASE_VERDICT[how]] >= PREFERENCE[best.verdict]))
    return best;
  return worded(j, i, how);
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
function postOnly(j: Judging, o: Outcome | null): Outcome | null {
  if (o === null || o.disclosure === null || o.verdict === 'ambiguous') return o;
  return worded(j, o.disclosure, 'post_only');
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
function ofBrand(j: Judging, brand: string) {
  j.brands ??= new Map();
  let o = j.brands.get(brand);
  if (o === undefined) {
    o = null;
    for (const i of j.c.index.byBrand.get(brand)!) o = improve(j, o, i);
    j.brands.set(brand, o);
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
  /** NO: disclosures on the link's own line, made on first use. */
  sameLine?: number[];
}

function localsOf(c: Caption): (Local | null)[] {
  c.locals ??= c.signals.map((s) => {
    const link = s.kind === 'affiliate_link' || s.kind === 'shortener';
    const near = c.nearLink && (link || s.kind === 'affiliate_wording') ? explanationsNear(c, s) : [];
    if (!link) return near.length > 0 ? { star: -1, brands: [], sponsors: [], near } : null;
    const star = c.index.asteriskAt.get(s.start) ?? -1;
    return {
      star,
      brands: brandsBehind(c.index, s),
      sponsors: s.kind === 'shortener' ? sponsorsNear(c.index, s) : [],
      near,
    };
  });
  return c.locals;
}

/**
 * The shapes of rule that decide which signals are judged one by one (by the disclosures around them)
 * rather than by their kind alone: most rules (0), DE's nearness to the link (1), NO's mark on each link (2).
 */
const shapeOf = (rules: JurisdictionRules) =>
  (rules.affiliate.nearLink ? 1 : 0) + (rules.affiliate.eachLink ? 2 : 0);

/** The signals that the rule's shape judges one by one, in text order, found once per caption and shape. */
function oneByOne(c: Caption, rules: JurisdictionRules): readonly number[] {
  const shape = shapeOf(rules);
  c.oneByOne ??= [];
  let list = c.oneByOne[shape];
  if (list === undefined) {
    list = [];
    const locals = localsOf(c);
    for (let k = 0; k < c.signals.length; k++) {
      const local = locals[k]!;
      const around =
        local !== null &&
        (local.star >= 0 ||
          local.brands.length > 0 ||
          local.sponsors.length > 0 ||
          (rules.affiliate.nearLink && local.near.length > 0));
      if (around || (rules.affiliate.eachLink && isLink(c.signals[k]!))) list.push(k);
    }
    c.oneByOne[shape] = list;
  }
  return list;
}

/** Every kind of signal, each with its place: signals' kinds are kept as small numbers once per caption. */
const KINDS_OF_SIGNAL = Object.keys(COVERED_BY) as CommercialSignal['kind'][];
const KIND_NUMBER = Object.fromEntries(KINDS_OF_SIGNAL.map((kind, n) => [kind, n])) as Record<
  CommercialSignal['kind'],
  number
>;

function kindsOf(c: Caption): readonly number[] {
  c.kinds ??= c.signals.map((s) => KIND_NUMBER[s.kind]);
  return c.kinds;
}

/** describeSignal of signal `k`, written once per caption whichever jurisdictions name it. */
export function described(c: Caption, k: number): string {
  c.described ??= new Map();
  let words = c.described.get(k);
  if (words === undefined) c.described.set(k, (words = describeSignal(c.signals[k]!)));
  return words;
}

/** How the signal fares: the best of its kind's disclosures, then the few that depend on where it is. */
function signalOutcome(
  j: Judging,
  s: CommercialSignal,
  local: Local,
  ofKind: Outcome | null,
): Outcome | null {
  const { rules, c } = j;
  let o = ofKind;
  if (local.star >= 0) o = better(o, outcomeOf(j, local.star, s));
  if (rules.affiliate.eachLink) {
    local.sameLine ??= onLines(c.index, s, [lineOf(c.index, s.start)]);
    for (const i of local.sameLine) o = better(o, outcomeOf(j, i, s));
  } else {
    for (const brand of local.brands) o = better(o, ofBrand(j, brand));
    // A sponsor's outcome does not depend on which of its links it covers (outside NO): worked out once.
    for (const i of local.sponsors) {
      j.sponsors ??= new Map();
      let sponsor = j.sponsors.get(i);
      if (sponsor === undefined) j.sponsors.set(i, (sponsor = improve(j, null, i)));
      o = better(o, sponsor);
    }
  }
  if (rules.affiliate.nearLink) for (const i of local.near) o = better(o, outcomeOf(j, i, s));
  return o;
}

/** The best of the disclosures that cover signal `s`'s kind (number `n`), under the rule (NO: for links, only the post's). */
function kindBest(j: Judging, s: CommercialSignal, n: number): Outcome | null {
  let best = j.ofKind[n];
  if (best === undefined) {
    best = j.label;
    const postLevel = j.rules.affiliate.eachLink && isLink(s);
    for (const kind of COVERED_BY[s.kind])
      best = better(best, postLevel ? postOnly(j, j.plain[kind]) : j.plain[kind]);
    j.ofKind[n] = best;
  }
  return best;
}

/** What is said of a signal nothing covers (the same for its whole kind). */
function missing(j: Judging, s: CommercialSignal): Outcome {
  const { rules, c } = j;
  j.other ??= c.disclosures.find((d) => !d.link && d.covers !== 'any' && meaningIn(rules, d) !== null);
  return { verdict: 'missing', disclosure: null, text: whyMissing(rules, c, j.other, s) };
}

/** The verdict for a commercial caption under one rule (a caption with nothing commercial needs none). */
export function judge(rules: JurisdictionRules, c: Caption): Judgement {
  const { index } = c;
  const label = platformLabelOutcome(rules, c);
  // The best of each kind of disclosure where the signal does not matter (most of them), worked out once.
  const plain: Record<Covers, Outcome | null> = { any: null, affiliate: null, sponsorship: null, gift: null };
  const j: Judging = {
    rules,
    c,
    worded: undefined,
    brands: undefined,
    sponsors: undefined,
    label,
    plain,
    ofKind: [],
    other: null,
  };
  for (const kind of KINDS) {
    const list = index.byKind[kind];
    for (let x = 0; x < list.length && plain[kind]?.verdict !== 'disclosed'; x++)
      plain[kind] = improve(j, plain[kind], list[x]!);
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
  // and, when nothing covers it, what is said: most signals are judged by their kind alone.
  const kinds = kindsOf(c);
  const byKind: (Outcome | undefined)[] = [];
  const special = oneByOne(c, rules);
  const locals = localsOf(c);
  const verdicts: SignalVerdict[] = [];
  let worst: Verdict = 'disclosed';
  let last: Outcome | null = null;
  for (let k = 0, next = 0; k < c.signals.length; k++) {
    const s = c.signals[k]!;
    const n = kinds[k]!;
    let o: Outcome | undefined;
    if (next < special.length && special[next] === k) {
      next++;
      const best = kindBest(j, s, n);
      o = (best?.verdict === 'disclosed' ? best : signalOutcome(j, s, locals[k]!, best)) ?? byKind[n];
      o ??= byKind[n] = missing(j, s);
    } else {
      o = byKind[n];
      if (o === undefined) o = byKind[n] = kindBest(j, s, n) ?? missing(j, s);
    }
    verdicts.push(o);
    if (o !== last && SEVERITY[o.verdict] > SEVERITY[worst]) worst = o.verdict;
    last = o;
  }
  if (worst === 'disclosed') {
    const by: string[] = [];
    let seenLast: Outcome | null = null;
    for (const v of verdicts) {
      if (v === seenLast) continue;
      seenLast = v;
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
      reasons.push(cite(rules, `${described(c, k)}: ${verdicts[k]!.text}.`));
  return { verdict: worst, reasons, signals: verdicts };
}

/**
 * Per signal, the disclosures that decide it under some jurisdiction checked (disclosed, late or unclear
 * there), in order. A signal judged by its kind alone under every rule is decided as the rest of its kind:
 * that list is worked out once per kind.
 */
export function recordDeciders(
  c: Caption,
  rules: readonly JurisdictionRules[],
  judged: readonly Judgement[],
): void {
  const oneByOneSomewhere = new Uint8Array(c.signals.length);
  for (const r of rules) for (const k of oneByOne(c, r)) oneByOneSomewhere[k] = 1;
  const kinds = kindsOf(c);
  const ofKind: (number[] | undefined)[] = [];
  for (let k = 0; k < c.signals.length; k++) {
    const byKind = oneByOneSomewhere[k] === 0;
    const shared = byKind ? ofKind[kinds[k]!] : undefined;
    if (shared) {
      c.signals[k]!.disclosedBy = [...shared];
      continue;
    }
    const deciders: number[] = [];
    for (const j of judged) {
      const d = j.signals[k]!.disclosure;
      if (d !== null && !deciders.includes(d)) deciders.push(d);
    }
    if (deciders.length > 1) deciders.sort((a, b) => a - b);
    if (byKind) ofKind[kinds[k]!] = deciders;
    c.signals[k]!.disclosedBy = byKind ? [...deciders] : deciders;
  }
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

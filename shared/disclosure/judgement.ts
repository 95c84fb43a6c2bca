// Judgement under one jurisdiction's rule: for each commercial signal, the best of the disclosures that
// cover it (accepted and seen → disclosed; accepted but after the fold or in a hashtag pile → late;
// wording the rule calls unclear → ambiguous; nothing → missing). The worst signal decides the verdict,
// and the reasons name it in a marketer's words.
import type { Reason, Signal, SignalVerdict } from '../schemas/disclosure';
import type { Platform, Verdict } from '../schemas/enums';
import { isLink } from './coverage';
import { describeSignal, KIND_WORDS } from './describe';
import type { Disclosure } from './disclosures';
import type { HashtagPile } from './hashtag-pile';
import { FOLDS } from './platforms';
import type { JurisdictionRules } from './rules';
import type { TermMeaning } from './vocabulary';

/** Worst first: the overall verdict is the worst across jurisdictions. */
export const VERDICT_SEVERITY: Record<Verdict, number> = {
  missing: 4,
  late: 3,
  ambiguous: 2,
  disclosed: 1,
  not_needed: 0,
};

/** Which disclosure decides a signal: the first that discloses it, else one that is only late, else unclear. */
const PREFERENCE: Record<Verdict, number> = {
  disclosed: 0,
  late: 1,
  ambiguous: 2,
  missing: 3,
  not_needed: 4,
};

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
  signals: readonly Signal[];
  disclosures: readonly Disclosure[];
  /** Per signal, indexes into `disclosures` (coverage.ts). */
  disclosedBy: readonly (readonly number[])[];
}

export interface Judgement {
  verdict: Verdict;
  reasons: Reason[];
  signals: SignalVerdict[];
}

interface Outcome {
  verdict: Verdict;
  /** Index into `disclosures`; -1 for the platform's paid-partnership label; null for none. */
  disclosure: number | null;
  how: string;
}

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

/** Whether the jurisdiction's reader sees the term: true, or why not. */
function seen(rules: JurisdictionRules, c: Caption, d: Disclosure): true | string {
  const visible = c.fold === null || d.end <= c.fold;
  const p = rules.placement;
  if (d.pileIndex >= 0) {
    const edge = d.pileIndex < p.pileFront || (p.pileBack && d.pileIndex === c.pile!.count - 1);
    if ((edge || (c.pileLeadsText && d.pileIndex === 0)) && (visible || !p.aboveFold)) return true;
    return `it is buried in a pile of ${c.pile!.count} trailing hashtags`;
  }
  if (visible || !p.aboveFold) return true;
  const where = c.platform ? `${c.platform}'s "more" (${FOLDS[c.platform].chars} characters)` : 'the fold';
  return `it only appears at character ${d.start}, after ${where}`;
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.end ? a.start - b.end : b.start >= a.end ? b.start - a.end : 0;

const starred = (c: Caption, s: Signal) =>
  c.disclosures.some((d) => d.link !== null && d.link.start === s.start);

function onOneLine(text: string, a: { start: number; end: number }, b: { start: number; end: number }) {
  const nl = text.indexOf('\n', Math.min(a.end, b.end));
  return nl < 0 || nl >= Math.max(a.start, b.start);
}

/** How well disclosure `i` discloses signal `s` (null: the whole post, labelled commercial) under the rule. */
function outcomeOf(rules: JurisdictionRules, c: Caption, i: number, s: Signal | null): Outcome | null {
  const d = c.disclosures[i]!;
  const meaning = meaningIn(rules, d);
  if (meaning === null) return null;
  const q = quote(c, d);
  const by = rules.authority;
  if (meaning === 'unlisted')
    return {
      verdict: 'ambiguous',
      disclosure: i,
      how: `only ${q} says so, which is not a label ${by} lists`,
    };
  if (meaning.strength === 'ambiguous')
    return {
      verdict: 'ambiguous',
      disclosure: i,
      how: d.link
        ? `only an asterisk marks it, with nothing that explains it (${by})`
        : `only ${q} says so, which ${by} calls ambiguous or insufficient`,
    };
  if (meaning.needsBrand && !d.brand)
    return {
      verdict: 'ambiguous',
      disclosure: i,
      how: `${q} names no brand, and ${by} accepts it only with the brand`,
    };
  if (meaning.nearLink) {
    // DE: the "*"-explanation counts by its nearness to a starred link, not by the fold.
    const form = d.starLed && s !== null && distance(d, s) <= NEAR_LINK_CHARS;
    if (form && s !== null && isLink(s) && starred(c, s))
      return { verdict: 'disclosed', disclosure: i, how: `disclosed by ${q} next to the link marked "*"` };
    if (form && s?.kind === 'affiliate_wording')
      return { verdict: 'disclosed', disclosure: i, how: `disclosed by ${q}` };
    return {
      verdict: 'ambiguous',
      disclosure: i,
      how: `${q} explains it, but not as ${by} asks: the link marked "*" and the explanation, starting with "*", next to it`,
    };
  }
  if (rules.affiliate.eachLink && s !== null && isLink(s)) {
    // NO: the mark must stand with the link; there it is seen with the link, wherever the fold falls.
    if (onOneLine(c.text, d, s))
      return { verdict: 'disclosed', disclosure: i, how: `disclosed by ${q} next to it` };
    return {
      verdict: 'ambiguous',
      disclosure: i,
      how: `${q} labels the post, but ${by} wants each advertising link marked where it stands`,
    };
  }
  const where = seen(rules, c, d);
  if (where === true) return { verdict: 'disclosed', disclosure: i, how: `disclosed by ${q}` };
  return {
    verdict: 'late',
    disclosure: i,
    how: `disclosed by ${q}, but too late: ${where}; the rule wants it ${rules.placement.rule}`,
  };
}

function platformLabelOutcome(rules: JurisdictionRules, c: Caption): Outcome | null {
  if (c.paidLabel !== true) return null;
  return rules.platformLabelSuffices
    ? { verdict: 'disclosed', disclosure: -1, how: "disclosed by the platform's paid-partnership label" }
    : {
        verdict: 'ambiguous',
        disclosure: -1,
        how: `only the platform's paid-partnership label says so, which is not enough under ${rules.authority}`,
      };
}

function best(
  rules: JurisdictionRules,
  c: Caption,
  candidates: readonly number[],
  s: Signal | null,
): Outcome | null {
  let chosen = platformLabelOutcome(rules, c);
  for (const i of candidates) {
    if (chosen?.verdict === 'disclosed') break;
    const o = outcomeOf(rules, c, i, s);
    if (o && (chosen === null || PREFERENCE[o.verdict] < PREFERENCE[chosen.verdict])) chosen = o;
  }
  return chosen;
}

/** Why nothing covers `s`: a disclosure that is about something else, or none at all. */
function whyMissing(rules: JurisdictionRules, c: Caption, s: Signal): string {
  for (const d of c.disclosures) {
    if (d.link || meaningIn(rules, d) === null) continue;
    const q = quote(c, d);
    if (d.covers === 'sponsorship')
      return `not disclosed: ${q} discloses the sponsorship${d.brand ? ` by ${d.brand}` : ''}, not this ${KIND_WORDS[s.kind]}`;
    if (d.covers === 'gift')
      return `not disclosed: ${q} discloses a gift${d.brand ? ` from ${d.brand}` : ''}, not this ${KIND_WORDS[s.kind]}`;
    if (d.covers === 'affiliate')
      return `not disclosed: ${q} is about affiliate links, not this ${KIND_WORDS[s.kind]}`;
  }
  return `not disclosed: nothing ${rules.authority} accepts says so`;
}

const ALL_TERMS = (c: Caption) => c.disclosures.map((_, i) => i);

/** The verdict for a commercial caption under one rule (a caption with nothing commercial needs none). */
export function judge(rules: JurisdictionRules, c: Caption): Judgement {
  if (c.signals.length === 0) {
    // Nothing but a label says the post is commercial: the label is judged for the post as a whole.
    const o = best(rules, c, ALL_TERMS(c), null);
    const how = o?.how ?? `not disclosed: nothing ${rules.authority} accepts says so`;
    return {
      verdict: o?.verdict ?? 'missing',
      reasons: [cite(rules, `the post is labelled commercial: ${how}.`)],
      signals: [],
    };
  }
  const verdicts: SignalVerdict[] = [];
  let worst: Verdict = 'disclosed';
  for (let k = 0; k < c.signals.length; k++) {
    const s = c.signals[k]!;
    const o = best(rules, c, c.disclosedBy[k]!, s);
    const verdict = o?.verdict ?? 'missing';
    const how = o?.how ?? whyMissing(rules, c, s);
    verdicts.push({
      signal: k,
      verdict,
      disclosure: o && o.disclosure !== null && o.disclosure >= 0 ? o.disclosure : null,
      text: how,
    });
    if (VERDICT_SEVERITY[verdict] > VERDICT_SEVERITY[worst]) worst = verdict;
  }
  verdicts.sort((a, b) => VERDICT_SEVERITY[b.verdict] - VERDICT_SEVERITY[a.verdict] || a.signal - b.signal);
  if (worst === 'disclosed') {
    const by = [
      ...new Set(
        verdicts.map((v) =>
          v.disclosure === null
            ? "the platform's paid-partnership label"
            : quote(c, c.disclosures[v.disclosure]!),
        ),
      ),
    ];
    return {
      verdict: worst,
      reasons: [
        cite(
          rules,
          `every commercial signal is disclosed by ${by.join(', ')}: wording ${rules.authority} accepts, placed where it is seen.`,
        ),
      ],
      signals: verdicts,
    };
  }
  const reasons = verdicts
    .filter((v) => v.verdict === worst)
    .slice(0, 3)
    .map((v) => cite(rules, `${describeSignal(c.signals[v.signal]!)}: ${v.text}.`));
  return { verdict: worst, reasons, signals: verdicts };
}

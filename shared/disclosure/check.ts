// disclosureCheck: does a caption that looks commercial say so, clearly and visibly enough for each
// jurisdiction's rule? Pure and deterministic. One lower-casing pass and one scan of it with the compiled
// vocabulary, plus indexOf jumps for links, hashtags, mentions and "%" terms; everything after that works
// on the few things found. Hot-path choices (tests/bench/disclosure.bench.ts measures them): hashtags stay
// flat number pairs and most are ruled out by their first and last letters; the jurisdiction list is
// validated and its judging panel built once per distinct list; a caption with nothing commercial gets
// its per-jurisdiction reasons from the panel instead of judging.
import type { DisclosureReport, DisclosureTerm, Reason, Signal } from '../schemas/disclosure';
import { JURISDICTIONS, type Jurisdiction, PLATFORMS, type Platform, type Verdict } from '../schemas/enums';
import { type Entity, findLinks, findMentions, hashtagSpans, insideSpans } from '../text/entities';
import { linkShapeOf, linkShapeOfLower } from './affiliate-networks';
import { FOLDS, foldIndex } from './folds';
import { type HashtagPile, trailingPileOf } from './hashtag-pile';
import { JURISDICTION_RULES } from './jurisdictions';
import type { JurisdictionRules } from './rules';
import {
  normalizeKey,
  type TermMeaning,
  type Vocabulary,
  type VocabularyEntry,
  vocabularyFor,
} from './vocabulary';

export interface DisclosureInput {
  text: string;
  platform?: Platform | null;
  jurisdictions: readonly Jurisdiction[];
  /** The platform's own paid-partnership label: true/false when known, null/undefined when not. */
  paidLabel?: boolean | null;
}

/** Bad input to disclosureCheck: names the field so callers (the CLI) can say what to fix. */
export class DisclosureInputError extends Error {
  override name = 'DisclosureInputError';
  constructor(
    readonly field: 'text' | 'platform' | 'jurisdictions' | 'paidLabel',
    message: string,
  ) {
    super(message);
  }
}

/** Worst first: the overall verdict is the worst across jurisdictions. */
export const VERDICT_SEVERITY: Record<Verdict, number> = {
  missing: 4,
  late: 3,
  ambiguous: 2,
  disclosed: 1,
  not_needed: 0,
};

interface FoundTerm {
  start: number;
  end: number;
  terms: ReadonlyMap<Jurisdiction, TermMeaning>;
  /** Index of the tag within the trailing pile, or -1. */
  pileIndex: number;
  /** Written as a label (a hashtag, "Ad:" / "Werbung |", alone on its line), not a word in a sentence. */
  label: boolean;
  /** The term in quotes, as reasons cite it: made on first use, then shared by every jurisdiction. */
  quoted?: string;
}

const LABEL_AFTER = /^[ \t]*(?:[:|\-–—•/\])]|\r?\n|$)/;
const LINE_START_BEFORE = /(?:^|\n)[^\p{L}\p{N}\n]*$/u;

/** "Ad: …", "Werbung | …", "… \n#ad", "… Publicidad" at the end: a word used as a label. */
function asLabel(text: string, start: number, end: number): boolean {
  return (
    LABEL_AFTER.test(text.slice(end, end + 4)) ||
    LINE_START_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const LETTER = /\p{L}/u;
// A code: letters and digits, at least 3, with a digit or in capitals ("SARAH20", "GLOW").
const CODE_AFTER = /[\s:："'“”‘’«»=-]*([\p{L}\p{N}][\p{L}\p{N}_-]{2,24})/uy;
const NOT_CODES = new Set([
  'FOR',
  'THE',
  'AND',
  'YOU',
  'ALL',
  'AT',
  'IN',
  'TO',
  'ON',
  'IS',
  'PARA',
  'POUR',
  'FÜR',
]);
const CUE_BEFORE_MENTION =
  /(?:thanks|thank you|thx|danke|merci|gracias|grazie|obrigad[oa]|dzięki|takk|bedankt|with|by|from|x|×|via|at|bei|von|con|avec|de|da|z|fra|van)\s*(?:to|an|à|a|til|aan)?\s*$/iu;

function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (
      (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
    );
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return WORD_CHAR.test(text.slice(at - 1, at + 1));
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!));
}

const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;

/** The smallest value in sorted `values` that is >= `at`, or Infinity. */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return values[lo] ?? Number.POSITIVE_INFINITY;
}

function readCode(text: string, from: number): { code: string; end: number } | null {
  CODE_AFTER.lastIndex = from;
  const m = CODE_AFTER.exec(text);
  const code = m?.[1];
  if (!m || !code) return null;
  const upper = code.toUpperCase();
  if (NOT_CODES.has(upper) || !(/\d/.test(code) || code === upper) || !/[\p{L}\d]/u.test(code)) return null;
  if (!LETTER.test(code) && code.length < 4) return null;
  return { code, end: m.index + m[0].length };
}

/** Start of the number before a "%", or -1 when no number precedes it. */
function numberBefore(text: string, percentAt: number): number {
  let i = percentAt;
  while (i > 0 && text[i - 1] === ' ') i--;
  let j = i;
  while (j > 0 && /[\d.,]/.test(text[j - 1]!)) j--;
  return j < i && /\d/.test(text.slice(j, i)) ? j : -1;
}

function emitSignals(
  entry: VocabularyEntry,
  text: string,
  start: number,
  end: number,
  asTag: boolean,
  signals: Signal[],
): void {
  for (const meaning of entry.signals) {
    let s = start;
    let e = end;
    let detail: string | null = meaning.language;
    if (meaning.kind === 'discount_code' && !asTag) {
      if (meaning.needsNumber) {
        s = numberBefore(text, start);
        if (s < 0) continue;
      } else {
        const code = readCode(text, end);
        if (code) {
          e = code.end;
          detail = code.code;
        } else if (meaning.needsCode) continue;
      }
    } else if (meaning.needsCode || meaning.needsNumber) continue;
    signals.push({ kind: meaning.kind, text: text.slice(s, e), start: s, end: e, detail });
  }
}

/** A term ends a word: no letter after it, and no hyphenated compound ("ad-free"). */
function endsWord(text: string, end: number): boolean {
  return !isWordChar(text, end) && !(text.charCodeAt(end) === 45 && LETTER.test(text[end + 1] ?? ''));
}

/** A lower-cased match as a vocabulary key: runs of whitespace become one space. */
function keyOf(lowerBody: string): string {
  return /[^\S ]| {2}/.test(lowerBody) ? normalizeKey(lowerBody) : lowerBody;
}

/** The entry for a word-scan match, trying shorter phrases when the longest one does not end a word. */
function resolveWord(vocabulary: Vocabulary, text: string, lower: string, start: number, body: string) {
  let entry = vocabulary.words.get(keyOf(body));
  let length = body.length;
  const wildcard = !entry;
  if (!entry) {
    for (const w of vocabulary.wildcards) {
      w.re.lastIndex = start;
      const m = w.re.exec(lower);
      if (m) {
        entry = w.entry;
        length = m[0].length;
        break;
      }
    }
  }
  if (entry && endsWord(text, start + length)) return { entry, end: start + length, wildcard };
  for (let cut = body.lastIndexOf(' '); cut > 0; cut = body.lastIndexOf(' ', cut - 1)) {
    const shorter = vocabulary.words.get(keyOf(body.slice(0, cut)));
    if (shorter && endsWord(text, start + cut)) return { entry: shorter, end: start + cut, wildcard: false };
  }
  return null;
}

function tagEntry(vocabulary: Vocabulary, tag: string): VocabularyEntry | null {
  const exact = vocabulary.tags.get(tag);
  let merged: Map<Jurisdiction, TermMeaning> | null = null;
  for (const { suffix, entry } of vocabulary.suffixes) {
    if (tag.length <= suffix.length || !tag.endsWith(suffix)) continue;
    merged ??= new Map(exact?.terms);
    for (const [j, meaning] of entry.terms) if (!merged.has(j)) merged.set(j, meaning);
  }
  if (!merged) return exact ?? null;
  return { key: tag, terms: merged, signals: exact?.signals ?? [] };
}

function hasAccepted(terms: ReadonlyMap<Jurisdiction, TermMeaning>): boolean {
  for (const meaning of terms.values()) if (meaning.strength === 'accepted') return true;
  return false;
}

/** Checks the input and returns the panel for its jurisdictions (errors in field order). */
function validate(input: DisclosureInput): Panel {
  if (typeof input?.text !== 'string') throw new DisclosureInputError('text', 'text must be a string');
  const p = input.platform;
  if (p !== undefined && p !== null && !(PLATFORMS as readonly string[]).includes(p))
    throw new DisclosureInputError(
      'platform',
      `unknown platform "${String(p)}"; one of ${PLATFORMS.join(', ')}`,
    );
  if (!Array.isArray(input.jurisdictions) || input.jurisdictions.length === 0)
    throw new DisclosureInputError('jurisdictions', 'at least one jurisdiction is needed');
  const panel = panelFor(input.jurisdictions);
  const l = input.paidLabel;
  if (l !== undefined && l !== null && typeof l !== 'boolean')
    throw new DisclosureInputError('paidLabel', 'paidLabel must be true, false or null');
  return panel;
}

function validateJurisdictions(jurisdictions: readonly unknown[]): void {
  for (const j of jurisdictions) {
    if (!(JURISDICTIONS as readonly string[]).includes(j as string))
      throw new DisclosureInputError('jurisdictions', `unknown jurisdiction "${String(j)}"`);
    if (!JURISDICTION_RULES[j as Jurisdiction])
      throw new DisclosureInputError('jurisdictions', `no disclosure rule table for ${j} yet`);
  }
}

/** What judging a jurisdiction set needs beyond its vocabulary, worked out once per set. */
interface Panel {
  vocabulary: Vocabulary;
  rules: readonly JurisdictionRules[];
  /** Per jurisdiction: the reason for a caption with nothing commercial (most captions). */
  nothingToDisclose: readonly string[];
  phrases: readonly Phrases[];
}

/** The fixed middles of a jurisdiction's reasons, joined once instead of per caption. */
interface Phrases {
  ambiguous: string;
  notListed: string;
}

const panels = new WeakMap<Vocabulary, Panel>();
// Every row of an audit and every caption on a card asks for the same list: compare it with the last
// one asked (already validated) instead of validating and joining it again.
let lastAsked: readonly unknown[] = [];
let lastPanel: Panel | null = null;

function panelFor(jurisdictions: readonly Jurisdiction[]): Panel {
  if (lastPanel !== null && jurisdictions.length === lastAsked.length) {
    let same = true;
    for (let i = 0; i < jurisdictions.length && same; i++) same = jurisdictions[i] === lastAsked[i];
    if (same) return lastPanel;
  }
  validateJurisdictions(jurisdictions);
  const vocabulary = vocabularyFor(jurisdictions);
  let panel = panels.get(vocabulary);
  if (!panel) {
    const rules = vocabulary.jurisdictions.map((j) => JURISDICTION_RULES[j]);
    panel = {
      vocabulary,
      rules,
      phrases: rules.map((r) => ({
        ambiguous: ` is called ambiguous or insufficient by ${r.authority}; `,
        notListed: ` is not a label ${r.authority} lists (${r.languages.join('/')}); `,
      })),
      nothingToDisclose: rules.map(
        (r) => `${r.code}: no commercial signal and no paid-partnership label, so nothing needs disclosing.`,
      ),
    };
    panels.set(vocabulary, panel);
  }
  lastAsked = [...jurisdictions];
  lastPanel = panel;
  return panel;
}

const KIND_WORDS: Record<Signal['kind'], string> = {
  affiliate_link: 'affiliate link',
  shortener: 'shortened link',
  discount_code: 'discount code',
  gifted: 'gift/PR wording',
  brand_mention: 'brand mention',
  link_in_bio: 'shopping call to action',
  paid_label: 'paid-partnership label',
  sponsor_wording: 'sponsor wording',
};

function describeSignals(signals: readonly Signal[]): string {
  const parts = signals
    .slice(0, 6)
    .map((s) =>
      s.kind === 'paid_label'
        ? KIND_WORDS[s.kind]
        : `${KIND_WORDS[s.kind]} "${s.text}"${s.detail && s.kind !== 'gifted' && s.kind !== 'sponsor_wording' && s.kind !== 'link_in_bio' ? ` (${s.detail})` : ''}`,
    );
  return parts.join(', ') + (signals.length > 6 ? ` and ${signals.length - 6} more` : '');
}

/** What judging needs about one caption, computed once for all jurisdictions. */
interface Caption {
  text: string;
  terms: readonly FoundTerm[];
  commercial: boolean;
  signalText: string;
  paidLabel: boolean | null;
  fold: number | null;
  pile: HashtagPile | null;
  pileLeadsText: boolean;
  platform: Platform | null;
}

function cite(rules: JurisdictionRules, said: string): Reason {
  return {
    jurisdiction: rules.code,
    text: `${rules.code}: ${said}`,
    rule: rules.rule,
    source: rules.source.url,
  };
}

function quote(c: Caption, t: FoundTerm): string {
  t.quoted ??= `"${c.text.slice(t.start, t.end)}"`;
  return t.quoted;
}

/** Whether the jurisdiction's reader sees the term: true, or why not. */
function seen(rules: JurisdictionRules, c: Caption, t: FoundTerm): true | string {
  const visible = c.fold === null || t.end <= c.fold;
  const p = rules.placement;
  if (t.pileIndex >= 0) {
    const edge = t.pileIndex < p.pileFront || (p.pileBack && t.pileIndex === c.pile!.count - 1);
    if ((edge || (c.pileLeadsText && t.pileIndex === 0)) && (visible || !p.aboveFold)) return true;
    return `it is buried in a pile of ${c.pile!.count} trailing hashtags`;
  }
  if (visible || !p.aboveFold) return true;
  const where = c.platform ? `${c.platform}'s "more" (${FOLDS[c.platform].chars} characters)` : 'the fold';
  return `it only appears at character ${t.start}, after ${where}`;
}

/** The verdict for a commercial caption (a caption with nothing commercial needs no judging). */
function judge(
  rules: JurisdictionRules,
  phrases: Phrases,
  c: Caption,
): { verdict: Verdict; reasons: Reason[] } {
  const j = rules.code;
  let firstAccepted: FoundTerm | null = null;
  for (const t of c.terms) {
    if (t.terms.get(j)?.strength !== 'accepted') continue;
    firstAccepted ??= t;
    if (seen(rules, c, t) === true)
      return {
        verdict: 'disclosed',
        reasons: [
          cite(rules, `${quote(c, t)} is accepted wording (${rules.authority}), placed where it is seen.`),
        ],
      };
  }
  if (c.paidLabel === true && rules.platformLabelSuffices) {
    return {
      verdict: 'disclosed',
      reasons: [
        cite(rules, `the platform's paid-partnership label counts as a disclosure under ${rules.authority}.`),
      ],
    };
  }
  if (firstAccepted) {
    return {
      verdict: 'late',
      reasons: [
        cite(
          rules,
          `${quote(c, firstAccepted)} is accepted wording but ${seen(rules, c, firstAccepted)}; the rule wants it ${rules.placement.rule}.`,
        ),
      ],
    };
  }
  const reasons: Reason[] = [];
  for (const t of c.terms) {
    if (t.terms.size === 0 || reasons.length === 3) continue;
    reasons.push(
      cite(
        rules,
        t.terms.has(j)
          ? `${quote(c, t)}${phrases.ambiguous}${c.signalText}.`
          : `${quote(c, t)}${phrases.notListed}${c.signalText}.`,
      ),
    );
  }
  if (c.paidLabel === true)
    reasons.push(
      cite(rules, `the platform's paid-partnership label alone is not enough under ${rules.authority}.`),
    );
  if (reasons.length > 0) return { verdict: 'ambiguous', reasons };
  return {
    verdict: 'missing',
    reasons: [cite(rules, `${c.signalText} but no disclosure ${rules.authority} accepts.`)],
  };
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
) {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  // Hashtags are matched whole below; "@ad" is a handle; "/ad/" is a path.
  if (before === 35 || before === 0xff03 || before === 64) return null;
  if (guarded && isWordChar(text, start - 1)) return null;
  if (links.length > 0 && insideSpans(links, start)) return null;
  return resolveWord(vocabulary, text, lower, start, body);
}

/** Checks one caption (or description, bio, title) against each jurisdiction's disclosure rule. */
export function disclosureCheck(input: DisclosureInput): DisclosureReport {
  const panel = validate(input);
  const { text } = input;
  const platform = input.platform ?? null;
  const paidLabel = input.paidLabel ?? null;
  const vocabulary = panel.vocabulary;

  const links = findLinks(text);
  const hashtags = hashtagSpans(text, links);
  const signals: Signal[] = [];
  const found: FoundTerm[] = [];

  // The one lower-casing pass. Only "İ" changes length when lower-cased (to "i̇"); mapping it to "I"
  // first keeps every position in `lower` equal to the same position in `text`.
  let lower = text.toLowerCase();
  const dotted = lower.length !== text.length;
  if (dotted) lower = text.replace(/\u0130/g, 'I').toLowerCase();

  for (const link of links) {
    // A slice of `lower` is the link lower-cased, except where "İ" was mapped (then lower-case it alone).
    const shape = dotted ? linkShapeOf(link.text) : linkShapeOfLower(lower.slice(link.start, link.end));
    if (shape)
      signals.push({
        kind: shape.kind,
        text: link.text,
        start: link.start,
        end: link.end,
        detail: shape.network,
      });
  }
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
    if (hit) {
      // A wildcard phrase ("thanks to … for sponsoring") may hold signal words of its own: rescan inside it.
      if (hit.wildcard) next = start + 1;
      else if (hit.end < start + body.length) next = hit.end;
      if (hit.entry.terms.size > 0)
        found.push({
          start,
          end: hit.end,
          terms: hit.entry.terms,
          pileIndex: -1,
          label: asLabel(text, start, hit.end),
        });
      emitSignals(hit.entry, text, start, hit.end, false, signals);
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
    if (vocabulary.tagEnds[ends] === 0) continue;
    const entry = tagEntry(vocabulary, lower.slice(start + 1, end));
    if (!entry) continue;
    const pileIndex = pile && i >= pile.first ? i - pile.first : -1;
    if (entry.terms.size > 0) found.push({ start, end, terms: entry.terms, pileIndex, label: true });
    emitSignals(entry, text, start, end, true, signals);
  }
  found.sort((a, b) => a.start - b.start);

  if (paidLabel === true)
    signals.push({ kind: 'paid_label', text: '', start: -1, end: -1, detail: platform });
  // An accepted term written as a label declares the post commercial; "the new ad campaign" does not.
  const commercial = signals.length > 0 || found.some((t) => t.label && hasAccepted(t.terms));

  // In a commercial post, an @handle next to the commercial wording (same line) or after "thanks to",
  // "x", "by" ... is most likely the brand.
  if (commercial && text.includes('@')) {
    // Signals sorted now (a stable sort, so sorting again below keeps the same order) merge in one pass
    // with the already sorted terms into the sorted anchor positions.
    signals.sort(byStart);
    const anchors: number[] = [];
    let f = 0;
    for (const s of signals) {
      if (s.start < 0) continue;
      while (f < found.length && found[f]!.start <= s.start) anchors.push(found[f++]!.start);
      anchors.push(s.start);
    }
    while (f < found.length) anchors.push(found[f++]!.start);
    for (const mention of findMentions(text, links)) {
      const lineStart = text.lastIndexOf('\n', mention.start) + 1;
      const lineEnd = text.indexOf('\n', mention.end) < 0 ? text.length : text.indexOf('\n', mention.end);
      const sameLine = firstAtOrAfter(anchors, lineStart) < lineEnd;
      if (
        sameLine ||
        CUE_BEFORE_MENTION.test(text.slice(Math.max(lineStart, mention.start - 24), mention.start))
      )
        signals.push({
          kind: 'brand_mention',
          text: text.slice(mention.start, mention.end),
          start: mention.start,
          end: mention.end,
          detail: mention.text,
        });
    }
  }
  signals.sort(byStart);

  const fold = foldIndex(text, platform);
  const pileLeadsText = pile !== null && !/[\p{L}\p{N}]/u.test(text.slice(0, pile.start));
  const selected = vocabulary.jurisdictions;
  const caption: Caption = {
    text,
    terms: found,
    commercial,
    signalText:
      signals.length > 0
        ? `commercial signals (${describeSignals(signals)})`
        : 'a label declares the post commercial',
    paidLabel,
    fold,
    pile,
    pileLeadsText,
    platform,
  };
  const byJurisdiction: DisclosureReport['byJurisdiction'] = [];
  let verdict: Verdict = 'not_needed';
  for (let i = 0; i < panel.rules.length; i++) {
    const rules = panel.rules[i]!;
    if (!commercial) {
      const reason = {
        jurisdiction: rules.code,
        text: panel.nothingToDisclose[i]!,
        rule: rules.rule,
        source: rules.source.url,
      };
      byJurisdiction.push({ jurisdiction: rules.code, verdict: 'not_needed', reasons: [reason] });
      continue;
    }
    const judged = judge(rules, panel.phrases[i]!, caption);
    byJurisdiction.push({ jurisdiction: rules.code, verdict: judged.verdict, reasons: judged.reasons });
    if (VERDICT_SEVERITY[judged.verdict] > VERDICT_SEVERITY[verdict]) verdict = judged.verdict;
  }

  const disclosures: DisclosureTerm[] = found.map((t) => {
    const acceptedIn = selected.filter((j) => t.terms.get(j)?.strength === 'accepted');
    const placement: DisclosureTerm['placement'] =
      t.pileIndex >= 0 ? 'hashtag_pile' : fold !== null && t.end > fold ? 'below_fold' : 'above_fold';
    return {
      term: text.slice(t.start, t.end),
      start: t.start,
      end: t.end,
      strength: acceptedIn.length === selected.length ? 'accepted' : 'ambiguous',
      language: t.terms.values().next().value?.language ?? 'und',
      placement,
      acceptedIn,
    };
  });

  const reasons: Reason[] = [];
  if (commercial && signals.length > 0)
    reasons.push({
      jurisdiction: null,
      text: `${caption.signalText[0]!.toUpperCase()}${caption.signalText.slice(1)}.`,
      rule: null,
      source: null,
    });
  for (const b of byJurisdiction) for (const r of b.reasons) reasons.push(r);

  return {
    verdict,
    platform,
    byJurisdiction,
    signals,
    disclosures,
    reasons,
    truncationPoint: fold,
    hashtagPile: pile ? { start: pile.start, end: pile.end, count: pile.count } : null,
  };
}

// disclosureCheck: does a caption that looks commercial say so, clearly and visibly enough for each
// jurisdiction's rule? Pure and deterministic. The caption is scanned once (caption-scan.ts); its
// commercial signals and its disclosures are read from the scan; coverage says which disclosure speaks for
// which signal; each jurisdiction then judges the signals (judgement.ts). A caption with nothing
// commercial (most captions) gets its reasons from the panel without judging.
import type { DisclosureReport, DisclosureTerm, Reason } from '../schemas/disclosure';
import type { Jurisdiction, Verdict } from '../schemas/enums';
import { scanCaption } from './caption-scan';
import { signalsOf, withBrandMentions, withoutBareCallsToAction } from './commercial-signals';
import { type CoverageIndex, coverageIndex } from './coverage';
import { VERDICT_SEVERITY } from './describe';
import { type Disclosure, disclosuresOf } from './disclosures';
import { foldIndex } from './folds';
import { checkPaidLabel, checkText, type DisclosureInput } from './input';
import { type Caption, described, type Judgement, judge, recordDeciders } from './judgement';
import { type Panel, panelFor } from './panel';
import { vocabulary } from './vocabulary';

export { VERDICT_SEVERITY } from './describe';
export { type DisclosureInput, DisclosureInputError } from './input';

const NO_INDEX: CoverageIndex = coverageIndex('', '', []);

/**
 * A term written as a label declares the post commercial ("the new ad campaign" does not): one some rule
 * table accepts (a German "#werbung" under US rules, "#adv" without its brand), or a partnership or gift
 * hashtag ("#collab", "#partner"; "Collab with my sister" is not one). Whether the label suffices is then
 * each rule's judgement, so the verdict under one jurisdiction does not depend on which others are checked.
 */
function declaresCommercial(text: string, disclosures: readonly Disclosure[]): boolean {
  for (const d of disclosures) {
    if (!d.label) continue;
    if (d.entry.acceptedBy.size > 0 || d.entry.needsBrand) return true;
    const tag = text[d.start] === '#' || text[d.start] === '＃';
    if (tag && (d.covers === 'sponsorship' || d.covers === 'gift')) return true;
  }
  return false;
}

function termOf(c: Caption, panel: Panel, d: Disclosure): DisclosureTerm {
  const acceptedIn: Jurisdiction[] = [];
  for (const j of panel.jurisdictions) {
    const meaning = d.entry.terms.get(j);
    if (
      meaning?.strength !== 'accepted' ||
      (meaning.needsBrand && !d.brand) ||
      (meaning.nearLink && !d.starLed)
    )
      continue;
    acceptedIn.push(j);
  }
  const placement: DisclosureTerm['placement'] =
    d.pileIndex >= 0 ? 'hashtag_pile' : c.fold !== null && d.end > c.fold ? 'below_fold' : 'above_fold';
  return {
    term: c.text.slice(d.start, d.end),
    start: d.start,
    end: d.end,
    strength: acceptedIn.length === panel.jurisdictions.length ? 'accepted' : 'ambiguous',
    language: d.entry.language,
    placement,
    acceptedIn,
    covers: d.covers,
    brand: d.brand,
  };
}

/** Checks one caption (or description, bio, title) against each jurisdiction's disclosure rule. */
export function disclosureCheck(input: DisclosureInput): DisclosureReport {
  checkText(input);
  const panel = panelFor(input.jurisdictions);
  checkPaidLabel(input);
  const { text } = input;
  const platform = input.platform ?? null;
  const paidLabel = input.paidLabel ?? null;

  const scan = scanCaption(text, vocabulary());
  let signals = withoutBareCallsToAction(scan, signalsOf(scan, paidLabel, platform));
  const disclosures = disclosuresOf(scan, signals);
  const commercial = signals.length > 0 || declaresCommercial(text, disclosures);
  if (commercial) signals = withBrandMentions(scan, signals, disclosures);

  const caption: Caption = {
    text,
    platform,
    fold: foldIndex(text, platform),
    pile: scan.pile,
    pileLeadsText: scan.pileLeadsText,
    paidLabel,
    signals,
    disclosures,
    // Only a commercial caption is judged (most are not): build what judging needs only for those.
    index: commercial ? coverageIndex(text, scan.lower, disclosures) : NO_INDEX,
    nearLink: panel.nearLink,
    // Filled as judging needs them; present from the start so every caption keeps one shape (V8).
    locals: undefined,
    kinds: undefined,
    oneByOne: undefined,
    worded: undefined,
    described: undefined,
  };
  const byJurisdiction: DisclosureReport['byJurisdiction'] = [];
  const judgements: Judgement[] = [];
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
      byJurisdiction.push({
        jurisdiction: rules.code,
        verdict: 'not_needed',
        reasons: [reason],
      });
      continue;
    }
    const judged = judge(rules, caption);
    judgements.push(judged);
    byJurisdiction.push({
      jurisdiction: rules.code,
      verdict: judged.verdict,
      reasons: judged.reasons,
      signals: judged.signals,
    });
    if (VERDICT_SEVERITY[judged.verdict] > VERDICT_SEVERITY[verdict]) verdict = judged.verdict;
  }
  if (commercial) recordDeciders(caption, panel.rules, judgements);

  const reasons: Reason[] = [];
  if (commercial && signals.length > 0) {
    const shown = signals
      .slice(0, 6)
      .map((_, k) => described(caption, k))
      .join(', ');
    const more = signals.length > 6 ? ` and ${signals.length - 6} more` : '';
    reasons.push({
      jurisdiction: null,
      text: `Commercial signals (${shown}${more}).`,
      rule: null,
      source: null,
    });
  }
  for (const b of byJurisdiction) for (const r of b.reasons) reasons.push(r);

  return {
    verdict,
    platform,
    byJurisdiction,
    signals,
    disclosures: disclosures.map((d) => termOf(caption, panel, d)),
    reasons,
    truncationPoint: caption.fold,
    hashtagPile: scan.pile ? { start: scan.pile.start, end: scan.pile.end, count: scan.pile.count } : null,
  };
}

// Commercial signals and their coverage in a marketer's words, for reasons, the audit's JSON lines, the
// card and the roster. No imports beyond types: the card's content script uses it without the checker.
import type { CommercialSignal, DisclosureReport } from '../schemas/disclosure';
import type { Jurisdiction, Verdict } from '../schemas/enums';

/** Worst first: the overall verdict is the worst across jurisdictions. */
export const VERDICT_SEVERITY: Record<Verdict, number> = {
  missing: 4,
  late: 3,
  ambiguous: 2,
  disclosed: 1,
  not_needed: 0,
};

export const KIND_WORDS: Record<CommercialSignal['kind'], string> = {
  affiliate_link: 'affiliate link',
  shortener: 'shortened link',
  discount_code: 'discount code',
  gifted: 'gift/PR wording',
  brand_mention: 'brand mention',
  link_in_bio: 'shopping call to action',
  paid_label: 'paid-partnership label',
  sponsor_wording: 'sponsor wording',
  affiliate_wording: 'affiliate wording',
};

/** A signal as a marketer reads it: `affiliate link "https://amzn.to/x" (Amazon Associates)`. */
export function describeSignal(s: CommercialSignal): string {
  if (s.kind === 'paid_label') return `the platform's ${KIND_WORDS.paid_label}`;
  const detail = s.kind === 'affiliate_link' || s.kind === 'shortener' || s.kind === 'discount_code';
  return `${KIND_WORDS[s.kind]} "${s.text}"${detail && s.detail ? ` (${s.detail})` : ''}`;
}

export interface CoverageLine {
  kind: CommercialSignal['kind'];
  /** The signal in words: `affiliate link "https://amzn.to/x" (Amazon Associates)`. */
  signal: string;
  /** Its worst verdict across the jurisdictions checked. */
  verdict: Verdict;
  /** Whether and by what it is disclosed, jurisdictions with the same answer together: `US, CA: disclosed by "#ad" · DE: …`. */
  said: string;
}

/** One line per commercial signal of a report (none for reports stored before per-signal verdicts). */
export function coverageLines(report: DisclosureReport): CoverageLine[] {
  const lines: CoverageLine[] = [];
  report.signals.forEach((s, k) => {
    const groups = new Map<string, Jurisdiction[]>();
    let verdict: Verdict = 'not_needed';
    for (const b of report.byJurisdiction) {
      const judged = b.signals?.[k];
      if (!judged) continue;
      groups.set(judged.text, [...(groups.get(judged.text) ?? []), b.jurisdiction]);
      if (VERDICT_SEVERITY[judged.verdict] > VERDICT_SEVERITY[verdict]) verdict = judged.verdict;
    }
    if (groups.size === 0) return;
    const said = [...groups].map(([text, codes]) => `${codes.join(', ')}: ${text}`).join(' · ');
    lines.push({ kind: s.kind, signal: describeSignal(s), verdict, said });
  });
  return lines;
}

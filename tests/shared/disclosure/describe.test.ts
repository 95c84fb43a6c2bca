import { describe, expect, it } from 'vitest';
import { coverageLines, disclosureCheck } from '../../../shared/disclosure';
import { DisclosureReportSchema } from '../../../shared/schemas/disclosure';

describe('coverageLines', () => {
  it('gives one line per signal, jurisdictions with the same answer together, worst verdict first', () => {
    const report = disclosureCheck({
      text: 'I get commissions for purchases made through links in this post. https://amzn.to/x',
      platform: 'youtube',
      jurisdictions: ['US', 'CA', 'UK'],
    });
    const link = coverageLines(report).find((l) => l.kind === 'affiliate_link')!;
    expect(link.verdict).toBe('ambiguous');
    expect(link.said).toBe(
      'CA, US: disclosed by "I get commissions" · UK: only "I get commissions" says so, which ASA/CAP and CMA calls ambiguous or insufficient',
    );
  });

  it('gives nothing for a report stored before per-signal verdicts existed', () => {
    const stored = DisclosureReportSchema.parse({
      verdict: 'missing',
      platform: 'instagram',
      byJurisdiction: [{ jurisdiction: 'US', verdict: 'missing', reasons: [] }],
      signals: [{ kind: 'discount_code', text: 'code X10', start: 0, end: 8, detail: 'X10' }],
      disclosures: [],
      reasons: [],
      truncationPoint: null,
    });
    expect(coverageLines(stored)).toEqual([]);
  });
});

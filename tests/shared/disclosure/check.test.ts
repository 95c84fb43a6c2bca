import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisclosureInputError, disclosureCheck } from '../../../shared/disclosure';
import { DisclosureReportSchema } from '../../../shared/schemas/disclosure';
import { JURISDICTIONS, PLATFORMS, VERDICTS } from '../../../shared/schemas/enums';
import { CASES } from './cases';

describe('disclosure case table', () => {
  it('has at least 150 cases covering every verdict, platform and jurisdiction', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CASES.map((c) => c.expected))).toEqual(new Set(VERDICTS));
    for (const p of PLATFORMS) expect(CASES.some((c) => c.platform === p)).toBe(true);
    for (const j of JURISDICTIONS) expect(CASES.some((c) => c.jurisdictions.includes(j))).toBe(true);
  });

  it.each(CASES.map((c, i) => [i, c.expected, c.why, c] as const))('#%i %s: %s', (_i, _e, _w, c) => {
    const report = disclosureCheck(c);
    expect(report.verdict, JSON.stringify(report.reasons.map((r) => r.text))).toBe(c.expected);
    expect(DisclosureReportSchema.safeParse(report).success).toBe(true);
  });
});

describe('disclosureCheck', () => {
  it('reports signals and terms with their positions', () => {
    const text = 'Use my code SARAH20 at https://amzn.to/3xYz12 #ad';
    const r = disclosureCheck({ text, platform: 'instagram', jurisdictions: ['US'] });
    const code = r.signals.find((s) => s.kind === 'discount_code')!;
    expect(text.slice(code.start, code.end)).toBe('Use my code SARAH20');
    expect(code.detail).toBe('SARAH20');
    const link = r.signals.find((s) => s.kind === 'affiliate_link')!;
    expect([link.text, link.detail]).toEqual(['https://amzn.to/3xYz12', 'Amazon Associates']);
    expect(r.disclosures).toEqual([
      expect.objectContaining({
        term: '#ad',
        start: 46,
        end: 49,
        strength: 'accepted',
        placement: 'above_fold',
      }),
    ]);
  });

  it('cites each jurisdiction’s rule and source in its reasons', () => {
    const r = disclosureCheck({ text: '#ad code RUN20', platform: 'tiktok', jurisdictions: ['US', 'DE'] });
    expect(r.byJurisdiction.map((b) => [b.jurisdiction, b.verdict])).toEqual([
      ['DE', 'ambiguous'],
      ['US', 'disclosed'],
    ]);
    for (const b of r.byJurisdiction)
      for (const reason of b.reasons) {
        expect(reason.source).toMatch(/^https?:\/\//);
        expect(reason.rule).toBeTruthy();
        expect(reason.jurisdiction).toBe(b.jurisdiction);
      }
  });

  it('marks a disclosure after the fold and one buried in a pile', () => {
    const late = disclosureCheck({
      text: `${'x'.repeat(200)} #ad code RUN20`,
      platform: 'instagram',
      jurisdictions: ['US'],
    });
    expect(late.disclosures[0]!.placement).toBe('below_fold');
    expect(late.truncationPoint).toBe(125);
    const tags = Array.from({ length: 30 }, (_, i) => `#t${i}x`).join(' ');
    const buried = disclosureCheck({
      text: `code RUN20 ${tags} #ad`,
      platform: 'twitch',
      jurisdictions: ['US'],
    });
    expect(buried.disclosures[0]!.placement).toBe('hashtag_pile');
    expect(buried.hashtagPile?.count).toBe(31);
    expect(buried.verdict).toBe('late');
  });

  it('says which limit of the fold a late label is behind: Instagram’s lines or its characters', () => {
    const reason = (text: string) =>
      disclosureCheck({ text, platform: 'instagram', jurisdictions: ['US'] }).reasons.at(-1)!.text;
    expect(reason('New week 💪\n\nRun done ✅\n\n#ad code RUN20')).toContain('instagram\'s "more" (3 lines)');
    expect(reason(`${'x'.repeat(200)} #ad code RUN20`)).toContain('instagram\'s "more" (125 characters)');
  });

  it('counts the paid label as a signal outside the text', () => {
    const r = disclosureCheck({ text: 'hi', platform: 'instagram', jurisdictions: ['UK'], paidLabel: true });
    expect(r.signals).toEqual([
      { kind: 'paid_label', text: '', start: -1, end: -1, detail: 'instagram', disclosedBy: [] },
    ]);
    expect(r.verdict).toBe('disclosed');
  });

  it('finds brand mentions only in a commercial context', () => {
    const plain = disclosureCheck({ text: 'Thanks to @maria!', platform: null, jurisdictions: ['US'] });
    expect(plain.signals).toEqual([]);
    const paid = disclosureCheck({
      text: 'Thanks to @glowco! code GLOW10',
      platform: null,
      jurisdictions: ['US'],
    });
    expect(paid.signals.map((s) => [s.kind, s.detail])).toContainEqual(['brand_mention', 'glowco']);
  });

  it('is deterministic', () => {
    for (const c of CASES.slice(0, 40)) expect(disclosureCheck(c)).toEqual(disclosureCheck(c));
  });

  it('rejects bad input with a typed error naming the field', () => {
    const bad = [
      { text: 5, platform: null, jurisdictions: ['US'] },
      { text: 'x', platform: 'myspace', jurisdictions: ['US'] },
      { text: 'x', platform: null, jurisdictions: [] },
      { text: 'x', platform: null, jurisdictions: ['ZZ'] },
      { text: 'x', platform: null, jurisdictions: ['US'], paidLabel: 'yes' },
    ];
    const fields = bad.map((input) => {
      try {
        disclosureCheck(input as never);
        return 'no error';
      } catch (error) {
        expect(error).toBeInstanceOf(DisclosureInputError);
        return (error as DisclosureInputError).field;
      }
    });
    expect(fields).toEqual(['text', 'platform', 'jurisdictions', 'jurisdictions', 'paidLabel']);
  });
});

describe('robustness (fast-check)', () => {
  const fragments = fc.constantFrom(
    '#ad',
    '#',
    '＃',
    '@',
    'amig@s',
    'https://',
    'amzn.to/',
    '/',
    '%',
    '20% off',
    'code ',
    'SARAH20',
    'Werbung',
    'thanks to ',
    ' for the free',
    '\n',
    ' ',
    '#1950’s',
    'İ',
    '😀',
    '\uD800',
    'ß',
    '#*partner',
    '.',
    '…',
  );
  const caption = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc
      .array(fc.oneof(fragments, fc.string({ maxLength: 5 })), { maxLength: 60 })
      .map((parts) => parts.join('')),
  );

  it('never throws on any text and always gives one of the five verdicts with valid positions', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom(...PLATFORMS, null),
        fc.subarray([...JURISDICTIONS], { minLength: 1 }),
        fc.constantFrom(true, false, null),
        (text, platform, jurisdictions, paidLabel) => {
          const r = disclosureCheck({ text, platform, jurisdictions, paidLabel });
          expect(VERDICTS).toContain(r.verdict);
          for (const b of r.byJurisdiction) expect(VERDICTS).toContain(b.verdict);
          for (const s of [...r.signals.filter((x) => x.start >= 0), ...r.disclosures]) {
            expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
          }
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);
});

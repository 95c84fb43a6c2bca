// Coverage and per-signal output: which disclosure covers which signal, and how the report says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coversOf, disclosureCheck, JURISDICTION_RULES } from '../../../shared/disclosure';
import { DisclosureReportSchema } from '../../../shared/schemas/disclosure';
import { JURISDICTIONS, type Jurisdiction, PLATFORMS, type Verdict } from '../../../shared/schemas/enums';
import { AFFILIATE_CASES } from './affiliate-cases';
import { CASES } from './cases';

describe('affiliate case table', () => {
  it('has at least 60 cases across all 16 jurisdictions and several languages', () => {
    expect(AFFILIATE_CASES.length).toBeGreaterThanOrEqual(60);
    for (const j of JURISDICTIONS)
      expect(AFFILIATE_CASES.some((c) => c.jurisdictions.includes(j))).toBe(true);
    const languages = new Set(
      AFFILIATE_CASES.flatMap((c) => disclosureCheck(c).disclosures.map((d) => d.language)),
    );
    for (const l of ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'nb']) expect(languages).toContain(l);
  });

  it.each(AFFILIATE_CASES.map((c, i) => [i, c.expected, c.why, c] as const))(
    '#%i %s: %s',
    (_i, _e, _w, c) => {
      const report = disclosureCheck(c);
      expect(report.verdict, JSON.stringify(report.reasons.map((r) => r.text))).toBe(c.expected);
      expect(DisclosureReportSchema.safeParse(report).success).toBe(true);
    },
  );
});

describe('coverage', () => {
  it('says per signal what discloses it, in a marketer’s words (the issue’s CLI example)', () => {
    const r = disclosureCheck({
      text: 'As an Amazon Associate I earn from qualifying purchases. http://amzn.to/1Y5E0lm',
      platform: 'youtube',
      jurisdictions: ['US'],
    });
    expect(r.verdict).toBe('disclosed');
    expect(r.disclosures).toEqual([
      expect.objectContaining({
        term: 'As an Amazon Associate I earn from qualifying purchases',
        covers: 'affiliate',
        strength: 'accepted',
      }),
    ]);
    expect(r.signals.map((s) => [s.kind, s.disclosedBy])).toEqual([
      ['affiliate_wording', [0]],
      ['affiliate_link', [0]],
    ]);
    const us = r.byJurisdiction[0]!;
    expect(us.signals?.map((s) => [s.verdict, s.disclosure])).toEqual([
      ['disclosed', 0],
      ['disclosed', 0],
    ]);
    expect(us.signals?.[1]?.text).toBe(
      'disclosed by "As an Amazon Associate I earn from qualifying purchases"',
    );
  });

  it('does not let "Sponsored by X" cover another brand’s affiliate links, and says why', () => {
    const r = disclosureCheck({
      text: 'Sponsored by NordShield! Gear I use: https://amzn.to/cam',
      platform: 'youtube',
      jurisdictions: ['US'],
    });
    expect(r.disclosures[0]).toMatchObject({
      term: 'Sponsored by',
      covers: 'sponsorship',
      brand: 'NordShield',
    });
    const link = r.signals.find((s) => s.kind === 'affiliate_link')!;
    expect(link.disclosedBy).toEqual([]);
    expect(r.signals.find((s) => s.kind === 'sponsor_wording')!.disclosedBy).toEqual([0]);
    expect(r.byJurisdiction[0]!.reasons[0]!.text).toBe(
      'US: affiliate link "https://amzn.to/cam" (Amazon Associates): not disclosed: "Sponsored by" discloses the sponsorship by NordShield, not this affiliate link.',
    );
  });

  it('lets an asterisk cover only the link it marks', () => {
    const r = disclosureCheck({
      text: 'Kamera*: https://amzn.to/cam\nMikro: https://amzn.to/mic\n*Ich erhalte eine Provision, wenn ihr über die Links kauft.',
      platform: 'youtube',
      jurisdictions: ['DE'],
    });
    const [camera, mic] = r.signals.filter((s) => s.kind === 'affiliate_link');
    const de = r.byJurisdiction[0]!.signals!;
    expect(de[r.signals.indexOf(camera!)]?.verdict).toBe('disclosed');
    expect(de[r.signals.indexOf(mic!)]?.verdict).toBe('ambiguous');
    expect(r.verdict).toBe('ambiguous');
    expect(r.byJurisdiction[0]!.reasons[0]!.text).toContain('https://amzn.to/mic');
  });

  it('gives each jurisdiction a verdict per signal and names the worst in the reasons', () => {
    const r = disclosureCheck({
      text: '#ad code GLOW10 https://amzn.to/x',
      platform: 'instagram',
      jurisdictions: ['DE', 'US'],
    });
    const [de, us] = r.byJurisdiction;
    expect(us!.verdict).toBe('disclosed');
    expect(de!.verdict).toBe('ambiguous');
    expect(de!.signals!.every((s) => s.verdict === 'ambiguous')).toBe(true);
    expect(de!.reasons[0]!.text).toMatch(/^DE: discount code "code GLOW10" \(GLOW10\): only "#ad" says so/);
  });
});

// ---- properties ----
const worse = (before: Verdict, after: Verdict) => {
  const rank = (v: Verdict) => ({ not_needed: 0, disclosed: 0, ambiguous: 1, late: 2, missing: 3 })[v];
  return rank(after) > rank(before);
};

/** Each jurisdiction's accepted generic labels, written as a label at the start of a caption. */
const GENERIC: [Jurisdiction, string][] = JURISDICTIONS.flatMap((j) =>
  Object.values(JURISDICTION_RULES[j].accepted)
    .flat()
    .filter((t) => !t.includes('…') && !t.startsWith('#*') && coversOf(t) === 'any')
    .map((t): [Jurisdiction, string] => [
      j,
      t.startsWith('#') ? `${t} ` : `${t[0]!.toUpperCase()}${t.slice(1)} | `,
    ]),
);

const fragments = fc.constantFrom(
  'https://amzn.to/3xYz',
  ' https://liketk.it/4ab ',
  ' https://geni.us/cam\n',
  'code GLOW10 ',
  '20% off ',
  'gifted by @glowco ',
  'Sponsored by Acme ',
  'affiliate links ',
  'I earn a commission ',
  'supports the channel ',
  '#sp ',
  '#werbung ',
  'link in bio ',
  '#travel #fyp #love #summer #beach ',
  'Meine Kamera*: https://amzn.to/k ',
  '*Ich erhalte eine Provision. ',
  'Reklame ',
  '\n',
  'A very long sentence that pushes whatever follows it further down the caption, past the fold. ',
);
const caption = fc.oneof(
  fc.array(fragments, { maxLength: 12 }).map((p) => p.join('')),
  fc.constantFrom(...CASES.map((c) => c.text)),
);

describe('coverage properties (fast-check)', () => {
  it('adding an accepted generic disclosure before the fold never makes a verdict worse', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom(...GENERIC),
        fc.constantFrom(...PLATFORMS, null),
        fc.constantFrom(true, false, null),
        (text, [j, label], platform, paidLabel) => {
          const before = disclosureCheck({ text, platform, jurisdictions: [j], paidLabel });
          const after = disclosureCheck({ text: label + text, platform, jurisdictions: [j], paidLabel });
          expect(worse(before.verdict, after.verdict), `${j} ${JSON.stringify(label + text)}`).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);

  const BRANDS = ['NordShield', 'Glowco', 'Acme', 'Strideco', 'HelloChef'];
  const SPONSORSHIP = [
    'Sponsored by {b}.',
    'This video is sponsored by @{b}!',
    'In partnership with {b}:',
    'Thanks to {b} for sponsoring this video!',
    '#{b}Partner',
    'Sponsorizzato da {b} -',
    'Patrocinado por {b}.',
    'In Kooperation mit {b}.',
    'Betaald partnerschap met @{b}.',
    'Płatna współpraca z marką {b}.',
  ];
  const LINKS = [
    'https://amzn.to/3xYz12',
    'https://rstyle.me/n/abc',
    'https://liketk.it/4abc',
    'https://shopmy.us/collections/1',
    'https://go.redirectingat.com/?id=1',
    'https://www.awin1.com/cread.php?x=1',
    'https://mattress.sjv.io/c/1',
    'https://www.amazon.com/dp/B0?tag=me-20',
  ];
  const FILLER = [' ', '\n', ' Gear I use: ', '\n\nMy kit:\n', ' Love it! '];

  it('a sponsorship disclosure for one brand never covers an affiliate link of another', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPONSORSHIP),
        fc.constantFrom(...BRANDS),
        fc.array(fc.tuple(fc.constantFrom(...FILLER), fc.constantFrom(...LINKS)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.subarray([...JURISDICTIONS], { minLength: 1 }),
        fc.constantFrom(...PLATFORMS),
        (template, brand, links, jurisdictions, platform) => {
          const text = template.replace('{b}', brand) + links.map(([f, l]) => f + l).join('');
          const r = disclosureCheck({ text, platform, jurisdictions });
          const sponsorship = new Set(
            r.disclosures.flatMap((d, i) => (d.covers === 'sponsorship' ? [i] : [])),
          );
          expect(sponsorship.size).toBeGreaterThan(0);
          const affiliate = r.signals.flatMap((s, k) => (s.kind === 'affiliate_link' ? [k] : []));
          expect(affiliate.length).toBe(links.length);
          for (const k of affiliate) {
            expect(r.signals[k]!.disclosedBy!.filter((i) => sponsorship.has(i))).toEqual([]);
            for (const b of r.byJurisdiction) {
              const v = b.signals![k]!;
              expect(v.verdict).toBe('missing');
            }
          }
          expect(r.verdict).toBe('missing');
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

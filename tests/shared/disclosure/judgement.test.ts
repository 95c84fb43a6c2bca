// Judging shares its work across the jurisdictions checked together: what depends only on the caption
// is worked out once, and which signals are judged one by one once per shape of rule (DE's nearness to the
// link, NO's mark on each link, the rest). So a jurisdiction checked among others must be judged exactly as
// when it is checked alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosureCheck, JURISDICTION_RULES } from '../../../shared/disclosure';
import { BARE_LABELS, EXPLANATIONS, LINK_LABELS } from '../../../shared/disclosure/affiliate-wording';
import { SIGNAL_WORDS } from '../../../shared/disclosure/signal-words';
import { JURISDICTIONS, PLATFORMS } from '../../../shared/schemas/enums';

/** Every term of the rule tables and the signal words, written as creators write them. */
const TERMS = [
  ...Object.values(JURISDICTION_RULES).flatMap((r) =>
    [r.accepted, r.ambiguous, r.acceptedWithBrand ?? {}].flatMap((t) => Object.values(t).flat()),
  ),
  ...[EXPLANATIONS, BARE_LABELS, LINK_LABELS].flatMap((t) => Object.values(t).flat()),
  ...SIGNAL_WORDS.flatMap((g) => Object.values(g.words).flat()),
].map((t) => t.replace('…', 'a small').replace('#*', '#Acme'));

const AROUND = [
  'https://amzn.to/3xYz',
  'https://geni.us/cam',
  'https://bit.ly/acme',
  'https://acme.com/shop?tag=me-20',
  'Kamera*: https://amzn.to/k',
  '*Ich erhalte eine Provision, wenn ihr über die Links kauft.',
  'Reklame: https://amzn.to/n',
  '#adv Acme',
  'Sponsored by Acme',
  'gifted by @acme',
  'code ACME20',
  '20% off',
  '@acme',
  '#travel #fyp #love #summer #beach #food',
  'A sentence long enough to push what follows it past the fold of every platform that has one.',
];

const piece = fc.oneof(
  fc.constantFrom(...TERMS),
  fc.constantFrom(...TERMS).map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}:`),
  fc.constantFrom(...AROUND),
);
const caption = fc
  .array(fc.tuple(piece, fc.constantFrom(' ', ' ', '\n', '. ')), { maxLength: 14 })
  .map((parts) => parts.flat().join(''));

describe('the disclosures that decide each signal', () => {
  it('are worked out per link where a rule judges links one by one (NO: the label on the link’s line)', () => {
    const r = disclosureCheck({
      text: 'Reklame: https://amzn.to/a\nReklame: https://amzn.to/b',
      platform: 'instagram',
      jurisdictions: ['NO', 'US'],
    });
    const links = r.signals.filter((s) => s.kind === 'affiliate_link');
    const [no, us] = r.byJurisdiction;
    expect(
      no!.signals!.filter((_, k) => r.signals[k]!.kind === 'affiliate_link').map((v) => v.disclosure),
    ).toEqual([0, 1]);
    // Under US "Reklame" is no label it lists, and the first one decides every link alike.
    expect(
      us!.signals!.filter((_, k) => r.signals[k]!.kind === 'affiliate_link').map((v) => v.disclosure),
    ).toEqual([0, 0]);
    expect(links.map((s) => s.disclosedBy)).toEqual([[0], [0, 1]]);
  });
});

describe('judging a panel of jurisdictions (fast-check)', () => {
  it('judges each jurisdiction exactly as it is judged alone, and names the same deciding disclosures', () => {
    fc.assert(
      fc.property(
        caption,
        fc.constantFrom(...PLATFORMS, null),
        fc.constantFrom(true, false, null),
        fc.subarray([...JURISDICTIONS], { minLength: 2 }),
        (text, platform, paidLabel, jurisdictions) => {
          const panel = disclosureCheck({ text, platform, paidLabel, jurisdictions });
          const alone = jurisdictions.map((j) =>
            disclosureCheck({ text, platform, paidLabel, jurisdictions: [j] }),
          );
          // A label that only some of the panel accept makes the post commercial for the whole panel (its
          // brand mentions become signals too): by design, such a post is not judged as it is alone.
          fc.pre(alone.every((a) => (a.verdict === 'not_needed') === (panel.verdict === 'not_needed')));
          const deciders = panel.signals.map(() => new Set<number>());
          alone.forEach((a) => {
            const j = a.byJurisdiction[0]!.jurisdiction;
            expect(panel.byJurisdiction.find((b) => b.jurisdiction === j)).toEqual(a.byJurisdiction[0]);
            a.signals.forEach((s, k) => {
              for (const d of s.disclosedBy ?? []) deciders[k]!.add(d);
            });
          });
          expect(panel.signals.map((s) => s.disclosedBy)).toEqual(
            deciders.map((d) => [...d].sort((a, b) => a - b)),
          );
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});

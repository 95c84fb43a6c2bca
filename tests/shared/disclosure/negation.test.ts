import { describe, expect, it } from 'vitest';
import { disclosureCheck } from '../../../shared/disclosure';
import { negatedAt } from '../../../shared/disclosure/negation';

const at = (caption: string, term: string) => {
  const lower = caption.toLowerCase();
  return negatedAt(lower, lower.indexOf(term));
};

describe('negatedAt', () => {
  it.each([
    ['Not sponsored, just obsessed', 'sponsored'],
    ['this is NOT an ad, no one paid me', 'ad,'],
    ['a non-sponsored review', 'sponsored'],
    ['Nicht gesponsert!', 'gesponsert'],
    ['Keine Werbung, keine Kooperation', 'kooperation'],
    ['Pas sponsorisé du tout', 'sponsorisé'],
    ['No es publi 😂', 'publi'],
    ['Não é publi, gente!', 'publi'],
    ['To nie jest reklama', 'reklama'],
    ['Ikke reklame, bare en tur', 'reklame'],
    ['Niet gesponsord', 'gesponsord'],
    ['Post non sponsorizzato', 'sponsorizzato'],
  ])('"%s" negates "%s"', (caption, term) => expect(at(caption, term)).toBe(true));

  it.each([
    ['Not gonna lie, this was sponsored by Acme', 'sponsored'],
    ['If you are not already using code LENA10', 'code'],
    ['Not sponsored but gifted by @glossier', 'gifted'],
    ['This video is sponsored by NordShield', 'sponsored'],
    ['#notsponsored #ad', '#ad'],
  ])('"%s" does not negate "%s"', (caption, term) => expect(at(caption, term)).toBe(false));
});

describe('a negated term is neither a signal nor a disclosure', () => {
  it('"not sponsored" alone needs no label, under any rule', () => {
    const r = disclosureCheck({
      text: 'Not sponsored, I bought it myself',
      platform: 'instagram',
      jurisdictions: ['US', 'UK', 'DE'],
    });
    expect([r.verdict, r.signals, r.disclosures]).toEqual(['not_needed', [], []]);
  });

  it('a code after "not sponsored" is still a code, and undisclosed', () => {
    const r = disclosureCheck({
      text: 'Not sponsored but use code LENA10 for 15% off',
      platform: 'instagram',
      jurisdictions: ['US'],
    });
    expect(r.verdict).toBe('missing');
    expect(r.signals.map((s) => s.kind)).toEqual(['discount_code', 'discount_code']);
  });
});

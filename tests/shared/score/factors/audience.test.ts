import { describe, expect, it } from 'vitest';
import { briefWith, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const brief = briefWith({ regions: ['US', 'mx'], languages: ['es'] });

describe('audience factor', () => {
  it.each([
    ['brief names none', profileWith({ countryHint: 'US' }), briefWith(), 'not_applicable'],
    ['no hints', profileWith(), brief, 'unknown'],
    ['both fit', profileWith({ countryHint: 'MX', languageHint: 'es-MX' }), brief, 'known 100'],
    [
      'country fits, language does not',
      profileWith({ countryHint: 'us', languageHint: 'en' }),
      brief,
      'known 50',
    ],
    ['only language known, fits', profileWith({ languageHint: 'es' }), brief, 'known 100'],
    ['only country known, outside', profileWith({ countryHint: 'FR' }), brief, 'known 0'],
  ])('%s', (_, profile, b, expected) => {
    expect(outcome(factorOf('audience', profile, b))).toBe(expected);
  });

  it('says the hints are page hints and what was missing', () => {
    const f = factorOf('audience', profileWith({ languageHint: 'es' }), brief);
    expect(f.reason).toMatch(/page hints/);
    expect(f.evidence).toContain('country not shown');
  });
});

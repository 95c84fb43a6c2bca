import { describe, expect, it } from 'vitest';
import { BriefSchema } from '../../../shared/schemas/brief';
import { fitScore } from '../../../shared/score/fit';
import { starterBrief } from '../../../shared/score/starter-brief';
import { n, profileWith } from './make-profile';

describe('starterBrief', () => {
  it('is a valid brief aimed at nano and micro creators, with brand-safety basics', () => {
    const brief = starterBrief();
    expect(BriefSchema.parse(brief)).toEqual(brief);
    expect(brief.followerRange).toEqual({ min: 1_000, max: 100_000 });
    expect(brief.excludedTerms.length).toBeGreaterThan(0);
    expect(brief.cautionTerms.length).toBeGreaterThan(0);
  });

  it('takes the marketer’s edits', () => {
    const brief = starterBrief({ brand: 'Terra', niches: [{ name: 'Yoga', keywords: ['yoga'] }] });
    expect(brief.brand).toBe('Terra');
    expect(fitScore(profileWith({ bio: 'yoga', followers: n(5_000) }), brief).factors[0]!.status).toBe(
      'known',
    );
  });

  it('a new object each time, so editing one never changes another', () => {
    expect(starterBrief()).not.toBe(starterBrief());
  });
});

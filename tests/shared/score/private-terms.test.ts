import { describe, expect, it } from 'vitest';
import { fitScore } from '../../../shared/score/fit';
import { briefWith, postsEvery, profileWith } from './make-profile';

// The card on a social page is read by the page's own scripts: counted reasons must never name the
// brief's excluded or caution terms, and must score exactly as the named ones do.
const brief = briefWith({
  niches: [{ name: 'Yoga', keywords: ['yoga'] }],
  excludedTerms: ['competitorx', 'gambling'],
  cautionTerms: ['energy drink', 'vape'],
});
const PRIVATE = ['competitorx', 'gambling', 'energy drink', 'vape'];

function everything(result: ReturnType<typeof fitScore>): string {
  return JSON.stringify(result).toLowerCase();
}

describe('privateTerms: counted', () => {
  it('an excluded creator: the reason counts the terms and says where, never which', () => {
    const profile = profileWith({
      bio: 'yoga, CompetitorX fan',
      recentPosts: postsEvery(3, (i) => ({ caption: i === 1 ? 'gambling night' : 'yoga flow' })),
    });
    const named = fitScore(profile, brief);
    const counted = fitScore(profile, brief, { privateTerms: 'counted' });
    expect(named.excluded?.reason).toMatch(/competitorx, gambling/);
    expect(counted.excluded?.reason).toBe('Excluded: uses 2 terms your brief excludes (see the roster).');
    expect(counted.excluded?.evidence).toEqual([
      'a term your brief excludes in bio',
      'a term your brief excludes in post 2',
    ]);
    for (const term of PRIVATE) expect(everything(counted)).not.toContain(term);
    expect(counted.score).toBe(named.score);
  });

  it('caution terms: the brand-safety reason counts them; the score is the same', () => {
    const profile = profileWith({
      bio: 'yoga teacher',
      recentPosts: postsEvery(4, (i) => ({ caption: i < 2 ? 'my energy drink and vape' : 'yoga' })),
    });
    const named = fitScore(profile, brief);
    const counted = fitScore(profile, brief, { privateTerms: 'counted' });
    const safety = counted.factors.find((f) => f.id === 'brandSafety')!;
    expect(safety.reason).toBe('Uses 2 terms your brief marks for caution (see the roster).');
    expect(named.factors.find((f) => f.id === 'brandSafety')!.reason).toMatch(/energy drink, vape/);
    for (const term of PRIVATE) expect(everything(counted)).not.toContain(term);
    expect(counted.score).toBe(named.score);
    expect(counted.factors.map((f) => f.score)).toEqual(named.factors.map((f) => f.score));
  });
});

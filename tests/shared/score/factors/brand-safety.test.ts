import { describe, expect, it } from 'vitest';
import { briefWith, postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const brief = briefWith({ cautionTerms: ['giveaway', 'crypto'] });
const captions = (...texts: string[]) => postsEvery(texts.length, (i) => ({ caption: texts[i]! }));

describe('brandSafety factor', () => {
  it.each([
    ['no caution terms', profileWith({ bio: 'giveaway' }), briefWith(), 'not_applicable'],
    ['nothing to read', profileWith(), brief, 'unknown'],
    ['clean', profileWith({ bio: 'pottery and tea' }), brief, 'known 100'],
    ['one term in the bio', profileWith({ bio: 'Crypto enthusiast' }), brief, 'known 75'],
    ['two terms', profileWith({ recentPosts: captions('GIVEAWAY time', 'crypto tips') }), brief, 'known 45'],
    [
      'one term in three posts',
      profileWith({ recentPosts: captions('giveaway', 'giveaway', 'giveaway') }),
      brief,
      'known 65',
    ],
    ['cryptography is not crypto', profileWith({ bio: 'cryptography researcher' }), brief, 'known 100'],
  ])('%s', (_, profile, b, expected) => {
    expect(outcome(factorOf('brandSafety', profile, b))).toBe(expected);
  });

  it('never excludes', () => {
    const profile = profileWith({ bio: 'crypto giveaway' });
    expect(factorOf('brandSafety', profile, brief).status).toBe('known');
  });
});

describe('brand-safety evidence wording (issue 11, item 9)', () => {
  it('says "1 recent post", not "1 recent posts"', () => {
    const f = factorOf(
      'brandSafety',
      profileWith({ bio: 'Trail runner', recentPosts: postsEvery(1, () => ({ caption: 'Morning loop' })) }),
      briefWith({ cautionTerms: ['casino'] }),
    );
    expect(f.evidence).toEqual(['checked bio and 1 recent post']);
  });
});

import { describe, expect, it } from 'vitest';
import { postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

describe('professional factor', () => {
  it.each([
    ['nothing to read', profileWith(), 'unknown'],
    ['a bio with nothing professional', profileWith({ bio: 'just vibes' }), 'known 0'],
    ['e-mail in bio', profileWith({ bio: 'hello: me@studio.com' }), 'known 35'],
    ['business wording', profileWith({ bio: 'Business inquiries via DM' }), 'known 35'],
    ['a link', profileWith({ links: ['https://example.com'] }), 'known 20'],
    ['verified', profileWith({ verified: true }), 'known 15'],
    [
      'disclosed sponsorship (label)',
      profileWith({ recentPosts: postsEvery(2, (i) => ({ paidPartnership: i === 0 })) }),
      'known 30',
    ],
    [
      'disclosed sponsorship (#ad)',
      profileWith({ recentPosts: postsEvery(2, () => ({ caption: 'new kit #ad' })) }),
      'known 30',
    ],
    [
      '#adventure is not #ad',
      profileWith({ recentPosts: postsEvery(2, () => ({ caption: 'new kit #adventure' })) }),
      'known 0',
    ],
    [
      'all of it',
      profileWith({
        bio: 'mgmt: a@b.co',
        links: ['https://x.y'],
        verified: true,
        recentPosts: postsEvery(1, () => ({ caption: '#sponsored' })),
      }),
      'known 100',
    ],
  ])('%s', (_, profile, expected) => {
    expect(outcome(factorOf('professional', profile, null))).toBe(expected);
  });
});

describe('professional reason (issue 11, item 9)', () => {
  it('names the signals it found instead of "Some professional signals."', () => {
    const f = factorOf('professional', profileWith({ bio: 'hello: me@studio.com' }), null);
    expect(f.reason).toBe('Some professional signals: e-mail in bio.');
  });
});

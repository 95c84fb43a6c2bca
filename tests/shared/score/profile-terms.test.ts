import { describe, expect, it } from 'vitest';
import { compiledBrief } from '../../../shared/score/compiled-brief';
import { profileTerms, SEEN_LIMIT } from '../../../shared/score/profile-terms';
import { briefWith, postWith, profileWith } from './make-profile';

const brief = briefWith({
  niches: [{ name: 'Yoga', keywords: ['yoga', 'mobility'] }],
  values: ['community'],
});
// The brief's own terms only (Troupe's vocabulary, such as "studio", is found too).
const named = (hits: readonly number[]) => {
  const { kinds, terms } = compiledBrief(brief);
  return hits.filter((t) => kinds[t] === 'niche' || kinds[t] === 'value').map((t) => terms.terms[t]);
};

describe('profileTerms', () => {
  it('finds terms in the bio, name and links, the category, and each post', () => {
    const found = profileTerms(
      profileWith({
        displayName: 'Mobility Maya',
        bio: 'yoga for all',
        links: ['https://community.example'],
        category: 'Yoga studio',
        recentPosts: [postWith({ caption: 'no match' }), postWith({ caption: 'Yoga flow' })],
      }),
      compiledBrief(brief),
    );
    expect(named(found.header).sort()).toEqual(['community', 'mobility', 'yoga']);
    expect(named(found.category)).toEqual(['yoga']);
    expect(found.posts.map(named)).toEqual([[], ['yoga']]);
    expect(found.hasText).toBe(true);
  });

  it('counts hashtags the adapter listed but the caption does not repeat', () => {
    const found = profileTerms(
      profileWith({
        recentPosts: [
          postWith({ caption: 'morning', hashtags: ['Yoga'] }),
          postWith({ hashtags: ['#mobility'] }),
        ],
      }),
      compiledBrief(brief),
    );
    expect(found.posts.map(named)).toEqual([['yoga'], ['mobility']]);
  });

  it('no text at all', () => {
    expect(profileTerms(profileWith({ recentPosts: [postWith()] }), compiledBrief(brief)).hasText).toBe(
      false,
    );
  });

  it('the memo of scanned texts stays bounded', () => {
    const compiled = compiledBrief(briefWith({ niches: [{ name: 'x', keywords: ['x'] }] }));
    for (let i = 0; i < SEEN_LIMIT + 10; i++) profileTerms(profileWith({ bio: `bio ${i}` }), compiled);
    expect(compiled.seen.size).toBeLessThanOrEqual(SEEN_LIMIT);
  });
});

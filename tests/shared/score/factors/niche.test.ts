import { describe, expect, it } from 'vitest';
import { briefWith, postsEvery, profileWith } from '../make-profile';
import { factorOf, outcome } from './factor-of';

const brief = briefWith({
  niches: [
    { name: 'Yoga', keywords: ['yoga', 'mobility'] },
    { name: 'Food', keywords: ['plant based', 'recipe'] },
  ],
  values: ['sustainability'],
});
const captions = (...texts: string[]) => postsEvery(texts.length, (i) => ({ caption: texts[i]! }));

describe('niche factor', () => {
  it.each([
    ['no niches in the brief', profileWith({ bio: 'yoga' }), briefWith(), 'not_applicable'],
    ['no brief', profileWith({ bio: 'yoga' }), null, 'not_applicable'],
    ['nothing to read', profileWith(), brief, 'unknown'],
    ['text without a keyword', profileWith({ bio: 'cars and coffee' }), brief, 'known 0'],
    ['bio only', profileWith({ bio: 'Yoga teacher' }), brief, 'known 30'],
    ['category only', profileWith({ category: 'Yoga studio' }), brief, 'known 20'],
    ['a third of posts', profileWith({ recentPosts: captions('yoga', 'x', 'y') }), brief, 'known 40'],
    ['#hashtag', profileWith({ recentPosts: captions('#plantbased', 'x', 'y') }), brief, 'known 40'],
    [
      'bio + posts + breadth',
      profileWith({ bio: 'yoga', recentPosts: captions('mobility drills', 'yoga') }),
      brief,
      'known 75',
    ],
    ['a value alone', profileWith({ bio: 'Sustainability first' }), brief, 'known 5'],
  ])('%s', (_, profile, b, expected) => {
    expect(outcome(factorOf('niche', profile, b))).toBe(expected);
  });

  it('names the best niche and the matched terms with where they were found', () => {
    const f = factorOf(
      'niche',
      profileWith({ bio: 'Yoga teacher', recentPosts: captions('a recipe', 'yoga') }),
      brief,
    );
    expect(f.reason).toMatch(/Yoga niche/);
    expect(f.evidence[0]).toMatch(/"yoga" in bio, 1 of 2 recent posts/);
    expect(f.evidence.some((e) => e.startsWith('Food: "recipe"'))).toBe(true);
  });

  it('says which form of a keyword it found: "trail runner" ≈ "trail running"', () => {
    const trail = briefWith({ niches: [{ name: 'Trail', keywords: ['trail running', 'pottery'] }] });
    const f = factorOf(
      'niche',
      profileWith({ bio: 'Trail runner | Colorado', recentPosts: captions('trail running at dawn') }),
      trail,
    );
    expect(f.evidence[0]).toBe('Trail: "trail running" in bio, 1 of 1 recent posts');
    const onlyFamily = factorOf('niche', profileWith({ bio: 'Trail runner, potter' }), trail);
    expect(onlyFamily.evidence[0]).toBe(
      'Trail: "trail runner" ≈ "trail running", "potter" ≈ "pottery" in bio',
    );
  });

  it('counts a keyword found in several forms once toward breadth', () => {
    const hiking = briefWith({ niches: [{ name: 'Hiking', keywords: ['hiking'] }] });
    const forms = factorOf('niche', profileWith({ bio: 'Hiker. Hikes. Hiking.' }), hiking);
    const one = factorOf('niche', profileWith({ bio: 'Hiking.' }), hiking);
    expect(forms.score).toBe(one.score);
  });
});

// Generators of creator profiles and briefs for property tests (fast-check). The brief generator
// writes briefs the way they were stored before briefs had a purpose (no purpose field), so
// tests/shared/score/role-fit-upgrade.test.ts can replay the same sample against today's scorer.
import fc from 'fast-check';
import type { Brief } from '../../../shared/schemas/brief';
import { DATE_PRECISIONS, FACTOR_IDS, PLATFORMS, POST_FORMATS } from '../../../shared/schemas/enums';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import { parseBrief } from '../../../shared/score/validation';

const WORDS = [
  'yoga',
  'Trail running',
  'vegan',
  'plant-based',
  'CAFÉ',
  '𝐘𝐨𝐠𝐚',
  'casino',
  'crypto',
  'giveaway',
  'UGC',
  'editor',
  '#ad',
  '#adventure',
  'part 2',
  'tutorial',
  'hola@x.es',
  '🌿',
  '東京',
  'amig@s',
  'sustainability',
  '\u0301',
  '#',
];
export const NICHE_WORDS = ['yoga', 'trail running', 'vegan', 'plant based', 'cafe', 'pottery', '東京'];
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(' '));
const count = fc.option(
  fc.record({
    value: fc.oneof(fc.nat(2_000_000_000), fc.double({ min: 0, max: 1e9, noNaN: true })),
    display: fc.option(fc.string({ maxLength: 8 })),
    exact: fc.boolean(),
  }),
);
const date = fc.option(
  fc.oneof(
    fc
      .integer({ min: Date.parse('2024-01-01'), max: Date.parse('2025-12-31') })
      .map((t) => new Date(t).toISOString()),
    fc.constantFrom('2025-11-19', 'yesterday', '', '2025-13-45T99:00:00Z'),
  ),
);
const post = fc.record({
  id: fc.option(fc.string({ maxLength: 6 })),
  url: fc.option(fc.webUrl()),
  authorHandle: fc.option(fc.string({ maxLength: 8 })),
  caption: fc.option(text),
  format: fc.option(fc.constantFrom(...POST_FORMATS)),
  views: count,
  likes: count,
  comments: count,
  shares: count,
  postedAt: date,
  postedAtPrecision: fc.option(fc.constantFrom(...DATE_PRECISIONS)),
  pinned: fc.boolean(),
  paidPartnership: fc.option(fc.boolean()),
  hashtags: fc.array(
    fc.oneof(fc.constantFrom('yoga', '#ad', 'plantbased', 'Vegan'), fc.string({ maxLength: 6 })),
    { maxLength: 4 },
  ),
  mentions: fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }),
  sources: fc.constant({}),
});
export const profile: fc.Arbitrary<CreatorProfile> = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  handle: fc.string({ minLength: 1, maxLength: 12 }),
  displayName: fc.option(text),
  url: fc.string({ maxLength: 20 }),
  followers: count,
  following: count,
  posts: count,
  verified: fc.option(fc.boolean()),
  bio: fc.option(text),
  links: fc.array(fc.oneof(fc.webUrl(), fc.constant('https://www.behance.net/x')), { maxLength: 2 }),
  category: fc.option(fc.string({ maxLength: 12 })),
  languageHint: fc.option(fc.constantFrom('en', 'es-MX', 'de', '', 'zz')),
  countryHint: fc.option(fc.constantFrom('US', 'mx', 'DE', '', 'RU')),
  recentPosts: fc.array(post, { maxLength: 14 }),
  capturedAt: fc.oneof(fc.constant('2025-11-20T10:00:00Z'), fc.string({ maxLength: 10 })),
  selfReported: fc.boolean(),
  sources: fc.constant({}),
});
/** The factors a brief could weigh before role fit existed (the stored briefs' shape). */
const STORED_FACTOR_IDS = FACTOR_IDS.filter((id) => (id as string) !== 'roleFit');
const weights = fc.dictionary(
  fc.constantFrom(...STORED_FACTOR_IDS),
  fc.double({ min: 0, max: 10, noNaN: true }),
  {
    maxKeys: 4,
  },
);
export const brief: fc.Arbitrary<Brief> = fc
  .record({
    id: fc.constant('b'),
    name: fc.constant('Brief'),
    niches: fc.array(
      fc.record({
        name: fc.string({ minLength: 1, maxLength: 6 }),
        keywords: fc.array(fc.constantFrom(...NICHE_WORDS), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 3 },
    ),
    values: fc.array(fc.constantFrom('sustainability', 'community'), { maxLength: 2 }),
    excludedTerms: fc.array(fc.constantFrom('casino', 'onlyfans', 'sports betting'), { maxLength: 2 }),
    cautionTerms: fc.array(fc.constantFrom('crypto', 'giveaway'), { maxLength: 2 }),
    platforms: fc.array(fc.constantFrom(...PLATFORMS), { maxLength: 3 }),
    followerRange: fc.record({ min: fc.option(fc.nat(100_000)), max: fc.option(fc.nat(10_000_000)) }),
    minEngagementRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    regions: fc.array(fc.constantFrom('US', 'MX', 'ES'), { maxLength: 2 }),
    excludedRegions: fc.array(fc.constantFrom('RU', 'DE'), { maxLength: 1 }),
    languages: fc.array(fc.constantFrom('en', 'es'), { maxLength: 2 }),
    weights,
  })
  .map((b) => parseBrief(b));
export const briefOrNull = fc.option(brief, { freq: 4 });

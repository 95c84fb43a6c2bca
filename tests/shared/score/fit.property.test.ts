// Invariants of the fit score over generated profiles and briefs (fast-check): unknown is not zero,
// more niche matches never lower the score, same input gives the same output, and no input, however
// odd, makes anything throw but a typed ValidationError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../../shared/schemas/brief';
import { DATE_PRECISIONS, FACTOR_IDS, PLATFORMS, POST_FORMATS } from '../../../shared/schemas/enums';
import { FitResultSchema } from '../../../shared/schemas/fit';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import { fitScore } from '../../../shared/score/fit';
import { parseBrief, parseProfile, ValidationError } from '../../../shared/score/validation';

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
const NICHE_WORDS = ['yoga', 'trail running', 'vegan', 'plant based', 'cafe', 'pottery', '東京'];
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
const profile: fc.Arbitrary<CreatorProfile> = fc.record({
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
const weights = fc.dictionary(fc.constantFrom(...FACTOR_IDS), fc.double({ min: 0, max: 10, noNaN: true }), {
  maxKeys: 4,
});
const brief: fc.Arbitrary<Brief> = fc
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
const briefOrNull = fc.option(brief, { freq: 4 });

const weightedMean = (factors: { status: string; score: number | null; weight: number }[]) => {
  let sum = 0;
  let w = 0;
  for (const f of factors) {
    if (f.status !== 'known') continue;
    sum += f.weight * f.score!;
    w += f.weight;
  }
  return w > 0 ? Math.round(sum / w) : null;
};

describe('fitScore invariants', () => {
  it('unknown is not zero: the score is the weighted mean of known factors, inside its range', () => {
    fc.assert(
      fc.property(profile, briefOrNull, (p, b) => {
        const result = fitScore(p, b);
        FitResultSchema.parse(result);
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1);
        if (result.excluded) {
          expect(result.score).toBeNull();
          return;
        }
        expect(result.score).toBe(weightedMean(result.factors));
        if (result.score !== null) {
          expect(result.range!.min).toBeLessThanOrEqual(result.score);
          expect(result.score).toBeLessThanOrEqual(result.range!.max);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('dropping an unknown factor entirely leaves the score where the known factors put it', () => {
    fc.assert(
      fc.property(profile, brief, (p, b) => {
        const withHints = fitScore({ ...p, countryHint: null, languageHint: null }, b);
        const withoutAudience = fitScore(
          { ...p, countryHint: null, languageHint: null },
          { ...b, weights: { ...b.weights, audience: 0 } },
        );
        if (withHints.excluded) return;
        expect(withHints.score).toBe(withoutAudience.score);
      }),
      { numRuns: 200 },
    );
  });

  it('more niche matches never lower the score', () => {
    fc.assert(
      fc.property(
        profile,
        brief.filter((b) => b.niches.length > 0),
        fc.nat(),
        fc.boolean(),
        (p, b, pick, inBio) => {
          const base = { ...p, bio: `about me: ${p.bio ?? ''}` };
          const keywords = b.niches.flatMap((niche) => niche.keywords);
          const keyword = keywords[pick % keywords.length]!;
          const more: CreatorProfile =
            inBio || base.recentPosts.length === 0
              ? { ...base, bio: `${base.bio} · ${keyword}` }
              : {
                  ...base,
                  recentPosts: base.recentPosts.map((post, i) =>
                    i === pick % base.recentPosts.length
                      ? { ...post, caption: `${post.caption ?? ''} · ${keyword}` }
                      : post,
                  ),
                };
          const before = fitScore(base, b);
          const after = fitScore(more, b);
          const niche = (r: typeof before) => r.factors.find((f) => f.id === 'niche')!.score!;
          expect(niche(after)).toBeGreaterThanOrEqual(niche(before));
          if (before.score !== null && after.score !== null)
            expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives a deep-equal result', () => {
    fc.assert(
      fc.property(profile, briefOrNull, (p, b) => {
        expect(fitScore(structuredClone(p), b && structuredClone(b))).toEqual(fitScore(p, b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('robustness', () => {
  const onlyValidationErrors = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
    }
  };

  it('anything at all through parseProfile / parseBrief: a value or a ValidationError', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
        (input) => {
          onlyValidationErrors(() => parseProfile(input));
          onlyValidationErrors(() => parseBrief(input));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a valid profile with one field replaced by any JSON value: scores or throws ValidationError', () => {
    const keys = [
      'followers',
      'following',
      'bio',
      'links',
      'recentPosts',
      'countryHint',
      'platform',
      'selfReported',
    ] as const;
    fc.assert(
      fc.property(profile, briefOrNull, fc.constantFrom(...keys), fc.jsonValue(), (p, b, key, value) => {
        onlyValidationErrors(() => fitScore(parseProfile({ ...p, [key]: value }), b));
      }),
      { numRuns: 300 },
    );
  });
});

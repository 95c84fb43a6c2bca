import { describe, expect, it } from 'vitest';
import { type Brief, BriefSchema } from '../../../shared/schemas/brief';
import { FACTOR_IDS } from '../../../shared/schemas/enums';
import { FitResultSchema } from '../../../shared/schemas/fit';
import { type CreatorProfile, CreatorProfileSchema } from '../../../shared/schemas/profile';
import { fitScore } from '../../../shared/score/fit';
import { briefWith, fixture, n, postsEvery, profileWith } from './make-profile';

const profile = async (name: string) => CreatorProfileSchema.parse(await fixture(`profiles/${name}.json`));
const brief = async (name: string) => BriefSchema.parse(await fixture(`briefs/${name}.json`));

describe('fitScore on the example files', () => {
  it.each([
    // [profile, brief, score or "excluded", confidence, tier, role]
    ['instagram-yoga-micro', 'outdoor-wellness', 93, 'high', 'micro', 'creator'],
    ['tiktok-vegan-nano', 'outdoor-wellness', 86, 'high', 'nano', 'hybrid'],
    ['youtube-tech-mid', 'tech-reviewers', 94, 'high', 'mid', 'creator'],
    ['youtube-tech-mid', 'outdoor-wellness', 67, 'high', 'mid', 'creator'],
    ['x-mass-following', 'outdoor-wellness', 'excluded', 'medium', 'nano', 'undetermined'],
    ['self-reported-application', 'outdoor-wellness', 44, 'low', 'micro', 'creator'],
  ] as const)('%s against %s', async (p, b, score, confidence, tier, role) => {
    const result = fitScore(await profile(p), await brief(b));
    expect(FitResultSchema.parse(result)).toEqual(result);
    expect(result.excluded ? 'excluded' : result.score).toBe(score);
    expect(result.confidence).toBe(confidence);
    expect(result.tier.id).toBe(tier);
    expect(result.role.role).toBe(role);
    expect(result.factors.map((f) => f.id)).toEqual([...FACTOR_IDS]);
    for (const f of result.factors) expect(f.reason.length).toBeGreaterThan(10);
  });

  it('self-reported figures are low confidence, whatever the coverage', async () => {
    const p = await profile('instagram-yoga-micro');
    const result = fitScore({ ...p, selfReported: true }, await brief('outdoor-wellness'));
    expect(result.coverage).toBe(1);
    expect(result.confidence).toBe('low');
    expect(result.confidenceReason).toMatch(/self-reported/);
  });
});

describe('combining factors', () => {
  const b = briefWith({
    niches: [{ name: 'Yoga', keywords: ['yoga'] }],
    followerRange: { min: 1_000, max: 50_000 },
  });

  it('the score is the weighted mean of known factors; unknowns only widen the range', () => {
    const result = fitScore(profileWith({ bio: 'yoga teacher', followers: n(5_000) }), b);
    const known = result.factors.filter((f) => f.status === 'known');
    const unknown = result.factors.filter((f) => f.status === 'unknown');
    expect(unknown.length).toBeGreaterThan(0);
    const sum = known.reduce((s, f) => s + f.weight * f.score!, 0);
    const kw = known.reduce((s, f) => s + f.weight, 0);
    const uw = unknown.reduce((s, f) => s + f.weight, 0);
    expect(result.score).toBe(Math.round(sum / kw));
    expect(result.range).toEqual({
      min: Math.round(sum / (kw + uw)),
      max: Math.round((sum + 100 * uw) / (kw + uw)),
    });
    expect(result.coverage).toBeCloseTo(kw / (kw + uw));
  });

  it("the brief's weights replace the defaults; weight 0 drops a factor", () => {
    const p = profileWith({ bio: 'yoga', followers: n(500_000) });
    const heavy = fitScore(p, { ...b, weights: { size: 10 } });
    const none = fitScore(p, { ...b, weights: { size: 0 } });
    expect(heavy.factors.find((f) => f.id === 'size')!.weight).toBe(10);
    expect(heavy.score!).toBeLessThan(none.score!);
  });

  it('nothing known: no score, the full range, low confidence', () => {
    const result = fitScore(profileWith(), briefWith({ niches: [{ name: 'x', keywords: ['x'] }] }));
    expect(result.score).toBeNull();
    expect(result.range).toEqual({ min: 0, max: 100 });
    expect(result.coverage).toBe(0);
    expect(result.confidence).toBe('low');
  });

  it('without a brief: tier, engagement, authenticity and role, brief factors not applicable', () => {
    const result = fitScore(
      profileWith({
        followers: n(20_000),
        following: n(100),
        recentPosts: postsEvery(12, () => ({ likes: n(400), comments: n(10) })),
      }),
      null,
    );
    expect(result.briefId).toBeNull();
    expect(result.tier.id).toBe('micro');
    expect(result.engagement.median).toBeCloseTo(0.0205);
    const status = Object.fromEntries(result.factors.map((f) => [f.id, f.status]));
    expect(status).toMatchObject({
      niche: 'not_applicable',
      size: 'not_applicable',
      audience: 'not_applicable',
      brandSafety: 'not_applicable',
    });
    expect(status.engagement).toBe('known');
    expect(result.score).not.toBeNull();
  });

  it('is deterministic: same input, deep-equal output, inputs untouched', async () => {
    const p = await profile('tiktok-vegan-nano');
    const br = await brief('outdoor-wellness');
    const before = JSON.stringify([p, br]);
    expect(fitScore(p, br)).toEqual(fitScore(structuredClone(p), structuredClone(br)));
    expect(JSON.stringify([p, br])).toBe(before);
  });
});

describe('hard exclusions', () => {
  const base = (over: Partial<CreatorProfile> = {}) =>
    profileWith({ bio: 'yoga', followers: n(5_000), countryHint: 'US', ...over });
  const b = (over: Partial<Brief> = {}): Brief => ({
    ...briefWith({
      niches: [{ name: 'Yoga', keywords: ['yoga'] }],
      excludedTerms: ['casino', 'sports betting'],
    }),
    ...over,
  });

  it.each([
    [
      'excluded term in the bio',
      base({ bio: 'yoga and CASINO nights' }),
      b(),
      /excluded term casino/,
      '"casino" in bio',
    ],
    [
      'excluded phrase in a caption',
      base({
        recentPosts: postsEvery(2, (i) => ({
          caption: i ? 'Sports-betting tips' : 'hi',
          url: `https://x/${i}`,
        })),
      }),
      b(),
      /sports betting/,
      '"sports betting" in post 2 (https://x/1)',
    ],
    [
      'platform outside the brief',
      base(),
      b({ platforms: ['tiktok'] }),
      /instagram is not one of/,
      'brief platforms: tiktok',
    ],
    [
      'excluded region',
      base({ countryHint: 'ru' }),
      b({ excludedRegions: ['RU'] }),
      /excluded region/,
      'country hint RU',
    ],
  ])('%s', (_, p, br, reason, evidence) => {
    const result = fitScore(p, br);
    expect(result.score).toBeNull();
    expect(result.range).toBeNull();
    expect(result.excluded!.reason).toMatch(/^Excluded: /);
    expect(result.excluded!.reason).toMatch(reason);
    expect(result.excluded!.evidence).toContain(evidence);
    expect(result.factors.length).toBe(FACTOR_IDS.length);
  });

  it('a word that merely contains an excluded term does not exclude', () => {
    expect(
      fitScore(base({ bio: 'casinos? no: casinoroyale fan' }), b({ excludedTerms: ['casino royale'] }))
        .excluded,
    ).toBeNull();
  });
});

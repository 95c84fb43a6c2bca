// Invariants of the fit score over generated profiles and briefs (fast-check): unknown is not zero,
// more niche matches never lower the score, same input gives the same output, and no input, however
// odd, makes anything throw but a typed ValidationError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FitResultSchema } from '../../../shared/schemas/fit';
import type { CreatorProfile } from '../../../shared/schemas/profile';
import { fitScore } from '../../../shared/score/fit';
import { parseBrief, parseProfile, ValidationError } from '../../../shared/score/validation';
import { brief, briefOrNull, profile } from './arbitraries';

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

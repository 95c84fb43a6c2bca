// Briefs stored before briefs had a purpose upgrade to hybrid with a role-fit weight of 0, and every
// figure they gave stays what it was: the scores recorded from the commit before the change
// (tests/fixtures/briefs/scores-before-purpose.json: generated profiles and stored-shape briefs with a
// fixed seed, every brief file, the starter as stored) are replayed against today's scorer.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withPurpose } from '../../../shared/schemas/brief-upgrade';
import { fitScore } from '../../../shared/score/fit';
import { parseBrief } from '../../../shared/score/validation';
import { brief, profile } from './arbitraries';
import { figures, SCORES_FILE, samplePairs, stripPurpose } from './support/scores-before-purpose';

const recorded = JSON.parse(readFileSync(SCORES_FILE, 'utf8')) as [string, ...unknown[]][];

describe('stored briefs upgrade without moving a score', () => {
  it('every recorded pair scores, ranges, covers and is as confident as before the upgrade', () => {
    const pairs = samplePairs(parseBrief);
    expect(pairs).toHaveLength(recorded.length);
    const moved = pairs
      .map(({ label, profile: p, brief: b }, i) => ({
        label,
        now: [label, ...figures(p, b)],
        was: recorded[i],
      }))
      .filter(({ now, was }) => JSON.stringify(now) !== JSON.stringify(was))
      .map(({ now, was }) => `${JSON.stringify(was)} → ${JSON.stringify(now)}`);
    expect(moved.slice(0, 5), `${moved.length} pairs moved`).toEqual([]);
    // The sample is not trivial: most pairs have a score, and the upgraded briefs are hybrid.
    expect(recorded.filter((r) => r[1] !== null).length).toBeGreaterThan(200);
    expect(pairs.every(({ brief: b }) => b.purpose === 'hybrid' && b.weights.roleFit === 0)).toBe(true);
  });

  it('a stored-shape brief scores as it does with the role-fit factor dropped (property)', () => {
    fc.assert(
      fc.property(profile, brief, (p, b) => {
        const upgraded = parseBrief(stripPurpose(b));
        const result = fitScore(p, upgraded);
        const roleFit = result.factors.find((f) => f.id === 'roleFit')!;
        expect(roleFit.weight).toBe(0);
        // The same brief with role fit given weight: the factor is really computed, only not counted.
        const weighted = fitScore(p, { ...upgraded, weights: { ...upgraded.weights, roleFit: 2 } });
        expect(weighted.factors.find((f) => f.id === 'roleFit')!.status).toBe(roleFit.status);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a role-fit weight the stored brief already had, and leaves briefs with a purpose alone', () => {
    expect(withPurpose({ id: 'a', name: 'A', weights: { roleFit: 4 } })).toMatchObject({
      purpose: 'hybrid',
      weights: { roleFit: 4 },
    });
    const current = { id: 'b', name: 'B', purpose: 'production', weights: {} };
    expect(withPurpose(current)).toBe(current);
    expect(parseBrief(current).weights.roleFit).toBeUndefined();
  });
});

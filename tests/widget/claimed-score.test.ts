import { describe, expect, it } from 'vitest';
import { applicationProfiles } from '../../shared/application/profile';
import type { Application } from '../../shared/schemas/application';
import { fitScore } from '../../shared/score/fit';
import { parseBrief } from '../../shared/score/validation';
import { claimedFit } from '../../widget/claimed-score';

const application: Application = {
  idempotencyKey: '3b1f0a52-1c7e-4b8e-9d51-0c0f4a1b2c3d',
  brand: 'Northwind',
  name: 'Ana Souza',
  email: 'ana@example.com',
  country: 'BR',
  languages: ['pt'],
  handles: [
    { platform: 'instagram', handle: 'ana.trilhas', followers: 12_400, typicalViews: 3100 },
    { platform: 'tiktok', handle: 'ana_tt', followers: 800, typicalViews: null },
  ],
  niches: ['hiking', 'camping'],
  samples: [],
  pitch: 'I film long trails and review camping gear.',
  consent: { given: true, version: '1', at: '2026-11-21T10:00:00.000Z' },
  attribution: {},
};

const brief = {
  id: 'northwind-2026',
  name: 'Northwind outdoor ambassadors',
  niches: [{ name: 'outdoors', keywords: ['hiking', 'camping', 'trail'] }],
  followerRange: { min: 1000, max: 500000 },
};

describe('claimedFit', () => {
  it('is the best fit over the applicant’s handles, computed by the shared core', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    const expected = applicationProfiles(application, now.toISOString())
      .map((p) => fitScore(p, parseBrief(brief)))
      .map((f) => (f.excluded ? null : f.score))
      .filter((s): s is number => s !== null);
    const fit = claimedFit(application, brief, now);
    expect(fit?.score).toBe(Math.max(...expected));
    expect(fit?.band).toBe(fit!.score! >= 70 ? 'high' : fit!.score! >= 45 ? 'mid' : 'low');
  });

  it('is null without a brief or with a malformed one, so the application goes out unscored', () => {
    expect(claimedFit(application, undefined)).toBeNull();
    expect(claimedFit(application, { niches: 'not a list' })).toBeNull();
  });
});

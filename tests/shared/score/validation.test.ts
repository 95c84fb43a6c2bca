import { describe, expect, it } from 'vitest';
import { parseBrief, parseJson, parseProfile, ValidationError } from '../../../shared/score/validation';
import { fixture, profileWith } from './make-profile';

const thrown = (fn: () => unknown): ValidationError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('parseProfile / parseBrief', () => {
  it('accept the example files', async () => {
    expect(parseProfile(await fixture('profiles/youtube-tech-mid.json')).handle).toBe('deskcraft');
    const brief = parseBrief(await fixture('briefs/minimal.json'));
    expect(brief.niches).toEqual([]);
    expect(brief.jurisdictions).toEqual(['US']);
  });

  it.each([
    ['not an object', () => parseProfile('hello'), /Invalid profile/],
    ['missing fields', () => parseProfile({ platform: 'instagram' }), /handle/],
    ['unknown platform', () => parseProfile({ ...profileWith(), platform: 'myspace' }), /platform/],
    [
      'negative followers',
      () => parseProfile({ ...profileWith(), followers: { value: -1, display: null, exact: true } }),
      /followers\.value/,
    ],
    ['brief without a name', () => parseBrief({ id: 'x' }), /Invalid brief: name/],
    [
      'minimum engagement above 100%',
      () => parseBrief({ id: 'x', name: 'y', minEngagementRate: 3 }),
      /minEngagementRate/,
    ],
    [
      'weight out of range',
      () => parseBrief({ id: 'x', name: 'y', weights: { niche: 99 } }),
      /weights\.niche/,
    ],
    ['bad JSON', () => parseJson('{"id": ', 'brief b.json'), /Invalid brief b\.json: not valid JSON/],
  ])('%s throws a ValidationError with a clear message', (_, fn, message) => {
    const error = thrown(fn);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toMatch(message);
    expect(error.issues.length).toBeGreaterThan(0);
  });
});

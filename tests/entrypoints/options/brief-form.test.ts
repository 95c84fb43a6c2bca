import { describe, expect, it } from 'vitest';
import { fieldsOf, newBrief, readFields } from '../../../entrypoints/options/brief-form';

const brief = { ...newBrief(), followerRange: { min: 1000, max: 100_000 }, minEngagementRate: 0.029 };
const fields = fieldsOf(brief);

describe('the brief editor reads its typed fields (issue 11, item 11)', () => {
  it('round-trips a brief, engagement as the percentage it shows', () => {
    expect(fields.minEngagement).toBe('2.9');
    expect(readFields(brief, fields)).toEqual({ brief, problems: {} });
  });

  it('refuses a follower range with min above max, at the "up to" field', () => {
    const { brief: read, problems } = readFields(brief, {
      ...fields,
      followersMin: '50000',
      followersMax: '10000',
    });
    expect(problems).toEqual({ followersMax: 'Followers up to (10,000) is below followers from (50,000).' });
    expect(read.followerRange).toEqual(brief.followerRange);
  });

  it('refuses a region that is no country code, suggesting the code for a country typed by name', () => {
    expect(readFields(brief, { ...fields, regions: 'United States' }).problems).toEqual({
      regions: '"United States" is not a country code: write US for United States.',
    });
    expect(readFields(brief, { ...fields, regions: 'UK' }).problems.regions).toMatch(
      /write GB for United Kingdom/,
    );
    expect(readFields(brief, { ...fields, regions: 'Atlantis' }).problems.regions).toMatch(
      /two-letter country code/,
    );
    expect(readFields(brief, { ...fields, regions: 'us\nde' }).brief.regions).toEqual(['US', 'DE']);
  });

  it('refuses a minimum engagement over 100% in words, not "Too big: expected number to be <=1"', () => {
    const { brief: read, problems } = readFields(brief, { ...fields, minEngagement: '150' });
    expect(problems.minEngagement).toBe(
      'Minimum engagement is a percentage from 0 to 100 (2.5 means 2.5%), not 150.',
    );
    expect(read.minEngagementRate).toBe(0.029);
    expect(readFields(brief, { ...fields, minEngagement: '' }).brief.minEngagementRate).toBeNull();
  });

  it('refuses a language that is no language code', () => {
    expect(readFields(brief, { ...fields, languages: 'Spanish' }).problems.languages).toMatch(
      /language code/,
    );
    expect(readFields(brief, { ...fields, languages: 'ES' }).brief.languages).toEqual(['es']);
  });
});

describe('newBrief', () => {
  it('is the empty brief: hybrid, US disclosure rules, nothing else asked for', () => {
    const brief = newBrief();
    expect(brief.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(brief).toMatchObject({ name: 'New brief', brand: '', purpose: 'hybrid', jurisdictions: ['US'] });
    expect(brief).toMatchObject({
      followerRange: { min: null, max: null },
      minEngagementRate: null,
      weights: {},
    });
    const lists = [
      'niches',
      'values',
      'excludedTerms',
      'cautionTerms',
      'platforms',
      'regions',
      'excludedRegions',
      'languages',
    ];
    expect(Object.keys(brief).sort()).toEqual(
      [
        ...lists,
        'id',
        'name',
        'brand',
        'purpose',
        'jurisdictions',
        'followerRange',
        'minEngagementRate',
        'weights',
      ].sort(),
    );
    for (const list of lists) expect(brief[list as keyof typeof brief], list).toEqual([]);
  });

  it('gives each brief its own id and lists (editing one never edits the next)', () => {
    const a = newBrief();
    const b = newBrief();
    expect(a.id).not.toBe(b.id);
    a.jurisdictions.push('EU');
    a.followerRange.min = 5;
    expect(b.jurisdictions).toEqual(['US']);
    expect(b.followerRange).toEqual({ min: null, max: null });
  });
});

import { describe, expect, it } from 'vitest';
import { mergeApplicant, mergeSave, selfReportedDiff } from '../../../shared/roster/merge';
import { profile } from './creators';

const claimed = profile({
  handle: 'newbie',
  selfReported: true,
  followers: { value: 50_000, display: null, exact: false },
  following: null,
  posts: null,
  countryHint: 'CA',
  recentPosts: [],
});
const observed = profile({ handle: 'newbie', followers: { value: 21_300, display: '21.3K', exact: false } });
const applicant = {
  applicationId: '7',
  name: 'New Bie',
  email: 'new@example.com',
  country: 'CA',
  pitch: 'I run trails',
  niches: ['running'],
  samples: [],
  rates: null,
  languages: [],
  receivedAt: '2025-11-01T00:00:00.000Z',
};

describe('selfReportedDiff', () => {
  it('lists figures that differ by more than 10% and a different country', () => {
    expect(selfReportedDiff(claimed, observed, 'T')).toEqual([
      { field: 'followers', claimed: 50_000, observed: 21_300, change: 21_300 / 50_000 - 1, at: 'T' },
      { field: 'countryHint', claimed: 'CA', observed: 'US', change: null, at: 'T' },
    ]);
    expect(
      selfReportedDiff(
        claimed,
        { ...observed, followers: { value: 52_000, display: null, exact: true }, countryHint: 'ca' },
        'T',
      ),
    ).toEqual([]);
  });
});

describe('an applicant later seen on the platform', () => {
  it('enters as applied with self-reported figures, then observed figures replace them and the diff stays', () => {
    const entered = mergeApplicant(undefined, claimed, null, applicant, '2025-11-01T00:00:00.000Z');
    expect(entered).toMatchObject({ status: 'applied', selfReportedDiff: null, applicant });
    expect(entered.profile.selfReported).toBe(true);
    const seen = mergeSave(entered, { profile: observed, fit: null }, '2025-11-03T00:00:00.000Z');
    expect(seen.profile.selfReported).toBe(false);
    expect(seen.profile.followers?.value).toBe(21_300);
    expect(seen.status).toBe('applied');
    expect(seen.applicant).toEqual(applicant);
    expect(seen.selfReportedDiff?.map((d) => d.field)).toEqual(['followers', 'countryHint']);
    // A later application never overwrites what the page showed.
    const again = mergeApplicant(seen, claimed, null, applicant, '2025-11-04T00:00:00.000Z');
    expect(again.profile.followers?.value).toBe(21_300);
    expect(again.profile.selfReported).toBe(false);
  });
  it('moves a prospect to applied but leaves an active creator active', () => {
    const prospect = mergeSave(undefined, { profile: observed, fit: null }, '2025-10-01T00:00:00.000Z');
    expect(mergeApplicant(prospect, claimed, null, applicant, 'T').status).toBe('applied');
    const active = { ...prospect, status: 'active' as const };
    const merged = mergeApplicant(active, claimed, null, applicant, 'T');
    expect(merged.status).toBe('active');
    expect(merged.selfReportedDiff?.[0]).toMatchObject({
      field: 'followers',
      claimed: 50_000,
      observed: 12_400 - 12_400 + 21_300,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { confirmsClaim } from '../../../shared/roster/claims';
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
  it('the same applicant applying again updates their application, never the observed figures', () => {
    const entered = mergeApplicant(undefined, claimed, null, applicant, '2025-11-01T00:00:00.000Z');
    const seen = mergeSave(entered, { profile: observed, fit: null }, '2025-11-03T00:00:00.000Z');
    const again = mergeApplicant(
      seen,
      claimed,
      null,
      { ...applicant, applicationId: '9', pitch: 'New pitch' },
      'T',
    );
    expect(again.applicant).toMatchObject({ applicationId: '9', pitch: 'New pitch' });
    expect(again.claims ?? []).toEqual([]);
  });
});

describe('an application naming a creator the roster already knows', () => {
  const prospect = mergeSave(undefined, { profile: observed, fit: null }, '2025-10-01T00:00:00.000Z');
  const claimant = { ...applicant, applicationId: '8', name: 'Eve', email: 'eve@example.com' };
  // Kept with the follower count the application gave, to set against the page's.
  const claim = { ...claimant, claimedFollowers: 50_000 };

  it('changes neither the status nor the details: the claim is kept apart', () => {
    const claimedOnce = mergeApplicant(prospect, claimed, null, claimant, 'T');
    expect(claimedOnce.status).toBe('prospect');
    expect(claimedOnce.statusHistory).toEqual(prospect.statusHistory);
    expect(claimedOnce.applicant).toBeNull();
    expect(claimedOnce.profile).toEqual(prospect.profile);
    expect(claimedOnce.selfReportedDiff).toBe(prospect.selfReportedDiff);
    expect(claimedOnce.claims).toEqual([claim]);
    // The same application imported twice is one claim.
    expect(mergeApplicant(claimedOnce, claimed, null, claimant, 'T2').claims).toEqual([claim]);
    const active = mergeApplicant({ ...prospect, status: 'active' }, claimed, null, claimant, 'T');
    expect(active.status).toBe('active');
  });

  it('does not replace another applicant who applied first', () => {
    const entered = mergeApplicant(undefined, claimed, null, applicant, '2025-11-01T00:00:00.000Z');
    const contested = mergeApplicant(entered, claimed, null, claimant, 'T');
    expect(contested.applicant).toEqual(applicant);
    expect(contested.claims).toEqual([claim]);
  });

  it('becomes the applicant once the real profile shows the e-mail the application came from', () => {
    const pending = mergeApplicant(prospect, claimed, null, claimant, 'T');
    const unrelated = mergeSave(pending, { profile: observed, fit: null }, 'T2');
    expect(unrelated).toMatchObject({ status: 'prospect', applicant: null, claims: [claim] });
    const vouched = { ...observed, bio: 'Trail runner. Business: Eve@Example.com' };
    const confirmed = mergeSave(pending, { profile: vouched, fit: null }, 'T3');
    expect(confirmed).toMatchObject({ status: 'applied', applicant: claim, claims: [] });
    expect(confirmed.claimDecisions).toEqual([{ claim, decision: 'confirmed', by: 'page', at: 'T3' }]);
    expect(confirmsClaim({ ...vouched, selfReported: true }, claimant)).toBe(false);
  });
});

describe('a later visit that shows less', () => {
  const first = mergeSave(undefined, { profile: profile({ handle: 'trail' }), fit: null }, 'a');
  const later = { capturedAt: '2026-02-01T10:00:00.000Z' };

  it('keeps the earlier posts with the time they were seen, so recency does not run on without posts', () => {
    const kept = mergeSave(
      first,
      { profile: profile({ handle: 'trail', recentPosts: [], ...later }), fit: null },
      'b',
    );
    expect(kept.profile.recentPosts).toEqual(first.profile.recentPosts);
    expect(kept.profile.capturedAt).toBe(first.profile.capturedAt);
  });

  it('takes the new capture time with the new posts', () => {
    const kept = mergeSave(first, { profile: profile({ handle: 'trail', ...later }), fit: null }, 'b');
    expect(kept.profile.capturedAt).toBe(later.capturedAt);
  });
});

describe('a stream seen live on one visit', () => {
  const live = { viewers: { value: 1204, display: null, exact: true }, startedAt: null, title: 'Glazing' };
  const channel = (fields: Parameters<typeof profile>[0]) => profile({ platform: 'twitch', ...fields });

  it('is the latest visit’s only: a later visit that found the channel offline keeps no stream nor its source', () => {
    const first = mergeSave(
      undefined,
      {
        profile: channel({ handle: 'lenamakes', live, sources: { live: 'json:StreamMetadata.user.stream' } }),
        fit: null,
      },
      '2026-05-01T10:00:00Z',
    );
    expect(first.profile.live).toEqual(live);
    const offline = mergeSave(
      first,
      { profile: channel({ handle: 'lenamakes' }), fit: null },
      '2026-05-08T10:00:00Z',
    );
    expect(offline.profile.live ?? null).toBeNull();
    expect(offline.profile.sources.live).toBeUndefined();
    // Followers are untouched by it either way.
    expect(offline.profile.followers).toEqual(first.profile.followers);
  });
});

// Test creators written by us: profiles and fit results shaped like what the overlay sends.

import type { RosterEntry } from '../../../shared/messages';
import { profileUrl } from '../../../shared/platforms/platform-records';
import type { Snapshot } from '../../../shared/roster/records';
import type { DisclosureReport } from '../../../shared/schemas/disclosure';
import type { Platform, Role, Tier, Verdict } from '../../../shared/schemas/enums';
import type { FitResult } from '../../../shared/schemas/fit';
import type { CreatorProfile } from '../../../shared/schemas/profile';

export function profile(overrides: Partial<CreatorProfile> & { handle: string }): CreatorProfile {
  const platform: Platform = overrides.platform ?? 'instagram';
  return {
    platform,
    displayName: `Name of ${overrides.handle}`,
    url: profileUrl(platform, overrides.handle),
    followers: { value: 12_400, display: '12.4K', exact: false },
    following: { value: 310, display: '310', exact: true },
    posts: { value: 420, display: '420', exact: true },
    verified: false,
    bio: 'Trail running and slow travel. Pacific Northwest.',
    links: [],
    category: null,
    languageHint: 'en',
    countryHint: 'US',
    recentPosts: [
      {
        id: 'p1',
        url: platform === 'instagram' ? `https://www.instagram.com/p/${overrides.handle}1/` : null,
        authorHandle: overrides.handle,
        caption: 'Morning loop #trailrunning',
        format: 'carousel',
        views: null,
        likes: { value: 800, display: '800', exact: true },
        comments: { value: 40, display: '40', exact: true },
        shares: null,
        postedAt: '2025-10-01',
        postedAtPrecision: 'day',
        pinned: false,
        paidPartnership: false,
        hashtags: ['trailrunning'],
        mentions: [],
        sources: {},
      },
    ],
    capturedAt: '2025-11-01T10:00:00.000Z',
    selfReported: false,
    sources: { followers: 'meta:description' },
    ...overrides,
  };
}

export function fitResult(score: number | null, tier: Tier = 'micro', role: Role = 'creator'): FitResult {
  return {
    briefId: 'b1',
    creator: 'instagram:x',
    excluded: null,
    score,
    range: score === null ? null : { min: score - 5, max: score + 5 },
    coverage: 0.8,
    confidence: 'medium',
    confidenceReason: 'Most factors known',
    factors: [
      {
        id: 'niche',
        label: 'Niche',
        status: 'known',
        score: score ?? 0,
        weight: 3,
        reason: 'Bio matches running',
        evidence: ['trail running'],
      },
    ],
    tier: { id: tier, label: tier, source: 'followers' },
    engagement: {
      basis: 'followers',
      median: 0.045,
      sampleSize: 6,
      reach: null,
      band: null,
      position: 'within',
    },
    authenticity: [],
    role: { role, production: 3, distribution: 1, signals: [], reason: 'Makes the content' },
  };
}

export function disclosure(verdict: Verdict, postUrl: string): RosterEntry['disclosures'][number] {
  const report: DisclosureReport = {
    verdict,
    platform: 'instagram',
    byJurisdiction: [{ jurisdiction: 'US', verdict, reasons: [] }],
    signals: [],
    disclosures: [],
    reasons: [],
    truncationPoint: null,
  };
  return { postUrl, checkedAt: '2025-11-01T10:00:00.000Z', report };
}

/** One visit's snapshot of a channel, with the viewers seen live when it was live. */
export function visitSnapshot(key: string, capturedAt: string, liveViewers?: number): Snapshot {
  return {
    key,
    capturedAt,
    followers: 12_400,
    following: null,
    posts: null,
    engagement: null,
    score: null,
    selfReported: false,
    ...(liveViewers === undefined ? {} : { liveViewers }),
  };
}

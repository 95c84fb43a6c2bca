// Plain constant lists with no zod import, so code bundled into the widget (which must stay on
// zod/mini) can use them without pulling classic zod in.

export const PLATFORMS = ['instagram', 'tiktok', 'youtube', 'x', 'twitch'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Disclosure jurisdictions with a rule table in shared/disclosure/jurisdictions/. */
export const JURISDICTIONS = [
  'US',
  'UK',
  'EU',
  'DE',
  'FR',
  'ES',
  'IT',
  'NL',
  'BE',
  'CA',
  'AU',
  'IN',
  'BR',
  'PL',
  'NO',
  'MX',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** Fit factors, in the order the card lists them. */
export const FACTOR_IDS = [
  'niche',
  'engagement',
  'authenticity',
  'size',
  'audience',
  'cadence',
  'professional',
  'brandSafety',
  'roleFit',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** Later x Fohr 2021 tiers. */
export const TIERS = ['nano', 'micro', 'mid', 'macro', 'mega', 'unknown'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * What a partnership is for: production (a creator's craft and reusable assets), distribution (an
 * influencer's trusted reach and conversions) or both. The roleFit factor scores the creator against it.
 */
export const BRIEF_PURPOSES = ['production', 'distribution', 'hybrid'] as const;
export type BriefPurpose = (typeof BRIEF_PURPOSES)[number];

export const ROLES = ['creator', 'influencer', 'hybrid', 'undetermined'] as const;
export type Role = (typeof ROLES)[number];

export const VERDICTS = ['disclosed', 'late', 'ambiguous', 'missing', 'not_needed'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Roster lifecycle of a creator relationship. */
export const STATUSES = [
  'prospect',
  'contacted',
  'applied',
  'pilot',
  'active',
  'alumni',
  'declined',
] as const;
export type Status = (typeof STATUSES)[number];

/** How precise a post's date is (see PostSchema.postedAtPrecision). */
export const DATE_PRECISIONS = ['time', 'day', 'approximate'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const POST_FORMATS = [
  'image',
  'carousel',
  'video',
  'short',
  'long_video',
  'live',
  'clip',
  'text',
] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

/** Sizes an application may not exceed (shared/schemas/application.ts). */
export const APPLICATION_LIMITS = {
  pitch: 1200,
  handles: 6,
  samples: 5,
  niches: 8,
  bodyBytes: 64 * 1024,
} as const;

/** Campaign attribution keys the widget may copy from the landing page URL. */
export const ATTRIBUTION_KEYS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'referrer',
  'landingUrl',
] as const;

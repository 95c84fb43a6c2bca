// A brief to start from when the marketer has not written one: a small-creator community
// (nano and micro, where engagement is highest and relationships last), all platforms, the
// usual brand-safety exclusions. Every field is meant to be edited.
import { type Brief, type BriefInput, BriefSchema } from '../schemas/brief';

export function starterBrief(overrides: Partial<BriefInput> = {}): Brief {
  return BriefSchema.parse({
    id: 'starter',
    name: 'My creator community',
    brand: '',
    purpose: 'hybrid',
    niches: [],
    values: [],
    excludedTerms: ['onlyfans', 'casino', 'sports betting', 'escort'],
    cautionTerms: ['giveaway', 'crypto', 'nsfw', 'follow for follow', 'f4f'],
    platforms: [],
    followerRange: { min: 1_000, max: 100_000 },
    minEngagementRate: null,
    regions: [],
    excludedRegions: [],
    languages: [],
    jurisdictions: ['US'],
    weights: {},
    ...overrides,
  });
}

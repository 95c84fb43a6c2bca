import { z } from 'zod';
import { withPurpose } from './brief-upgrade';
import { BRIEF_PURPOSES, FACTOR_IDS, JURISDICTIONS } from './enums';
import { PlatformSchema } from './profile';

export const NicheSchema = z.object({
  name: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

export const WeightsSchema = z.partialRecord(z.enum(FACTOR_IDS), z.number().min(0).max(10));

/** A brand's community thesis: who belongs in its creator community and why. */
const BriefFields = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  brand: z.string().default(''),
  /** What the partnership is for (see BRIEF_PURPOSES); the roleFit factor scores the creator's role against it. */
  purpose: z.enum(BRIEF_PURPOSES),
  niches: z.array(NicheSchema).default([]),
  values: z.array(z.string()).default([]),
  /** Brand-safety hard exclusions: any match excludes the creator. */
  excludedTerms: z.array(z.string()).default([]),
  /** Soft brand-safety terms: lower the brandSafety factor, never exclude. */
  cautionTerms: z.array(z.string()).default([]),
  /** Platforms in scope; empty means all. */
  platforms: z.array(PlatformSchema).default([]),
  followerRange: z
    .object({ min: z.number().nonnegative().nullable(), max: z.number().nonnegative().nullable() })
    .default({ min: null, max: null }),
  /** Minimum engagement rate as a fraction (0.02 = 2%). */
  minEngagementRate: z.number().min(0).max(1).nullable().default(null),
  /** ISO 3166-1 alpha-2 countries wanted; empty means anywhere. */
  regions: z.array(z.string()).default([]),
  excludedRegions: z.array(z.string()).default([]),
  /** ISO 639-1 languages wanted; empty means any. */
  languages: z.array(z.string()).default([]),
  jurisdictions: z.array(z.enum(JURISDICTIONS)).default(['US']),
  weights: WeightsSchema.default({}),
});

/** A brief written before briefs had a purpose reads as the upgraded one (see brief-upgrade.ts). */
export const BriefSchema = z.preprocess(withPurpose, BriefFields);
export type Brief = z.infer<typeof BriefFields>;
/** What a brief may be written as; `purpose` may be left out by briefs from before it existed. */
export type BriefInput = Omit<z.input<typeof BriefFields>, 'purpose'> & {
  purpose?: z.input<typeof BriefFields>['purpose'];
};

export { DEFAULT_WEIGHTS } from './default-weights';

import { z } from 'zod';
import { FACTOR_IDS, JURISDICTIONS } from './enums';
import { PlatformSchema } from './profile';

export const NicheSchema = z.object({
  name: z.string().min(1),
  keywords: z.array(z.string().min(1)).min(1),
});

export const WeightsSchema = z.partialRecord(z.enum(FACTOR_IDS), z.number().min(0).max(10));

/** A brand's community thesis: who belongs in its creator community and why. */
export const BriefSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  brand: z.string().default(''),
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
export type Brief = z.infer<typeof BriefSchema>;
export type BriefInput = z.input<typeof BriefSchema>;

export { DEFAULT_WEIGHTS } from './default-weights';

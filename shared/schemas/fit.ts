import { z } from 'zod';
import { FACTOR_IDS, ROLES, TIERS } from './enums';

export const FactorSchema = z.object({
  id: z.enum(FACTOR_IDS),
  label: z.string(),
  /** unknown: could apply but the data is missing; not_applicable: the brief does not ask for it. */
  status: z.enum(['known', 'unknown', 'not_applicable']),
  /** 0-100 when known, else null. */
  score: z.number().min(0).max(100).nullable(),
  weight: z.number().min(0),
  /** One sentence in a marketer's words. */
  reason: z.string(),
  /** The facts the reason rests on (matched terms, figures with their source). */
  evidence: z.array(z.string()),
});
export type Factor = z.infer<typeof FactorSchema>;

export const FlagSchema = z.object({
  id: z.string(),
  label: z.string(),
  reason: z.string(),
  severity: z.enum(['info', 'warn']),
});
export type Flag = z.infer<typeof FlagSchema>;

export const BandSchema = z.object({ low: z.number(), high: z.number(), source: z.string() });

export const EngagementSchema = z.object({
  basis: z.enum(['followers', 'views', 'chat']).nullable(),
  /** Median engagement rate as a fraction, null when it cannot be measured. */
  median: z.number().nullable(),
  sampleSize: z.number().int().nonnegative(),
  /** Median views / followers for view-based platforms. */
  reach: z.number().nullable(),
  band: BandSchema.nullable(),
  position: z.enum(['below', 'within', 'above']).nullable(),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const RoleSignalSchema = z.object({
  side: z.enum(['production', 'distribution']),
  signal: z.string(),
  weight: z.number(),
});

export const RoleResultSchema = z.object({
  role: z.enum(ROLES),
  production: z.number(),
  distribution: z.number(),
  signals: z.array(RoleSignalSchema),
  reason: z.string(),
});
export type RoleResult = z.infer<typeof RoleResultSchema>;

export const FitResultSchema = z.object({
  briefId: z.string().nullable(),
  /** briefVersion() of the brief it was computed against; absent on fits stored before it existed. */
  briefVersion: z.string().nullable().optional(),
  creator: z.string(),
  /** Set when a hard exclusion applies; score is then null. */
  excluded: z.object({ reason: z.string(), evidence: z.array(z.string()) }).nullable(),
  /** Weighted mean of known factors, 0-100, rounded to an integer. */
  score: z.number().min(0).max(100).nullable(),
  /** What the score could be if every unknown factor were 0 or 100. */
  range: z.object({ min: z.number(), max: z.number() }).nullable(),
  /** Share of the total weight that is known, 0-1. */
  coverage: z.number().min(0).max(1),
  confidence: z.enum(['high', 'medium', 'low']),
  confidenceReason: z.string(),
  factors: z.array(FactorSchema),
  tier: z.object({ id: z.enum(TIERS), label: z.string(), source: z.string() }),
  engagement: EngagementSchema,
  authenticity: z.array(FlagSchema),
  role: RoleResultSchema,
  /** The brief's niches the creator's bio, category or captions match (absent in fits saved before). */
  niches: z.array(z.string()).optional(),
});
export type FitResult = z.infer<typeof FitResultSchema>;

// The application an aspiring creator sends from the widget. Written with zod/mini because the
// widget bundles it (size, and classic zod's `new Function` probe breaks a strict CSP); the
// receiver validates with this same schema.
import * as z from 'zod/mini';
import { APPLICATION_LIMITS, ATTRIBUTION_KEYS, PLATFORMS } from './enums';

// The limits and the attribution allowlist live in enums.ts (no zod) so the widget's first load can
// use them without pulling the schema in; re-exported here for everyone else.
export { APPLICATION_LIMITS, ATTRIBUTION_KEYS } from './enums';

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const count = z.nullable(z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000)));

export const ApplicationHandleSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string().check(z.trim(), z.minLength(1), z.maxLength(100), z.regex(/^@?[\p{L}\p{N}._-]+$/u)),
  followers: count,
  typicalViews: count,
});

export const ApplicationSchema = z.object({
  /** Client-made UUID; the receiver stores an application once per key. */
  idempotencyKey: z.string().check(z.minLength(8), z.maxLength(100)),
  brand: trimmed(120),
  briefId: z.optional(z.string().check(z.maxLength(100))),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  email: z.string().check(z.trim(), z.maxLength(254), z.email()),
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/))).check(z.maxLength(10)),
  handles: z.array(ApplicationHandleSchema).check(z.minLength(1), z.maxLength(APPLICATION_LIMITS.handles)),
  niches: z.array(trimmed(60)).check(z.maxLength(APPLICATION_LIMITS.niches)),
  samples: z.array(z.url({ protocol: /^https?$/ })).check(z.maxLength(APPLICATION_LIMITS.samples)),
  pitch: trimmed(APPLICATION_LIMITS.pitch),
  rates: z.optional(
    z.object({
      currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
      amount: z.number().check(z.nonnegative(), z.maximum(10_000_000)),
      per: z.enum(['post', 'video', 'story', 'month']),
    }),
  ),
  consent: z.object({
    given: z.literal(true),
    version: z.string().check(z.minLength(1), z.maxLength(40)),
    /** ISO time the box was ticked. */
    at: z.string().check(z.iso.datetime()),
  }),
  attribution: z.partialRecord(z.enum(ATTRIBUTION_KEYS), z.optional(z.string().check(z.maxLength(2000)))),
  locale: z.optional(z.string().check(z.maxLength(20))),
  /** The widget's own fit estimate. Never trusted: the receiver recomputes and keeps this as claimedScore. */
  claimedScore: z.optional(z.nullable(z.number())),
  /** Honeypot: humans leave it empty. */
  website: z.optional(z.string()),
  /** Milliseconds between first interaction and submit (bots fill forms instantly). */
  fillMs: z.number().check(z.nonnegative()),
});
export type Application = z.infer<typeof ApplicationSchema>;
export type ApplicationHandle = z.infer<typeof ApplicationHandleSchema>;

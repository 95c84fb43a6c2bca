// The application an aspiring creator sends from the widget. Written with zod/mini because the
// widget bundles it (size, and classic zod's `new Function` probe breaks a strict CSP); the
// receiver validates with this same schema.
import * as z from 'zod/mini';
import { APPLICATION_LIMITS, ATTRIBUTION_KEYS, PLATFORMS, type Platform } from './enums';
import { handleProblem } from './handle-rules';

// The limits and the attribution allowlist live in enums.ts (no zod) so the widget's first load can
// use them without pulling the schema in; re-exported here for everyone else.
export { APPLICATION_LIMITS, ATTRIBUTION_KEYS } from './enums';

/**
 * Every string: no NUL and no unpaired surrogate. JSON carries both, but PostgreSQL's JSONB refuses
 * them, so an application holding one could never be stored; refused here, it is a 400 at the field
 * (in the widget before sending) instead of a database error the widget would retry forever.
 */
const WELL_FORMED = z.regex(/^[^\0\p{Cs}]*$/u, 'Contains a NUL character or an unpaired surrogate.');
const text = () => z.string().check(WELL_FORMED);
const trimmed = (max: number) => text().check(z.trim(), z.maxLength(max));
const count = z.nullable(z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000)));

export const ApplicationHandleSchema = z
  .object({
    platform: z.enum(PLATFORMS),
    handle: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    followers: count,
    typicalViews: count,
  })
  .check(
    z.superRefine(
      (h, ctx) => {
        const problem = handleProblem(h.platform, h.handle);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['handle'], input: h.handle });
      },
      // Checked even when another field of the row (its follower count) is wrong, so the form can
      // mark every problem at once; only the platform and the handle need to be readable.
      {
        when: ({ value }) => {
          const h = value as { platform?: unknown; handle?: unknown };
          return typeof h.handle === 'string' && PLATFORMS.includes(h.platform as Platform);
        },
      },
    ),
  );

export const ApplicationSchema = z.object({
  /** Client-made UUID; the receiver stores an application once per key. */
  idempotencyKey: text().check(z.minLength(8), z.maxLength(100)),
  brand: trimmed(120),
  briefId: z.optional(text().check(z.maxLength(100))),
  name: trimmed(120).check(z.minLength(1)),
  email: trimmed(254).check(z.email()),
  /** ISO 3166-1 alpha-2. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/)),
  languages: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/))).check(z.maxLength(10)),
  handles: z.array(ApplicationHandleSchema).check(z.minLength(1), z.maxLength(APPLICATION_LIMITS.handles)),
  niches: z.array(trimmed(60)).check(z.maxLength(APPLICATION_LIMITS.niches)),
  samples: z
    .array(z.url({ protocol: /^https?$/ }).check(WELL_FORMED))
    .check(z.maxLength(APPLICATION_LIMITS.samples)),
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
    version: text().check(z.minLength(1), z.maxLength(40)),
    /** ISO time the box was ticked. */
    at: z.string().check(z.iso.datetime()),
  }),
  attribution: z.partialRecord(z.enum(ATTRIBUTION_KEYS), z.optional(text().check(z.maxLength(2000)))),
  locale: z.optional(text().check(z.maxLength(20))),
  /** The widget's own fit estimate. Never trusted: the receiver recomputes and keeps this as claimedScore. */
  claimedScore: z.optional(z.nullable(z.number())),
  /** Honeypot: humans leave it empty. */
  website: z.optional(text()),
});
export type Application = z.infer<typeof ApplicationSchema>;
export type ApplicationHandle = z.infer<typeof ApplicationHandleSchema>;

import { z } from 'zod';
import { DATE_PRECISIONS, PLATFORMS, POST_FORMATS } from './enums';

export const PlatformSchema = z.enum(PLATFORMS);

/**
 * A figure as the platform shows it. `exact` is false when the platform rounds ("783.4K",
 * "4,69 M de suscriptores", TikTok's rounded stats): `value` is then the best estimate, never
 * presented as exact.
 */
export const CountSchema = z.object({
  value: z.number().nonnegative(),
  display: z.string().nullable(),
  exact: z.boolean(),
});
export type Count = z.infer<typeof CountSchema>;

/**
 * Where a field was read, most stable first: `json:<path>` (embedded state such as SIGI_STATE,
 * ytInitialData), `jsonld:<path>`, `meta:<name>`, `dom:<selector>`, `self-reported` (an application),
 * `derived:<how>`.
 */
export const SourcesSchema = z.record(z.string(), z.string());

export const PostSchema = z.object({
  id: z.string().nullable(),
  url: z.string().nullable(),
  authorHandle: z.string().nullable(),
  caption: z.string().nullable(),
  format: z.enum(POST_FORMATS).nullable(),
  views: CountSchema.nullable(),
  likes: CountSchema.nullable(),
  comments: CountSchema.nullable(),
  shares: CountSchema.nullable(),
  /** ISO 8601 as the source gives it (date-only when only a date is shown). */
  postedAt: z.string().nullable(),
  /**
   * How precise `postedAt` is: `time` (a timestamp), `day` (a calendar date only), `approximate`
   * (worked out from relative text such as "3 weeks ago" against the capture time). Null with no date.
   */
  postedAtPrecision: z.enum(DATE_PRECISIONS).nullable().default(null),
  /** Pinned to the top of the creator's profile (so not necessarily recent). */
  pinned: z.boolean().default(false),
  /** The platform's own paid-partnership label: true/false when the page says, null when it cannot. */
  paidPartnership: z.boolean().nullable(),
  hashtags: z.array(z.string()),
  mentions: z.array(z.string()),
  sources: SourcesSchema,
});
export type Post = z.infer<typeof PostSchema>;

/**
 * A stream live when the page was read (Twitch): who watched at that moment, concurrent viewers, never
 * a post's views nor followers. `startedAt` is ISO 8601; `title` the stream's.
 */
export const LiveStreamSchema = z.object({
  viewers: CountSchema.nullable(),
  startedAt: z.string().nullable(),
  title: z.string().nullable(),
});
export type LiveStreamSeen = z.infer<typeof LiveStreamSchema>;

export const CreatorProfileSchema = z.object({
  platform: PlatformSchema,
  /** Without the leading @, as the platform spells it (case kept). */
  handle: z.string().min(1),
  displayName: z.string().nullable(),
  url: z.string(),
  followers: CountSchema.nullable(),
  following: CountSchema.nullable(),
  posts: CountSchema.nullable(),
  verified: z.boolean().nullable(),
  bio: z.string().nullable(),
  links: z.array(z.string()),
  category: z.string().nullable(),
  /** BCP 47 language hint (page lang, caption language), e.g. "es". */
  languageHint: z.string().nullable(),
  /** ISO 3166-1 alpha-2 country hint when the page states one. */
  countryHint: z.string().nullable(),
  recentPosts: z.array(PostSchema),
  /** Live at capture time; absent when the page did not say (and on records saved before it was read). */
  live: LiveStreamSchema.nullable().optional(),
  /** ISO time of capture. */
  capturedAt: z.string(),
  /** True when the figures come from the creator's own application, not the platform. */
  selfReported: z.boolean().default(false),
  sources: SourcesSchema,
});
export type CreatorProfile = z.infer<typeof CreatorProfileSchema>;
export type CreatorProfileInput = z.input<typeof CreatorProfileSchema>;

import { z } from 'zod';
import { JURISDICTIONS, VERDICTS } from './enums';
import { PlatformSchema } from './profile';

export const CommercialSignalSchema = z.object({
  kind: z.enum([
    'affiliate_link',
    'shortener',
    'discount_code',
    'gifted',
    'brand_mention',
    'link_in_bio',
    'paid_label',
    'sponsor_wording',
    'affiliate_wording',
  ]),
  text: z.string(),
  /** UTF-16 offsets into the checked text; -1/-1 for signals outside it (the platform label). */
  start: z.number().int(),
  end: z.number().int(),
  detail: z.string().nullable(),
  /**
   * Indexes into the report's `disclosures` of the terms that cover this signal, each the one that decides
   * it under at least one jurisdiction checked (disclosed, late or unclear there); empty when none does.
   */
  disclosedBy: z.array(z.number().int()).optional(),
});
export type CommercialSignal = z.infer<typeof CommercialSignalSchema>;

/**
 * What a disclosure covers: `any` for a generic label (#ad, Werbung, publicidad), `sponsorship` for
 * "sponsored by X" (X's own signals), `gift` for "gifted", `affiliate` for affiliate explanations and labels.
 */
export const CoversSchema = z.enum(['any', 'affiliate', 'sponsorship', 'gift']);
export type Covers = z.infer<typeof CoversSchema>;

export const DisclosureTermSchema = z.object({
  term: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  strength: z.enum(['accepted', 'ambiguous']),
  language: z.string(),
  /** above_fold: visible before the platform's "more"; hashtag_pile: buried in trailing hashtags. */
  placement: z.enum(['above_fold', 'below_fold', 'hashtag_pile']),
  /** Jurisdictions (of those checked) whose rule accepts this term; \`strength\` is 'accepted' only if all do. */
  acceptedIn: z.array(z.enum(JURISDICTIONS)).optional(),
  covers: CoversSchema.optional(),
  /** The brand a sponsorship or gift disclosure names ("Sponsored by @glowco" → "glowco"). */
  brand: z.string().nullable().optional(),
});
export type DisclosureTerm = z.infer<typeof DisclosureTermSchema>;

export const ReasonSchema = z.object({
  jurisdiction: z.enum(JURISDICTIONS).nullable(),
  text: z.string(),
  rule: z.string().nullable(),
  source: z.string().nullable(),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** How one commercial signal fares under one jurisdiction, and what discloses it. */
export const SignalVerdictSchema = z.object({
  verdict: z.enum(VERDICTS),
  /** Index into `disclosures` of the term that decided it; null when none did (or the platform label). */
  disclosure: z.number().int().nullable(),
  /** In a marketer's words: whether and by what it is disclosed ("disclosed by \"#ad\""). */
  text: z.string(),
});
export type SignalVerdict = z.infer<typeof SignalVerdictSchema>;

export const DisclosureReportSchema = z.object({
  /** The strictest verdict across the jurisdictions checked. */
  verdict: z.enum(VERDICTS),
  platform: PlatformSchema.nullable(),
  byJurisdiction: z.array(
    z.object({
      jurisdiction: z.enum(JURISDICTIONS),
      verdict: z.enum(VERDICTS),
      reasons: z.array(ReasonSchema),
      /** Per commercial signal, in the order of `signals` (the verdict is the worst of them). */
      signals: z.array(SignalVerdictSchema).optional(),
    }),
  ),
  signals: z.array(CommercialSignalSchema),
  disclosures: z.array(DisclosureTermSchema),
  reasons: z.array(ReasonSchema),
  /** Characters visible before the platform truncates the caption, null when it shows it all. */
  truncationPoint: z.number().int().nullable(),
  /** The trailing run of hashtags a disclosure can be buried in (UTF-16 span and tag count). */
  hashtagPile: z
    .object({ start: z.number().int(), end: z.number().int(), count: z.number().int() })
    .nullable()
    .optional(),
});
export type DisclosureReport = z.infer<typeof DisclosureReportSchema>;

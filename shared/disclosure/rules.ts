// The shape of one jurisdiction's disclosure rule table (shared/disclosure/jurisdictions/<code>.ts).
// Rules are data: the checker has no per-country branches, and tests/shared/disclosure/jurisdictions.test.ts
// checks every table's format.
import type { Jurisdiction } from '../schemas/enums';

/**
 * Terms by BCP 47 language, lower case. Notation:
 * - `werbung`: the word (or phrase) anywhere, and the hashtag written without spaces (#werbung);
 * - `#pub`: only as a whole hashtag (the word "pub" is a bar);
 * - `#*partner`: a hashtag ending in the word after a brand (#AcmePartner), not the bare #partner;
 * - `thanks to … for the free`: "…" stands for up to 40 characters of the same sentence (a brand name).
 */
export type TermsByLanguage = Readonly<Record<string, readonly string[]>>;

export interface Placement {
  /** The regulator's placement rule in words. */
  rule: string;
  /** The disclosure must be visible before the platform's "more". */
  aboveFold: boolean;
  /** In a trailing hashtag pile, the first N tags still count as seen (IT: within the first 3 hashtags). */
  pileFront: number;
  /** The last tag of a trailing hashtag pile still counts (NL: "front or back of the hashtag row"). */
  pileBack: boolean;
}

export interface JurisdictionRules {
  code: Jurisdiction;
  name: string;
  /** Who sets the rule (regulator, self-regulatory body, law). */
  authority: string;
  languages: readonly string[];
  accepted: TermsByLanguage;
  /** Terms the rule calls ambiguous or insufficient on their own. */
  ambiguous: TermsByLanguage;
  /** Whether the platform's own paid-partnership label counts as a disclosure on its own. */
  platformLabelSuffices: boolean;
  placement: Placement;
  /** The rule in one sentence, as the report cites it. */
  rule: string;
  source: { title: string; url: string };
}

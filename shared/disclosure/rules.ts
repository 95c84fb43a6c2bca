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

/**
 * Affiliate explanations ("I get commissions for purchases made through links in this post") are
 * disclosure terms everywhere (shared/disclosure/affiliate-wording.ts); this says where they are accepted.
 * Elsewhere they, bare "affiliate link(s)" and "supports the channel" are ambiguous.
 */
export interface AffiliateRule {
  /** Languages in which the rule accepts a plain explanation that the creator is paid per purchase. */
  explanationLanguages: readonly string[];
  /**
   * DE: the link is marked "*" and the explanation, starting with "*", stands next to it; it counts by
   * its nearness to the link, not by the platform's fold.
   */
  nearLink: boolean;
  /** NO: each affiliate link must be marked where it stands, not only the post. */
  eachLink: boolean;
  /** The rule for affiliate links in one sentence. */
  rule: string;
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
  /** Terms accepted only with the brand named right after them (IT: "#adv" + brand); ambiguous bare. */
  acceptedWithBrand?: TermsByLanguage;
  /** How the rule treats a creator's own affiliate links and the words that explain them. */
  affiliate: AffiliateRule;
  /** Whether the platform's own paid-partnership label counts as a disclosure on its own. */
  platformLabelSuffices: boolean;
  placement: Placement;
  /** The rule in one sentence, as the report cites it. */
  rule: string;
  source: { title: string; url: string };
}

/** A term or a matched phrase as a lookup key: lower case, runs of whitespace as one space. */
export const normalizeKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

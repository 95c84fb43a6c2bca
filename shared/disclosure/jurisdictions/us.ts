import type { JurisdictionRules } from '../rules';

export const US: JurisdictionRules = {
  code: 'US',
  name: 'United States',
  authority: 'Federal Trade Commission (FTC)',
  languages: ['en'],
  accepted: {
    en: [
      'ad',
      'advertisement',
      'sponsored',
      '#*partner',
      '#*ambassador',
      'thanks to … for the free',
      'thanks to … for sponsoring',
      // Amazon's link-level disclosures: they state payment or commission (not named by the FTC itself).
      'paid link',
      'paid links',
      '#commissionsearned',
    ],
  },
  ambiguous: {
    en: [
      '#sp',
      '#spon',
      'collab',
      'ambassador',
      'thanks to',
      'thank you to',
      '#partner',
      // Vague shorthand for a gift ("Dress c/o @brand").
      'c/o',
      // FTC FAQ: consumers may not understand that "affiliate link" means the poster is paid.
      'affiliate link',
      'affiliate links',
    ],
  },
  affiliate: {
    explanationLanguages: ['en'],
    nearLink: false,
    eachLink: false,
    rule: 'FTC FAQ and 16 CFR 255.5: say plainly that you are paid for purchases through the links ("I get commissions for purchases made through links in this post"); a bare "affiliate link" may not be understood.',
  },
  // "Platform tool alone not assumed enough" (Disclosures 101).
  platformLabelSuffices: false,
  placement: {
    rule: 'with the endorsement, above "more" (first 3 lines on Instagram), not in a group of hashtags or links',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'FTC Endorsement Guides (16 CFR 255, 2023) and "Disclosures 101": a material connection must be disclosed clearly and conspicuously, "difficult to miss and easily understandable".',
  source: {
    title: 'FTC, Influencers: are your #materialconnection #disclosures #clearandconspicuous? (2017)',
    url: 'https://www.ftc.gov/business-guidance/blog/2017/04/influencers-are-your-materialconnection-disclosures-clearandconspicuous',
  },
};

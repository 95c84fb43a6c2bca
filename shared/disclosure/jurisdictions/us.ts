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
    ],
  },
  ambiguous: { en: ['#sp', '#spon', 'collab', 'ambassador', 'thanks to', 'thank you to', '#partner'] },
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

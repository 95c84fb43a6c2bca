import type { JurisdictionRules } from '../rules';

export const IN: JurisdictionRules = {
  code: 'IN',
  name: 'India',
  authority: 'Advertising Standards Council of India (ASCI)',
  languages: ['en', 'hi'],
  // ASCI: the label in English or in the language of the ad (Hindi: "advertisement", "sponsored").
  accepted: {
    en: ['advertisement', 'ad', 'sponsored', 'collaboration', 'partnership', 'employee', 'free gift'],
    hi: ['विज्ञापन', 'प्रायोजित'],
  },
  ambiguous: {},
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'ASCI: referral and affiliate links make a post an advertisement; use a listed label ("Ad", "Advertisement"...).',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'in the first part of the post, not mixed with a group of hashtags or links',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'ASCI Guidelines for Influencer Advertising on Digital Media (2021): any material connection needs a label such as Advertisement, Ad, Sponsored, Collaboration, Partnership, Free gift, upfront.',
  source: {
    title: 'ASCI, Guidelines for Influencer Advertising on Digital Media (2021)',
    url: 'https://www.ascionline.in/social/tools',
  },
};

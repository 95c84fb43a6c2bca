import type { JurisdictionRules } from '../rules';

export const CA: JurisdictionRules = {
  code: 'CA',
  name: 'Canada',
  authority: 'Ad Standards',
  languages: ['en', 'fr'],
  accepted: {
    en: ['ad', 'advertisement', 'sponsored', '#*partner', '#*ambassador', 'gifted', 'invited guest'],
    fr: ['#pub', 'publicité', 'commandité', '#*partenaire'],
  },
  ambiguous: { en: ['#spon', '#sp', 'collab', 'ambassador', '#partner'] },
  affiliate: {
    explanationLanguages: ['en', 'fr'],
    nearLink: false,
    eachLink: false,
    rule: 'Ad Standards guidelines: a clear statement of the connection is accepted, in each post, upfront.',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'upfront, above the fold, not buried in hashtags, before other mentions',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'Ad Standards Influencer Marketing Disclosure Guidelines (2025): #ad is the gold standard; gifts need #Gifted; #spon, #collab and generic #ambassador are unclear.',
  source: {
    title: 'Ad Standards, Influencer Marketing Disclosure Guidelines',
    url: 'https://adstandards.ca/resources/library/influencer-marketing-disclosure-guidelines/',
  },
};

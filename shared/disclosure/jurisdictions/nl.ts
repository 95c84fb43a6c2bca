import type { JurisdictionRules } from '../rules';

export const NL: JurisdictionRules = {
  code: 'NL',
  name: 'Netherlands',
  authority: 'Stichting Reclame Code (RSM)',
  languages: ['nl', 'en'],
  accepted: {
    nl: ['advertentie', 'betaald partnerschap met', 'gekregen van'],
    en: ['#ad', '#spon'],
  },
  ambiguous: { nl: ['samenwerking', 'in samenwerking met'] },
  affiliate: {
    explanationLanguages: ['nl', 'en'],
    nearLink: false,
    eachLink: false,
    rule: 'Reclamecode Social Media: affiliate links are a benefit; the examples are not exhaustive and any clear wording, placed visibly, is allowed.',
  },
  platformLabelSuffices: true,
  placement: {
    rule: 'in the description; with hashtags, at least at the front or back of the hashtag row',
    aboveFold: false,
    pileFront: 1,
    pileBack: true,
  },
  rule: 'Reclamecode Social Media & Influencer Marketing (RSM): any (chance of) benefit must be disclosed, e.g. #ad, #advertentie, "Betaald partnerschap met", "Gekregen van".',
  source: {
    title: 'Reclamecode Social Media & Influencer Marketing (RSM)',
    url: 'https://www.reclamecode.nl/social',
  },
};

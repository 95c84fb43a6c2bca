import type { JurisdictionRules } from '../rules';

export const BE: JurisdictionRules = {
  code: 'BE',
  name: 'Belgium (Flanders)',
  authority: 'Vlaamse Regulator voor de Media',
  languages: ['nl', 'fr'],
  // FR side (Centre de la Communication/JEP 2022): "#publicité", "#réclame", "#annonce", in the post's language.
  accepted: { nl: ['reclame', 'advertentie', 'publiciteit'], fr: ['publicité', '#réclame', '#annonce'] },
  // "#gesponsord" only in limited cases.
  ambiguous: { nl: ['gesponsord', 'samenwerking'], en: ['#ad'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'FPS Economy guidance (2022): a share of sales via the link is a benefit and needs #reclame, #advertentie or #publiciteit; an explanation alone is unsettled.',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'recognisable as advertising at once',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'Vlaamse Regulator voor de Media: commercial communication on social media must be recognisable, e.g. #reclame, #advertentie, #publiciteit; affiliate links marked "*" with an explanation.',
  source: {
    title: 'Vlaamse Regulator voor de Media, Commercial communications on social media',
    url: 'https://www.vlaamseregulatormedia.be/en/commercial-communications-social-media',
  },
};

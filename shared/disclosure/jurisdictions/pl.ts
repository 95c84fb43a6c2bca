import type { JurisdictionRules } from '../rules';

export const PL: JurisdictionRules = {
  code: 'PL',
  name: 'Poland',
  authority: 'UOKiK',
  languages: ['pl'],
  accepted: {
    pl: [
      'reklama',
      'materiał reklamowy',
      'współpraca reklamowa',
      'płatna współpraca z marką',
      'reklama marki',
    ],
  },
  ambiguous: { en: ['#ad'], pl: ['współpraca'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'UOKiK: affiliate links are advertising material and need "#reklama" or another listed label in Polish.',
  },
  // Instagram's Polish label reads "Płatna współpraca z marką", which UOKiK names.
  platformLabelSuffices: true,
  placement: {
    rule: 'at the start of the description or recording, in Polish',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'UOKiK recommendations (2022): mark advertising in Polish at the start, e.g. #reklama, #materiałreklamowy, #współpracareklamowa; #ad and #współpraca are not fully legible.',
  source: {
    title: 'UOKiK recommendations on labelling influencer advertising (via wiadomoscikosmetyczne.pl)',
    url: 'https://www.wiadomoscikosmetyczne.pl/artykuly/sa-juz-rekomendacje-uokik-dotyczace-oznaczania-tre,70539',
  },
};

import type { JurisdictionRules } from '../rules';

export const IT: JurisdictionRules = {
  code: 'IT',
  name: 'Italy',
  authority: 'IAP Digital Chart; AGCOM delibere 197/25/CONS and 269/25/CONS',
  languages: ['it', 'en'],
  accepted: {
    it: [
      'pubblicità',
      'sponsorizzato',
      'sponsorizzato da',
      'promosso da',
      'in collaborazione con',
      'collaborazione commerciale',
      'contenuto pubblicitario',
      'omaggio',
    ],
    en: ['advertising', 'sponsored by', 'promoted by', 'in partnership with', '#ad', '#suppliedby'],
  },
  // Bare "#adv" is called less clear (Adiconsum 2025); "#adv" with the brand is among the minimum formats
  // of the AGCOM–IAP framework (delibera 269/25/CONS). "Link affiliato" needs an art. 1 label as well.
  ambiguous: { it: ['collab', 'link affiliato'] },
  acceptedWithBrand: { it: ['#adv'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'IAP Digital Chart art. 4: "link affiliato + brand" together with an art. 1 label ("Pubblicità", "ADV + brand").',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'at the beginning of the post or within the first 3 hashtags, visible without extra action',
    aboveFold: true,
    pileFront: 3,
    pileBack: false,
  },
  rule: 'IAP Digital Chart and AGCOM guidelines: "Pubblicità/Advertising", "Sponsorizzato da", "in collaborazione con" + brand, at the start or within the first 3 hashtags.',
  source: {
    title: 'AGCOM, Influencer: linee guida, codice di condotta e FAQ',
    url: 'https://www.agcom.it/influencer-linee-guida-codice-di-condotta-e-faq',
  },
};

import type { JurisdictionRules } from '../rules';

export const EU: JurisdictionRules = {
  code: 'EU',
  name: 'European Union',
  authority: 'European Commission and CPC network (UCPD, DSA)',
  languages: ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'pt'],
  accepted: {
    en: ['ad', 'advertisement', 'advertising', 'paid partnership'],
    de: ['werbung', 'anzeige'],
    fr: ['publicité'],
    es: ['publicidad'],
    it: ['pubblicità'],
    nl: ['advertentie', 'reclame'],
    pl: ['reklama'],
    pt: ['publicidade'],
  },
  // The 2024 sweep names these as used instead of labels.
  ambiguous: { en: ['collaboration', 'partnership', 'collab', 'thanks to'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'UCPD art. 7(2): commercial intent must be clear; no EU-level affiliate wording, national label rules apply.',
  },
  platformLabelSuffices: true,
  placement: {
    rule: 'visible immediately and for the whole communication, without "read more" or scrolling',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'UCPD Annex I no. 11 and Art. 7(2): hidden commercial intent is misleading; the 2024 influencer sweep expects the platform label plus clear wording, visible at once.',
  source: {
    title: 'European Commission and CPC, influencer sweep results (14 Feb 2024)',
    url: 'https://europeansting.com/2024/02/15/investigation-of-the-commission-and-consumer-authorities-finds-that-online-influencers-rarely-disclose-commercial-content',
  },
};

import type { JurisdictionRules } from '../rules';

export const DE: JurisdictionRules = {
  code: 'DE',
  name: 'Germany',
  authority: 'Die Medienanstalten; courts under §5a(4) UWG',
  languages: ['de'],
  accepted: {
    de: [
      'werbung',
      'anzeige',
      'werbevideo',
      'unterstützt durch',
      'unterstützt durch produktplatzierung',
      'bezahlte werbepartnerschaft',
    ],
  },
  // OLG Celle 13 U 53/17 and KG 5 W 221/17: "#ad" among hashtags is not enough; no abbreviations.
  ambiguous: {
    en: ['#ad', 'sponsored by', 'sponsored', 'powered by', 'promotion', 'collab'],
    de: ['präsentiert von', 'gesponsert', 'in kooperation mit', 'kooperation'],
  },
  affiliate: {
    explanationLanguages: ['de'],
    nearLink: true,
    eachLink: false,
    rule: 'Die Medienanstalten: mark each affiliate link with "*" and explain next to it, starting with "*", that a purchase earns you a commission; an asterisk without the explanation is not enough.',
  },
  // The Medienanstalten do not treat the platform tool alone as sufficient.
  platformLabelSuffices: false,
  placement: {
    rule: 'at the beginning of the post, at first glance; not in a "Hashtagwolke"',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: '§5a(4) UWG and the Medienanstalten guide: commercial content needs "Werbung" or "Anzeige" at the start; "#ad", abbreviations and hashtag clouds are not enough.',
  source: {
    title: 'Die Medienanstalten, Leitfaden Werbekennzeichnung bei Online-Medien (via fragzebra.de)',
    url: 'https://www.fragzebra.de/antwort/wie-m%C3%BCssen-influencer-werbung-kennzeichnen?ask=me',
  },
};

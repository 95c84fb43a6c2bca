import type { JurisdictionRules } from '../rules';

export const AU: JurisdictionRules = {
  code: 'AU',
  name: 'Australia',
  authority: 'AANA Code of Ethics cl. 2.7',
  languages: ['en'],
  accepted: { en: ['ad', 'advert', 'advertising', 'branded content', 'paid partnership', 'paid promotion'] },
  ambiguous: { en: ['#sp', 'spon', 'gifted', 'affiliate', 'collab', 'thanks to'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'AANA Practice Note: "Affiliate" may not be clear; use "#ad", "Advertising" or another listed label upfront.',
  },
  // "Paid Partnership" is itself an accepted label.
  platformLabelSuffices: true,
  placement: { rule: 'clear, obvious and upfront', aboveFold: true, pileFront: 0, pileBack: false },
  rule: 'AANA Code of Ethics cl. 2.7 and Practice Note (2021): advertising must be clearly distinguishable, e.g. #ad, Advert, Paid Partnership; #sp, Spon, gifted, Collab are not enough.',
  source: {
    title: 'AANA Code of Ethics 2.7 Practice Note (via sociallawco.com.au)',
    url: 'https://sociallawco.com.au/required-disclosure-for-sponsored-influencer-posts-on-social-media-the-2021-updates-you-need-to-know-now',
  },
};

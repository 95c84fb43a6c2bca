import type { JurisdictionRules } from '../rules';

export const FR: JurisdictionRules = {
  code: 'FR',
  name: 'France',
  authority: 'Loi n° 2023-451 (DGCCRF)',
  languages: ['fr'],
  accepted: { fr: ['publicité', 'collaboration commerciale', 'partenariat rémunéré'] },
  // Since the ordonnance of 6 Nov 2024 an equivalent mention is accepted; these are not clearly equivalent.
  ambiguous: {
    fr: ['#pub', 'sponsorisé', 'sponsorisée', 'partenariat', 'en partenariat avec', 'collab'],
    en: ['#ad', 'sponsored'],
  },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'Loi 2023-451 art. 5: commission on sales is consideration; "Publicité" or "Collaboration commerciale", an explanation alone is unsettled.',
  },
  // The law wants the mention on the image or video itself for the whole promotion.
  platformLabelSuffices: false,
  placement: {
    rule: 'clear, legible and identifiable on the image or video for the entire promotion',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'Loi n° 2023-451 art. 5: commercial influence must carry "Publicité" or "Collaboration commerciale" (or an equivalent mention since 2024); omission is a misleading practice.',
  source: {
    title: 'Loi n° 2023-451 du 9 juin 2023 (via consultation.avocat.fr)',
    url: 'https://consultation.avocat.fr/blog/ines-ferras/article-2967836-influence-commerciale-nouvel-encadrement-legal-pour-les-influenceurs.html',
  },
};

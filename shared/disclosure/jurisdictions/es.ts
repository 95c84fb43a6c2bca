import type { JurisdictionRules } from '../rules';

export const ES: JurisdictionRules = {
  code: 'ES',
  name: 'Spain',
  authority: 'AUTOCONTROL / AEA / IAB Spain code; RD 444/2024',
  languages: ['es'],
  accepted: {
    es: ['publicidad', 'publi', 'colaboración pagada', 'contenido patrocinado', 'promoción pagada'],
  },
  ambiguous: { es: ['colab', 'regalo', 'patrocinado'], en: ['#gift', 'gifted', '#ad'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'Código de conducta (2025): affiliate content needs one of the listed labels at the start; an explanation alone is unsettled.',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'at the start of the text or video, immediate; not only at the end or in a hashtag pile',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'Código de Conducta de Publicidad a través de Influencers (2025): "Publicidad", "#publi" or equivalent at the start; gifts and invitations count.',
  source: {
    title: 'Código de Conducta de Publicidad a través de Influencers, 2025 (via onlytax.es)',
    url: 'https://onlytax.es/nuevo-codigo-de-conducta-para-influencers-en-espana',
  },
};

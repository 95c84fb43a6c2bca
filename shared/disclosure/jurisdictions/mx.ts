import type { JurisdictionRules } from '../rules';

// Not in ../shared/docs/disclosure-rules.md; from press reports of the PROFECO guide (DOF, Aug 2023).
export const MX: JurisdictionRules = {
  code: 'MX',
  name: 'Mexico',
  authority: 'PROFECO (Guía de Publicidad para Influencers)',
  languages: ['es'],
  accepted: { es: ['publicidad', 'publicidad pagada', 'patrocinio', 'patrocinado por'] },
  // "#OpinionesPersonales" is the guide's tag for content with nothing received in return, so it does
  // not disclose a paid post; "#publi" and "#colab" are not among the guide's tags.
  ambiguous: { es: ['opiniones personales', 'publi', 'colab', 'patrocinado'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'PROFECO guide: "#Publicidad" or another listed tag, visibly; no affiliate-specific wording.',
  },
  platformLabelSuffices: false,
  placement: {
    rule: 'visible, legible and for the whole advert; no hashtag overload that hides the label',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'PROFECO Guía de Publicidad para Influencers (2023), LFPC art. 32: paid content is identified with #Publicidad, #PublicidadPagada or #Patrocinio, visibly and without burying it in hashtags.',
  source: {
    title: 'PROFECO, Guía de Publicidad para Influencers (via lexlatin.com)',
    url: 'https://lexlatin.com/noticias/guia-influencers-mexico-legal',
  },
};

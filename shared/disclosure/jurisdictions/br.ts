import type { JurisdictionRules } from '../rules';

export const BR: JurisdictionRules = {
  code: 'BR',
  name: 'Brazil',
  authority: 'CONAR',
  languages: ['pt'],
  accepted: { pt: ['publicidade', 'publi', 'publipost', 'parceria paga', '#anúncio', 'patrocinado'] },
  ambiguous: { pt: ['parceria', 'em parceria com', 'recebidos', 'recebido'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: false,
    rule: 'CONAR (Shopee case, 2026): affiliate commission is compensation; use "#publi" or another listed label.',
  },
  // CONAR prefers the platform tool.
  platformLabelSuffices: true,
  placement: {
    rule: 'clear identification of the advertising',
    aboveFold: true,
    pileFront: 0,
    pileBack: false,
  },
  rule: 'CONAR Guia de Publicidade por Influenciadores Digitais (2020): advertising must be identified, e.g. "publicidade", "publi", "publipost", preferably with the platform tool.',
  source: {
    title: 'CONAR, Guia de Publicidade por Influenciadores Digitais (via lealvarasquim.com.br)',
    url: 'https://lealvarasquim.com.br/conar-lanca-guia-de-publicidade-para-influenciadores-digitais/',
  },
};

import type { JurisdictionRules } from '../rules';

export const NO: JurisdictionRules = {
  code: 'NO',
  name: 'Norway',
  authority: 'Forbrukertilsynet',
  languages: ['nb'],
  accepted: { nb: ['reklame', 'annonse'] },
  // Poorly visible or vague labels are not enough.
  ambiguous: { nb: ['samarbeid', 'i samarbeid med', 'sponset'], en: ['#ad'] },
  affiliate: {
    explanationLanguages: [],
    nearLink: false,
    eachLink: true,
    rule: 'Forbrukertilsynet: for advertising (affiliate) links both the post and each link must be marked "reklame" or "annonse".',
  },
  platformLabelSuffices: false,
  placement: { rule: 'recognisable as advertising at once', aboveFold: true, pileFront: 0, pileBack: false },
  rule: 'Forbrukertilsynet social media guidance: advertising must be recognisable at once, labelled "reklame" or "annonse".',
  source: {
    title: 'Forbrukertilsynet, Forbrukertilsynets veiledning om merking av reklame i sosiale medier',
    url: 'https://forbrukertilsynet.no/lov-og-rett/veiledninger-og-retningslinjer/someveiledning',
  },
};

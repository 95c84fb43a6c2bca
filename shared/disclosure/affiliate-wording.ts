// The words creators use about their own affiliate links, by language (notation of the rule tables).
// Each is a disclosure term that covers affiliate links and codes, recognised under every jurisdiction:
// ambiguous unless a rule table says otherwise (../shared/docs/disclosure-rules.md, "Affiliate links:
// what counts as disclosing them", notes 3, 4 and 8). Explanations and bare labels are also commercial
// signals ("affiliate wording"): a phrase can be a signal and a disclosure at once.

/**
 * A statement that the creator is paid for purchases through the links. Accepted where the rule table's
 * `affiliate.explanationLanguages` has the language (US: the FTC's own example and Amazon's statement).
 */
export const EXPLANATIONS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'as an amazon associate … qualifying purchases',
    'i earn from qualifying purchases',
    // Starting from the verb's subject where the verb is common ("get", "receive"): the scanner meets
    // every "get" in a caption, and each one costs a look at the rest of the sentence.
    'earn … commission',
    'earn … commissions',
    'i get … commission',
    'i get … commissions',
    'we get … commission',
    'we get … commissions',
    'i receive … commission',
    'i receive … commissions',
    'we receive … commission',
    'we receive … commissions',
    'commission on purchases',
  ],
  de: [
    'als amazon-partner verdiene ich an qualifizierten verkäufen',
    'erhalte … provision',
    'bekomme … provision',
    'verdiene … provision',
  ],
  fr: ['touche … commission', 'perçois … commission', 'reçois … commission', 'gagne … commission'],
  es: ['recibo … comisión', 'gano … comisión', 'me llevo … comisión', 'obtengo … comisión'],
  it: ['ricevo … commissione', 'guadagno … commissione', 'percepisco … commissione'],
  nl: ['krijg ik … commissie', 'ontvang ik … commissie', 'verdien … commissie'],
  pt: ['recebo … comissão', 'ganho … comissão'],
  pl: ['otrzymuję … prowizję', 'dostaję … prowizję', 'otrzymuję prowizję', 'dostaję prowizję'],
  nb: ['får jeg … provisjon', 'jeg får … provisjon', 'tjener … provisjon'],
};

/** A label that says "affiliate" and no more: ambiguous everywhere (FTC FAQ, ASOS ruling, AANA). */
export const BARE_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'affiliate',
    'affiliate link',
    'affiliate links',
    'affiliate-link',
    'affiliate-links',
    'afflink',
    'aff link',
    '#aff',
    '#af',
    'as an amazon associate',
    'amazon associate',
    // "#amazoninfluencer": a member of Amazon's commission programme, saying no more.
    'amazon influencer',
    'small commission',
  ],
  de: ['affiliatelink', 'affiliatelinks', 'provisionslink', 'werbelink', 'partnerlink'],
  fr: ['lien affilié', 'liens affiliés', "lien d'affiliation"],
  es: ['enlace de afiliado', 'enlaces de afiliado', 'enlace afiliado'],
  it: ['link affiliato', 'link affiliati'],
  nl: ['affiliatelink'],
  pt: ['link de afiliado', 'links de afiliado'],
  pl: ['link afiliacyjny', 'linki afiliacyjne'],
  nb: ['affiliatelenke', 'affiliatelenker'],
};

/** Amazon's link-level labels: they state payment; accepted where a table lists them (US). */
export const LINK_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['paid link', 'paid links', '#commissionsearned'],
};

/**
 * "Buying through these links supports the channel": no regulator accepts it, and it does not say the
 * creator is paid per purchase (note 8). Ambiguous everywhere, and not a signal on its own ("subscribe
 * to support the channel" is not commercial).
 */
export const CHANNEL_SUPPORT: Readonly<Record<string, readonly string[]>> = {
  en: ['support … channel', 'supports … channel', 'supporting … channel', 'helps … channel'],
  de: ['unterstützt … kanal', 'unterstützt … den kanal', 'unterstützen … kanal'],
  fr: ['soutenez … chaîne', 'soutient … chaîne', 'soutenir … chaîne'],
  es: ['apoyas … canal', 'apoya … canal', 'apoyar … canal'],
  it: ['supporti … canale', 'sostieni … canale', 'supporta … canale'],
  nl: ['steun … kanaal', 'steunt … kanaal'],
  pt: ['apoia … canal', 'ajuda … canal'],
  pl: ['wspierasz … kanał', 'wspiera … kanał'],
  nb: ['støtter … kanalen'],
};

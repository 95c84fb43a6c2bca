// Affiliate disclosure cases, written from ../shared/docs/disclosure-rules.md ("Affiliate links: what
// counts as disclosing them"): explanations, Amazon's statement, link labels, bare "affiliate", channel
// support, sponsorship that does not cover other brands' links, the German asterisk, codes with #ad.
import { JURISDICTIONS } from '../../../shared/schemas/enums';
import type { DisclosureCase } from './cases';

const c = (
  text: string,
  platform: DisclosureCase['platform'],
  jurisdictions: DisclosureCase['jurisdictions'],
  expected: DisclosureCase['expected'],
  why: string,
): DisclosureCase => ({ text, platform, jurisdictions, paidLabel: null, expected, why });

/** Filler that pushes what follows past every platform's fold (and 160 characters away from a link). */
const LONG =
  'Spent the whole weekend testing this in the rain, the wind and a very muddy trail, and I have to say it held up better than anything else I have tried this year. ';
const TAGS = ['travel', 'hiking', 'nature', 'sunset', 'explore', 'outdoors', 'camping', 'gear'];
const pile = TAGS.map((t) => `#${t}`).join(' ');
const AMAZON_STATEMENT = 'As an Amazon Associate I earn from qualifying purchases.';
const DE_EXPLAINED =
  'Meine Kamera*: https://amzn.to/cam\n*Affiliate-Link: Wenn du über diesen Link kaufst, erhalte ich eine Provision.';
const ALL = [...JURISDICTIONS];

export const AFFILIATE_CASES: DisclosureCase[] = [
  // ---- US: explanations and Amazon's labels are accepted; bare "affiliate" is not ----
  c(
    `${AMAZON_STATEMENT} http://amzn.to/1Y5E0lm`,
    'youtube',
    ['US'],
    'disclosed',
    'the issue’s CLI example: Amazon’s statement first says the creator earns from purchases',
  ),
  c(
    'I get commissions for purchases made through links in this post. Gear: https://amzn.to/abc',
    'youtube',
    ['US'],
    'disclosed',
    'the FTC’s own example wording',
  ),
  c(
    `Gear: https://amzn.to/abc\n${LONG}${AMAZON_STATEMENT}`,
    'youtube',
    ['US'],
    'late',
    'Amazon’s statement after "Show more" (Warner Bros: below the fold is inadequate)',
  ),
  c(
    `${LONG}${AMAZON_STATEMENT} https://amzn.to/x`,
    'instagram',
    ['US'],
    'late',
    'the same statement after Instagram’s ~125 characters',
  ),
  c(
    'Affiliate links: https://amzn.to/abc https://amzn.to/def',
    'youtube',
    ['US'],
    'ambiguous',
    'FTC FAQ: a bare "affiliate link" may not be understood',
  ),
  c('affiliate link ⬇️ https://rstyle.me/n/abc', 'instagram', ['US'], 'ambiguous', 'bare label, lower case'),
  c(
    'My camera (paid link): https://amzn.to/cam',
    'youtube',
    ['US'],
    'disclosed',
    'Amazon’s link-level "(paid link)" states payment',
  ),
  c(
    '#CommissionsEarned Love this lamp https://amzn.to/lamp',
    'instagram',
    ['US'],
    'disclosed',
    'Amazon’s "#CommissionsEarned", up front',
  ),
  c(
    `Gear https://amzn.to/x ${pile} #CommissionsEarned`,
    'instagram',
    ['US'],
    'late',
    'the same tag buried at the end of a hashtag pile',
  ),
  c(
    'Buying through these links supports the channel at no extra cost to you: https://amzn.to/abc',
    'youtube',
    ['US'],
    'ambiguous',
    '"supports the channel" does not say the creator is paid per purchase (note 8)',
  ),
  c(
    'Using these links supports the channel and I earn a small commission: https://amzn.to/abc',
    'youtube',
    ['US'],
    'disclosed',
    'channel support plus a plain statement of commission',
  ),
  c(
    'Subscribe to support the channel!',
    'youtube',
    ['US'],
    'not_needed',
    '"support the channel" alone is no commercial signal',
  ),
  c(
    'Use code GLOW15 for 15% off, I earn a commission on every sale',
    'tiktok',
    ['US'],
    'disclosed',
    'an explanation covers the creator’s own code',
  ),
  c(
    'I earn a commission on purchases through my links. #ad',
    'instagram',
    ['US'],
    'disclosed',
    'explanation and #ad',
  ),
  c(
    `Obsessed with this serum https://rstyle.me/n/abc ${LONG}I earn a commission if you buy through my links.`,
    'instagram',
    ['US'],
    'late',
    'the explanation only after the fold',
  ),
  c(
    'I get a commission if you buy through this link: https://amzn.to/abc',
    'x',
    ['US'],
    'disclosed',
    'explanation on X',
  ),
  c('Gear: https://amzn.to/cam (paid link)', 'twitch', ['US'], 'disclosed', 'Twitch shows the whole title'),
  c(
    'Link in bio to shop (affiliate)',
    'instagram',
    ['US'],
    'ambiguous',
    '"(affiliate)" is a bare label for the shopping call to action',
  ),

  // ---- sponsorship disclosed, unrelated affiliate links not (note 2) ----
  c(
    'Sponsored by NordShield! Gear I use: https://amzn.to/cam https://amzn.to/mic',
    'youtube',
    ['US'],
    'missing',
    '"Sponsored by NordShield" does not disclose Amazon gear links',
  ),
  c(
    'Sponsored by Amazon: my Prime Day picks https://amzn.to/deal',
    'youtube',
    ['US'],
    'disclosed',
    'the sponsor is the network behind the link',
  ),
  c(
    'Sponsored by NordShield #ad\nGear: https://amzn.to/cam',
    'youtube',
    ['US'],
    'disclosed',
    '#ad labels the whole post, links included',
  ),
  c(
    `This video is sponsored by NordShield.\n${LONG}\nGear: https://amzn.to/cam\nI earn a commission on purchases through these links.`,
    'youtube',
    ['US'],
    'late',
    'sponsorship disclosed up front, the affiliate explanation only below the fold',
  ),
  c(
    'This video is sponsored by NordShield.\nTry it: https://bit.ly/3kXyZ9q',
    'youtube',
    ['US'],
    'disclosed',
    'the sponsor’s short link right under the sponsorship line',
  ),
  c(
    'This video is sponsored by NordShield.\n\nWhat I filmed this with:\nMy camera: https://geni.us/cam',
    'youtube',
    ['US'],
    'missing',
    'a gear link further down is not the sponsor’s',
  ),
  c(
    'Gifted by @glowco 💄 shop my picks: https://liketk.it/4abc',
    'instagram',
    ['US'],
    'missing',
    'a gift disclosure does not cover LTK links',
  ),
  c(
    'Thanks to Acme brand for the free product! My other picks: https://amzn.to/x',
    'instagram',
    ['US'],
    'missing',
    'the FTC’s gift wording covers the gift, not the Amazon link',
  ),
  c(
    'Sponsored by @glowco. Shop my look: https://liketk.it/4abc',
    'instagram',
    ['UK'],
    'missing',
    'UK: "sponsored by" is unclear for the sponsorship and says nothing about the LTK link',
  ),

  // ---- UK: "affiliate" alone is not enough ----
  c('Affiliate links below! https://amzn.to/abc', 'youtube', ['UK'], 'ambiguous', 'ASOS ruling (2020)'),
  c(
    `${AMAZON_STATEMENT} https://amzn.to/x`,
    'youtube',
    ['UK'],
    'ambiguous',
    'an explanation without "Ad" is not ruled on: at least ambiguous',
  ),
  c('Ad | Affiliate links: https://amzn.to/abc', 'youtube', ['UK'], 'disclosed', '"Ad" upfront'),
  c(
    '#ad Code SARAH20 for 20% off at https://amzn.to/3x',
    'instagram',
    ['UK'],
    'disclosed',
    'a code with #ad upfront (note 9)',
  ),
  c('*affiliate https://amzn.to/abc', 'instagram', ['UK'], 'ambiguous', '"*affiliate" is named as unclear'),
  c(
    'I get commissions for purchases made through links in this post. https://amzn.to/x',
    'youtube',
    ['US', 'UK'],
    'ambiguous',
    'accepted by the FTC, unsettled for ASA/CAP: the strictest wins',
  ),

  // ---- DE: "*" on the link with the explanation next to it ----
  c(DE_EXPLAINED, 'youtube', ['DE'], 'disclosed', 'the Medienanstalten’s own method'),
  c(
    `${LONG}${LONG}\n${DE_EXPLAINED}`,
    'youtube',
    ['DE'],
    'disclosed',
    'deep in the description is fine: nearness to the link counts, not the fold',
  ),
  c('Meine Kamera*: https://amzn.to/cam', 'youtube', ['DE'], 'ambiguous', 'an asterisk without explanation'),
  c(
    'Meine Kamera: https://amzn.to/cam\nWenn du über diesen Link kaufst, erhalte ich eine Provision.',
    'youtube',
    ['DE'],
    'ambiguous',
    'an explanation, but the link is not marked "*"',
  ),
  c(
    `Meine Kamera*: https://amzn.to/cam\n${LONG}${LONG}${LONG}\n*Wenn du über diesen Link kaufst, erhalte ich eine Provision.`,
    'youtube',
    ['DE'],
    'ambiguous',
    'the explanation is too far from the link',
  ),
  c('Werbung | Meine Kamera: https://amzn.to/cam', 'youtube', ['DE'], 'disclosed', '"Werbung" at the start'),
  c('Affiliate-Links: https://amzn.to/cam', 'youtube', ['DE'], 'ambiguous', 'bare "Affiliate-Link"'),
  c(
    DE_EXPLAINED,
    'youtube',
    ['US'],
    'ambiguous',
    'a German explanation is recognised under US rules, but the FTC accepts it in English',
  ),
  c(
    'Camera*: https://amzn.to/cam\n*I earn a commission if you buy through this link.',
    'youtube',
    ['US', 'DE'],
    'ambiguous',
    'US disclosed; DE wants the explanation in German',
  ),
  c(
    'Mit dem Code LENA10 gibt es 10% Rabatt.\n*Für jeden Kauf erhalte ich eine Provision.',
    'instagram',
    ['DE'],
    'ambiguous',
    'a discount code needs "Werbung" or "Anzeige" next to it',
  ),
  c(
    '#ad Code MAX10 https://amzn.to/x',
    'instagram',
    ['DE'],
    'ambiguous',
    'a code with #ad is not enough in DE',
  ),

  // ---- IT: label plus "link affiliato + brand"; #adv with the brand ----
  c('#adv @runit scarpe nuove, codice RUN15', 'instagram', ['IT'], 'disclosed', '"#adv" + brand is accepted'),
  c(
    '#adv scarpe nuove, link affiliato: https://amzn.to/x',
    'instagram',
    ['IT'],
    'ambiguous',
    'bare #adv, and "link affiliato" without an art. 1 label',
  ),
  c(
    'Pubblicità - link affiliato Amazon: https://amzn.to/x',
    'instagram',
    ['IT'],
    'disclosed',
    'label plus "link affiliato + brand"',
  ),
  c('Link affiliato: https://amzn.to/x', 'instagram', ['IT'], 'ambiguous', 'art. 4 needs the label too'),
  c(
    'Ricevo una commissione sugli acquisti: https://amzn.to/x',
    'youtube',
    ['IT'],
    'ambiguous',
    'an Italian explanation without the label',
  ),

  // ---- ES, FR, NL, BE ----
  c('Enlace de afiliado: https://amzn.to/x', 'youtube', ['ES'], 'ambiguous', 'not in the code’s list'),
  c(
    'Publicidad | Enlaces de afiliado: https://amzn.to/x',
    'youtube',
    ['ES'],
    'disclosed',
    '"Publicidad" first',
  ),
  c(
    'Recibo una pequeña comisión si compras con mis enlaces: https://amzn.to/x',
    'youtube',
    ['ES'],
    'ambiguous',
    'a Spanish explanation without "Publicidad"',
  ),
  c('#ad mi cámara: https://amzn.to/x', 'youtube', ['ES'], 'ambiguous', '2025 code: "Ad" is not enough'),
  c(
    'Lien affilié : https://amzn.to/x',
    'youtube',
    ['FR'],
    'ambiguous',
    'no source accepts "lien affilié" alone',
  ),
  c('Publicité - liens affiliés : https://amzn.to/x', 'youtube', ['FR'], 'disclosed', '"Publicité" first'),
  c(
    'Je touche une commission sur les achats via ces liens : https://amzn.to/x',
    'youtube',
    ['FR'],
    'ambiguous',
    'a French explanation without "Publicité"',
  ),
  c(
    'Als je via deze link iets koopt, krijg ik daar commissie op: https://amzn.to/x',
    'instagram',
    ['NL'],
    'disclosed',
    'Reclamecode: any clear wording, placed visibly',
  ),
  c('Affiliate link: https://amzn.to/x', 'instagram', ['NL'], 'ambiguous', 'bare "affiliate" is not clear'),
  c('#ad Mijn camera: https://amzn.to/x', 'instagram', ['NL'], 'disclosed', '#ad is a Reclamecode example'),
  c(
    '*Als je via deze link iets koopt, krijg ik daar commissie op. Camera*: https://amzn.to/x',
    'instagram',
    ['BE'],
    'ambiguous',
    'BE is a label-list regime: the sentence without #reclame is unsettled (note 3)',
  ),
  c('#reclame Camera: https://amzn.to/x', 'instagram', ['BE'], 'disclosed', '#reclame first'),

  // ---- CA, AU, IN, BR, PL, NO, MX, EU ----
  c(
    'I earn a commission on purchases made through these links: https://amzn.to/x',
    'youtube',
    ['CA'],
    'disclosed',
    'Ad Standards: a clear statement of the connection',
  ),
  c(
    'Je touche une commission sur les achats via ces liens : https://amzn.to/x',
    'youtube',
    ['CA'],
    'disclosed',
    'the same statement in Canadian French',
  ),
  c('#spon my gear https://amzn.to/x', 'youtube', ['CA'], 'ambiguous', '#spon is vague'),
  c('Affiliate: https://liketk.it/4abc', 'instagram', ['AU'], 'ambiguous', 'AANA Practice Note: "Affiliate"'),
  c('#ad Shop my look https://liketk.it/4abc', 'instagram', ['AU'], 'disclosed', '#ad upfront'),
  c(
    'Affiliate links: https://amzn.to/x',
    'youtube',
    ['IN'],
    'ambiguous',
    '"Affiliate" is not on ASCI’s list',
  ),
  c('#ad Affiliate links: https://amzn.to/x', 'youtube', ['IN'], 'disclosed', '"Ad" is on ASCI’s list'),
  c('Link de afiliado: https://amzn.to/x', 'youtube', ['BR'], 'ambiguous', 'not on CONAR’s list'),
  c('#publi link de afiliado: https://amzn.to/x', 'youtube', ['BR'], 'disclosed', '#publi first'),
  c(
    'Recebo uma comissão pelas compras nestes links: https://amzn.to/x',
    'youtube',
    ['BR'],
    'ambiguous',
    'a Portuguese explanation without "publi"',
  ),
  c('Link afiliacyjny: https://amzn.to/x', 'youtube', ['PL'], 'ambiguous', 'not among UOKiK’s labels'),
  c('#reklama Link afiliacyjny: https://amzn.to/x', 'youtube', ['PL'], 'disclosed', '#reklama first'),
  c(
    'Otrzymuję prowizję od zakupów przez te linki: https://amzn.to/x',
    'youtube',
    ['PL'],
    'ambiguous',
    'a Polish explanation without "#reklama"',
  ),
  c(
    'Reklame: jakken jeg bruker https://amzn.to/x',
    'youtube',
    ['NO'],
    'disclosed',
    'the post and the link marked on one line',
  ),
  c(
    'Reklame\nMin nye jakke er fantastisk.\nJakke: https://amzn.to/x',
    'youtube',
    ['NO'],
    'ambiguous',
    'Forbrukertilsynet: the link must be marked too, not only the post',
  ),
  c('Affiliatelenke: https://amzn.to/x', 'youtube', ['NO'], 'ambiguous', 'weaker than "reklame"'),
  c('#publicidad Mis favoritos: https://amzn.to/x', 'youtube', ['MX'], 'disclosed', '#Publicidad first'),
  c(
    'Enlace de afiliado: https://amzn.to/x',
    'tiktok',
    ['MX'],
    'ambiguous',
    'no affiliate wording in PROFECO',
  ),
  c(
    'Apoyas el canal si compras con estos enlaces: https://amzn.to/x',
    'youtube',
    ['MX'],
    'ambiguous',
    'channel support in Spanish',
  ),
  c('Affiliate links: https://amzn.to/x', 'youtube', ['EU'], 'ambiguous', 'no EU wording: national labels'),
  c('Advertising: my desk setup https://amzn.to/x', 'youtube', ['EU'], 'disclosed', '"Advertising" first'),

  // ---- across every table ----
  c(
    'Buying through these links supports the channel: https://amzn.to/x',
    'youtube',
    ALL,
    'ambiguous',
    'no regulator accepts channel support',
  ),
  c(
    'Gear: https://amzn.to/cam https://geni.us/mic',
    'youtube',
    ALL,
    'missing',
    'affiliate links and nothing that discloses them',
  ),
];

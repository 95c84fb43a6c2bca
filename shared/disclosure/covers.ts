// What a disclosure term covers. A generic label ("#ad", "Werbung", "publicidad") says the whole post is
// advertising and covers every signal; "sponsored by X" discloses the sponsorship by X; "gifted" a gift;
// an affiliate explanation the creator's affiliate links and codes. Regulators treat each material
// connection separately (disclosure-rules.md, affiliate note 2), so a sponsorship line does not disclose
// unrelated affiliate links further down.
import type { CommercialSignal, Covers } from '../schemas/disclosure';
import { BARE_LABELS, CHANNEL_SUPPORT, EXPLANATIONS, LINK_LABELS } from './affiliate-wording';
import { normalizeKey } from './rules';

/** Terms about a partner brand: the brand named after them is the sponsor. */
const SPONSORSHIP = [
  'sponsored by',
  'sponsorship',
  'sponsoring',
  'thanks to … for sponsoring',
  'thanks to',
  'thank you to',
  '#*partner',
  '#*ambassador',
  '#*partenaire',
  '#partner',
  'ambassador',
  'brandambassador',
  'iworkwith',
  'collab',
  'colab',
  'collaboration',
  'partnership',
  'partenariat',
  'en partenariat avec',
  'in partnership with',
  'in association with',
  'funded by',
  'made possible by',
  'powered by',
  'präsentiert von',
  'unterstützt durch',
  'in kooperation mit',
  'kooperation',
  'sponsorizzato da',
  'promosso da',
  'promoted by',
  'in collaborazione con',
  'betaald partnerschap met',
  'in samenwerking met',
  'samenwerking',
  'płatna współpraca z marką',
  'reklama marki',
  'współpraca',
  'patrocinado por',
  'em parceria com',
  'parceria',
  'samarbeid',
  'i samarbeid med',
  // Roles and partnership words in more languages (signal-words.ts: a signal with a brand beside them).
  'ambassadors',
  'brand ambassador',
  'markenbotschafter',
  'markenbotschafterin',
  'embajador',
  'embajadora',
  'ambassadrice',
  'ambassadeur',
  'ambassadrices',
  'ambassadeurs',
  'ambasciatore',
  'ambasciatrice',
  'ambasador',
  'ambasadorka',
  'ambasadorką',
  'embaixador',
  'embaixadora',
  'ambassadør',
  'zusammenarbeit',
  'colaboración',
  'colaboracion',
  'collaborazione',
];

/** Terms about a gift or a free product, trip or stay. */
const GIFT = [
  'gifted',
  'gifted by',
  '#gift',
  'free gift',
  'invited guest',
  'thanks to … for the free',
  'gekregen van',
  'omaggio',
  '#suppliedby',
  'regalo',
  'recebidos',
  'recebido',
  '#pr',
  'pr package',
  'pr trip',
  'pr stay',
  'c/o',
];

const COVERS = new Map<string, Covers>();
const add = (terms: readonly string[], covers: Covers) => {
  for (const t of terms) COVERS.set(normalizeKey(t), covers);
};
add(SPONSORSHIP, 'sponsorship');
add(GIFT, 'gift');
for (const list of [EXPLANATIONS, BARE_LABELS, LINK_LABELS, CHANNEL_SUPPORT])
  for (const terms of Object.values(list)) add(terms, 'affiliate');

/** What a term (in rule-table notation: the first of `forms` listed here) covers; else a generic label. */
export function coversOf(...forms: string[]): Covers {
  for (const form of forms) {
    const covers = COVERS.get(normalizeKey(form));
    if (covers) return covers;
  }
  return 'any';
}

/**
 * Which kinds of disclosure can cover a kind of signal (before the brand is compared). Sponsorship and gift
 * disclosures cover an affiliate link or a shortened link only when it is the named brand's own.
 */
export const COVERED_BY: Record<CommercialSignal['kind'], readonly Covers[]> = {
  affiliate_link: ['any', 'affiliate'],
  shortener: ['any', 'affiliate'],
  affiliate_wording: ['any', 'affiliate'],
  discount_code: ['any', 'affiliate', 'sponsorship', 'gift'],
  link_in_bio: ['any', 'affiliate', 'sponsorship', 'gift'],
  brand_mention: ['any', 'affiliate', 'sponsorship', 'gift'],
  gifted: ['any', 'gift', 'sponsorship'],
  sponsor_wording: ['any', 'sponsorship'],
  paid_label: ['any', 'sponsorship'],
};

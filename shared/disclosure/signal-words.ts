// Words that mark a caption as commercial, by kind and language (same notation as the rule tables:
// `#x` only as a whole hashtag). Kept apart from the rule tables because a commercial signal is a fact
// about the post, while whether a word *discloses* it depends on the jurisdiction. Affiliate wording
// (signal and disclosure at once) is in affiliate-wording.ts.
import type { CommercialSignal } from '../schemas/disclosure';

export type SignalKind = CommercialSignal['kind'];

export interface SignalWords {
  kind: SignalKind;
  /** Words that are a signal only when a code follows ("code SARAH20"), not "source code". */
  needsCode?: boolean;
  /** Words that are a signal only after a number ("20% off"); written from the "%" on. */
  needsNumber?: boolean;
  /**
   * Words that are a signal only with a brand (brand-object.ts): as their object or just before them
   * ("Samenwerking met @hema", "@hema collab"), or for a role also anywhere on their line ("Ambassador
   * life … @gymshark"). Alone ("Collab with my sister") they state no relationship with a brand. They
   * also say, unclearly, that there is one: ambiguous wherever no rule table accepts them.
   */
  brand?: 'object' | 'line';
  /** Gift nouns: a signal only as the gift a brand is thanked for ("Thank you @sephora for the goodies"). */
  needsThanks?: boolean;
  words: Readonly<Record<string, readonly string[]>>;
}

export const SIGNAL_WORDS: readonly SignalWords[] = [
  {
    kind: 'discount_code',
    needsCode: true,
    words: {
      en: ['code', 'coupon'],
      de: ['gutschein'],
      es: ['código', 'codigo', 'cupón', 'cupon'],
      fr: ['code promo'],
      it: ['codice'],
      pt: ['cupom'],
      pl: ['kod'],
      nb: ['kode'],
      hi: ['कोड'],
    },
  },
  {
    kind: 'discount_code',
    words: {
      en: [
        'use my code',
        'promo code',
        'discount code',
        'coupon code',
        'my code',
        'with code',
        // The code itself is in the bio: still a code the creator hands out for the brand.
        'code in bio',
        'code in my bio',
        'code is in my bio',
      ],
      de: ['rabattcode', 'gutscheincode', 'mit meinem code', 'mit dem code'],
      es: ['código de descuento', 'con mi código', 'con el código', 'código descuento'],
      fr: ['avec mon code', 'code de réduction'],
      it: ['codice sconto', 'con il mio codice', 'con il codice'],
      nl: ['kortingscode', 'met mijn code'],
      pt: ['cupom de desconto', 'com meu cupom', 'código de desconto'],
      pl: ['kod rabatowy', 'z kodem'],
      nb: ['rabattkode'],
    },
  },
  {
    kind: 'discount_code',
    needsNumber: true,
    words: {
      en: ['% off', '%off'],
      de: ['% rabatt'],
      es: ['% de descuento', '% dto'],
      fr: ['% de réduction', '% de remise'],
      it: ['% di sconto'],
      nl: ['% korting'],
      pt: ['% de desconto'],
      pl: ['% zniżki', '% rabatu'],
      nb: ['% avslag'],
      hi: ['% छूट'],
    },
  },
  {
    kind: 'gifted',
    words: {
      en: [
        'gifted',
        'gifted by',
        '#gift',
        '#pr',
        'pr package',
        'pr sample',
        'pr trip',
        'pr stay',
        'press trip',
        'kindly sent',
        'for sending me',
        'for sending us',
        'free product',
        'suppliedby',
        'invited guest',
        'c/o',
      ],
      de: ['geschenkt', 'pr-sample', 'zur verfügung gestellt', 'unbezahlt', 'kostenlos erhalten'],
      es: ['regalo', 'me regalaron', 'regalado', 'me han enviado'],
      fr: ['cadeau', 'offert par', 'offerts par', 'offerte par'],
      it: ['omaggio', 'regalato', 'in regalo'],
      nl: ['gekregen van'],
      pt: ['recebidos', 'presente de'],
      pl: ['prezent od', 'otrzymałam', 'otrzymałem'],
      nb: ['fått tilsendt', 'gave fra'],
    },
  },
  {
    kind: 'sponsor_wording',
    words: {
      en: [
        'sponsored',
        'sponsored by',
        'sponsoring',
        'sponsor',
        'sponsorship',
        '#sp',
        '#spon',
        'paid partnership',
        'paid promotion',
        'includes paid promotion',
        'in partnership with',
        'in collaboration with',
        'in association with',
        'made possible by',
        'funded by',
        'powered by',
        'brand partner',
        'brandambassador',
        'iworkwith',
      ],
      de: [
        'gesponsert',
        'unterstützt durch',
        'bezahlte partnerschaft',
        'bezahlte werbepartnerschaft',
        'in kooperation mit',
      ],
      es: ['patrocinado', 'patrocinado por', 'patrocinio', 'en colaboración con'],
      fr: ['sponsorisé', 'sponsorisée', 'en partenariat avec', 'partenariat rémunéré'],
      it: ['sponsorizzato', 'in collaborazione con'],
      nl: ['gesponsord', 'in samenwerking met', 'betaald partnerschap'],
      pt: ['patrocinado', 'em parceria com', 'parceria paga'],
      pl: ['sponsorowany', 'we współpracy z', 'płatna współpraca'],
      nb: ['sponset', 'i samarbeid med', 'betalt samarbeid'],
    },
  },
  {
    kind: 'sponsor_wording',
    brand: 'line',
    words: {
      en: ['ambassador', 'ambassadors', 'brand ambassador'],
      de: ['markenbotschafter', 'markenbotschafterin'],
      es: ['embajador', 'embajadora'],
      fr: ['ambassadrice', 'ambassadeur', 'ambassadrices', 'ambassadeurs'],
      it: ['ambasciatore', 'ambasciatrice'],
      pl: ['ambasador', 'ambasadorka', 'ambasadorką'],
      pt: ['embaixador', 'embaixadora'],
      nb: ['ambassadør'],
    },
  },
  {
    kind: 'sponsor_wording',
    brand: 'object',
    words: {
      en: ['collab', 'collaboration', 'partnership'],
      de: ['kooperation', 'zusammenarbeit'],
      es: ['colab', 'colaboración', 'colaboracion'],
      fr: ['partenariat'],
      it: ['collaborazione'],
      nl: ['samenwerking'],
      pl: ['współpraca'],
      pt: ['parceria'],
      nb: ['samarbeid'],
    },
  },
  {
    kind: 'gifted',
    needsThanks: true,
    words: {
      en: [
        'goodies',
        'goodie bag',
        'goodie box',
        'gifts',
        'gift box',
        'gift bag',
        'gift basket',
        'package',
        'parcel',
        'care package',
        'pr box',
        'box',
        'freebies',
        'samples',
        'treats',
        'hamper',
        'swag',
        'happy mail',
        'kit',
        'surprise',
      ],
      de: ['paket', 'päckchen', 'geschenke', 'geschenk', 'überraschung'],
      fr: ['cadeaux', 'colis', 'coffret'],
      es: ['regalos', 'paquete', 'detalles', 'detallazo', 'caja', 'sorpresa'],
      it: ['regali', 'pacco', 'pacchetto', 'pensierini'],
      pt: ['mimos', 'presentes', 'presente', 'caixa', 'surpresa'],
      pl: ['paczkę', 'paczka', 'prezenty', 'prezent', 'upominki'],
      nl: ['pakketje', 'pakket', 'cadeautjes', 'cadeautje'],
      nb: ['pakken', 'pakke', 'gavene', 'gaver', 'gave'],
    },
  },
  {
    kind: 'link_in_bio',
    words: {
      en: [
        'link in bio',
        'link in my bio',
        'links in bio',
        'link in profile',
        'link in description',
        'links in description',
        'shop the look',
        'shop now',
        'shop my',
        'swipe up',
      ],
      de: ['link in bio', 'link in der bio', 'link in meiner bio', 'link im profil'],
      es: ['link en bio', 'link en la bio', 'enlace en la bio', 'enlace en mi bio', 'link en mi bio'],
      fr: ['lien en bio', 'lien dans ma bio', 'lien dans la bio'],
      it: ['link in bio', 'link nella bio'],
      nl: ['link in bio', 'link in mijn bio'],
      pt: ['link na bio'],
      pl: ['link w bio'],
      nb: ['link i bio', 'lenke i bio'],
    },
  },
];

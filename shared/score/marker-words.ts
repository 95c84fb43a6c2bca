// Troupe's own words, found in the same pass as a brief's terms (see terms.ts): what marks a
// tutorial, a numbered series, a sponsored post, a craft named in a bio, a way to get in touch.
// Lists, not code: adding a language is adding words. A term ending in " {n}" needs a number after
// it; one starting with "#" counts only as a hashtag.

export const MARKER_WORDS = {
  /** Production: formats that teach or build something (captions). */
  tutorial: [
    'tutorial',
    'how to',
    'step by step',
    'recipe',
    'guide',
    'diy',
    'walkthrough',
    'masterclass',
    'breakdown',
    'tips',
    'lesson',
    'tuto',
    'tutoriel',
    'receta',
    'rezept',
    'anleitung',
  ],
  /** Production: recurring, numbered series (captions). */
  series: [
    'episode {n}',
    'ep {n}',
    'part {n}',
    'pt {n}',
    'day {n}',
    'week {n}',
    'vol {n}',
    'chapter {n}',
    'parte {n}',
    'teil {n}',
    'folge {n}',
    'series',
  ],
  /**
   * Distribution: sponsorship shown in a caption. Only to count sponsored posts; whether the
   * disclosure is adequate is shared/disclosure's job.
   */
  sponsor: [
    '#ad',
    '#ads',
    '#advert',
    '#advertisement',
    '#sponsored',
    '#sponsor',
    '#paidpartnership',
    '#werbung',
    '#anzeige',
    '#publicidad',
    '#publi',
    '#reklama',
    '#reklame',
    '#annonse',
    '#adv',
    '#sponsorizzato',
    '#patrocinado',
    '#publicite',
    'paid partnership',
    'sponsored by',
    'in partnership with',
  ],
  /** Production: a craft named in the bio. */
  craft: [
    'ugc',
    'editor',
    'video editor',
    'photographer',
    'photography',
    'videographer',
    'filmmaker',
    'cinematographer',
    'studio',
    'designer',
    'illustrator',
    'animator',
    'producer',
    'director',
    'artist',
    'writer',
    'recipe developer',
    'portfolio',
  ],
  /** Professional: a way to reach the creator for work (bio). */
  contact: [
    'email',
    'e mail',
    'contact',
    'business inquiries',
    'business enquiries',
    'inquiries',
    'enquiries',
    'bookings',
    'booking',
    'collabs',
    'collaborations',
    'management',
    'mgmt',
    'pr',
    'press',
  ],
} as const;

export type MarkerKind = keyof typeof MARKER_WORDS;

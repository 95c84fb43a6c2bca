// The other forms of a brief's niche word that creators write: "hiking" is also "hike", "hikes",
// "hiker"; "photography" is also "photographer"; "fotografía" is also "fotógrafo". Forms are made
// once, when a brief is compiled, and looked up like any other term, so scanning costs nothing more
// per word of a caption.
//
// Why rules of our own rather than a stemming library: a Snowball stemmer gives "running" and
// "runner" different stems (it keeps agent nouns apart, which is exactly what bios use), npm's
// snowball-stemmers ships all its languages in one 868 KB file, and stemming would add a call per
// word of every caption to a scan built to hash each character once. These rules only ever ADD
// forms; a made-up form ("veganist") is harmless because no caption holds it.
//
// Choices (tests/shared/score/word-family.test.ts holds the table):
// - An activity finds its doer ("running" finds "runner"), but a doer does not find the verb:
//   "runner" must not match "running a business" or "runs a shop".
// - Whole words only, as everywhere: "ski" never finds "skin", "art" never "party".
// - "pottery" finds "potter", the surname too ("Harry Potter"): bios say "potter" far more often.

/** Families the rules cannot make: the word, then the forms it also finds. */
const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  yoga: ['yogi', 'yogis', 'yogini', 'yoguini'],
  running: ['run', 'runs', 'runner', 'runners', 'corredor', 'corredora'],
  course: ['coureur', 'coureuse'],
  cucina: ['cuoco', 'cuoca'],
  koken: ['kok', 'kokkin'],
};

/**
 * Forms the rules make that are words of their own with another meaning: a brief's "trail" is not
 * in "trailer", "mat" not in "matter", "corn" not in "corner".
 */
const FALSE_FRIENDS: ReadonlySet<string> = new Set(
  'trailer trailing matter better letter dinner summer banner hammer butter corner setting getting wedding shipping'.split(
    ' ',
  ),
);

const VOWELS = 'aeiouy';
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.includes(c);

/** "run" to "runn": a short word ending consonant-vowel-consonant doubles before -ing and -er. */
function doubled(base: string): string | null {
  const n = base.length;
  const [a, b, c] = [base[n - 3], base[n - 2], base[n - 1]];
  if (n < 3 || isVowel(a) || !isVowel(b) || isVowel(c) || 'wxy'.includes(c!)) return null;
  return base + c;
}

/** The doer and the activity made from an English base ("hike": "hiking", "hiker"). */
function englishFromBase(base: string, out: Set<string>): void {
  out.add(base);
  out.add(/(s|x|z|ch|sh)$/.test(base) ? `${base}es` : `${base}s`);
  const e = base.endsWith('e') ? base.slice(0, -1) : base;
  // Nouns of these endings have no doer in -er or -ing ("mobility", "pilates", "based").
  if (/(y|ity|ness|tion|sion|ment|ship|ism|ismo|isme|ia|ie|ee|ics|es|ed|al|ous|ful)$/.test(base)) return;
  const double = doubled(base);
  // One syllable ("run", "shop") always doubles: "cat" must not find "cater". A longer word
  // doubles only a final l, and only in British spelling ("travelling" and "traveling").
  const stems = double === null ? [e] : base.length <= 4 ? [double] : base.endsWith('l') ? [e, double] : [e];
  for (const stem of stems) for (const end of ['ing', 'er']) out.add(stem + end);
  // guitarist, pianist; artista, surfista.
  if (base.length <= 6) for (const end of ['ist', 'ista', 'istas']) out.add(e.replace(/[aeo]$/, '') + end);
}

/** Every form `word` (folded: lower case, no accents) also finds, itself excluded. */
export function wordFamily(word: string): string[] {
  const out = new Set<string>();
  const n = word.length;
  for (const form of IRREGULAR[word] ?? []) out.add(form);
  // A doer ("runner", "randonneur", "ciclista") finds its plural, which the scanner does, and
  // what it makes (photographer/photography, baker/bakery, potter/pottery), never the verb.
  if (n >= 5 && word.endsWith('er')) {
    const root = word.slice(0, -2);
    out.add(/(graf|graph)$/.test(root) ? `${root}y` : `${word}y`);
  }
  if (n >= 3 && IRREGULAR[word] === undefined && !/(er|ers|eur|euse|or|ora|ist|ista|iste)$/.test(word)) {
    // English activities: "hiking" (hike), "running" (run), "skiing" (ski), "baking" (bake).
    if (word.endsWith('ing') && n >= 6) {
      let base = word.slice(0, -3);
      const last = base[base.length - 1]!;
      const undoubled = base.length >= 4 && last === base[base.length - 2] && !'ls'.includes(last);
      if (undoubled) base = base.slice(0, -1);
      englishFromBase(base, out);
      const cvc = !isVowel(last) && isVowel(base[base.length - 2]) && !isVowel(base[base.length - 3]);
      // "hik" is "hike", "cycl" is "cycle", "danc" is "dance"; "runn" was "run", never "rune".
      if (!undoubled && (cvc || /[^aeiou][lcgvz]$/.test(base))) {
        englishFromBase(`${base}e`, out);
        // baking/bakery, brewing/brewery
        out.add(`${base}ery`);
      }
    } else {
      // A plain noun or verb: "ski", "hike", "garden", "guitar".
      englishFromBase(word, out);
    }
  }
  // -y, -ie, -ia nouns and their doers: photography/photographer, pottery/potter, bakery/baker,
  // fotografía/fotógrafo, photographie/photographe, Fotografie/Fotograf, fotografie/fotograaf.
  if (n >= 5) {
    const root = word.replace(/(y|ie|ia)$/, '');
    if (root !== word) {
      if (word.endsWith('y')) {
        out.add(root.endsWith('er') ? root : `${root}er`);
        out.add(root.endsWith('er') ? `${root}s` : `${root}ers`);
        out.add(`${root}ies`);
      }
      if (/(graf|graph)$/.test(root)) {
        for (const end of ['', 's', 'o', 'a', 'os', 'as', 'e', 'es', 'er', 'ers', 'in', 'innen', 'en'])
          out.add(root + end);
        out.add(root.replace(/graf$/, 'graaf'));
      }
      // Bakery words: panadería/panadero, boulangerie/boulanger, pâtisserie/pâtissier.
      if (/er$/.test(root)) {
        for (const end of ['', 'o', 'a', 'os', 'as', 'e', 'es']) out.add(root + end);
        const i = root.slice(0, -2);
        for (const end of ['ier', 'iere', 'iers', 'ieres']) out.add(i + end);
      }
    }
  }
  // Romance and German -ism words and their people: ciclismo/ciclista, cyclisme/cycliste.
  const ism = /(ismo|isme|ism|ismus)$/.exec(word);
  if (ism) {
    const root = word.slice(0, ism.index);
    for (const end of ['ista', 'istas', 'iste', 'istes', 'ist', 'ists', 'isten', 'istin'])
      out.add(root + end);
  }
  // French -ée activities and their people: randonnée/randonneur, randonneuse.
  if (word.endsWith('ee') && n >= 6) {
    const root = word.slice(0, -2);
    for (const end of ['eur', 'eurs', 'euse', 'euses']) out.add(root + end);
  }
  // German and Dutch infinitives and their doers: laufen/Läufer, backen/Bäcker, wandern/Wanderer,
  // Radfahren/Radfahrer, fietsen/fietser, bakken/bakker, wandelen/wandelaar.
  if (n >= 6 && /[^aeiou](en|ern|eln)$/.test(word)) {
    const root = word.endsWith('en') ? word.slice(0, -2) : word.slice(0, -1);
    for (const end of ['er', 'erin', 'erinnen', 'ers', 'aar', 'aars']) out.add(root + end);
    if (root.endsWith('er') || root.endsWith('el')) for (const end of ['in', 'innen']) out.add(root + end);
  }
  // German sports and their people: Radsport/Radsportler.
  if (word.endsWith('sport')) for (const end of ['ler', 'lerin', 'lerinnen']) out.add(word + end);
  // Spanish and Portuguese infinitives and their doers: correr/corredor, pedalear/pedaleador.
  if (n >= 5 && /[aei]r$/.test(word)) {
    const root = word.slice(0, -1);
    for (const end of ['dor', 'dora', 'dores', 'doras']) out.add(root + end);
  }
  out.delete(word);
  // The scanner already finds a 4+ letter word's plural in -s ("hikes" as "hike"): no need to list it.
  const forms: string[] = [];
  for (const form of out) {
    const single = form.slice(0, -1);
    if (FALSE_FRIENDS.has(form)) continue;
    if (form.length >= 4 && form.endsWith('s') && (single === word || out.has(single))) continue;
    forms.push(form);
  }
  return forms;
}

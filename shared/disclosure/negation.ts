// Negated terms: "not sponsored", "this is NOT an ad", "nicht gesponsert", "pas sponsorisé", "no es publi".
// A creator saying there is no sponsor neither discloses one nor signals one; only what else the caption
// holds (a code, an affiliate link) can make it commercial.

/** Words that negate the term right after them, by language, lower case. */
const NEGATIONS = new Set([
  // en
  'not',
  'no',
  'non',
  'never',
  'without',
  "isn't",
  'isn’t',
  "wasn't",
  'wasn’t',
  "aren't",
  'aren’t',
  // de
  'nicht',
  'kein',
  'keine',
  'keinen',
  'ohne',
  // fr (ne … pas), it, es, pt
  'pas',
  'ni',
  'sin',
  'não',
  'nao',
  'sem',
  // nl, pl, nb
  'niet',
  'geen',
  'nie',
  'bez',
  'ikke',
  'ingen',
]);

/** Skipped on the way back: "not an ad", "nie jest to reklama", "no es un anuncio". */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'ein',
  'eine',
  'un',
  'une',
  'una',
  'uno',
  'een',
  'um',
  'uma',
  'to',
  'è',
  'é',
  'es',
  'est',
  'ist',
  'is',
  'jest',
  'er',
]);

/** How many words before a term are read for a negation ("not paid or sponsored" is missed, "not already using code" is not negated). */
const REACH = 2;

const WORD = /[\p{L}\p{M}\p{N}]/u;
/** No negation or filler is longer: a longer word is read without being sliced out. */
const LONGEST = 7;

// Hot path: called for every term the scan finds, so ASCII is decided by char code.
function inWord(lower: string, at: number): boolean {
  const c = lower.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
  return c === 0x2019 || WORD.test(lower[at]!);
}

/** Whether the term starting at `start` of the lower-cased caption is negated by the words just before it, in the same clause. */
export function negatedAt(lower: string, start: number): boolean {
  let i = start;
  for (let read = 0; read < REACH; ) {
    // Spaces and hyphens ("non-sponsored") separate words; any other mark ends the clause.
    let c = lower.charCodeAt(i - 1);
    while (i > 0 && (c === 32 || c === 45 || c === 9)) c = lower.charCodeAt(--i - 1);
    const end = i;
    while (i > 0 && inWord(lower, i - 1)) i--;
    if (i === end) return false;
    if (end - i > LONGEST) {
      read++;
      continue;
    }
    const word = lower.slice(i, end);
    if (NEGATIONS.has(word)) return true;
    if (!FILLERS.has(word)) read++;
  }
  return false;
}

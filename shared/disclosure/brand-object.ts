// Who a partnership word, a role or a thanks is about: a brand or a person. "Samenwerking met @hema" and
// "Ambassador life … @gymshark" state a relationship with a brand (a material connection); "Collab with my
// sister" does not. What a caption shows of a brand: its handle, or a name written the way brands write
// it ("GoPro", "HEMA"). A handle or name that is family or a friend ("@mom", "my sister @lily") is a
// person. The checker cannot tell a friend's "@jess.morgan" from a brand's handle (taken for a brand), nor
// a one-word brand "Sephora" from a first name "Sarah" (taken for a person).

/** Family, friends and the creator: as a handle ("@mom") or just before one ("my sister @lily"). */
const PERSON = new Set(
  [
    // en
    'me myself mom mum mama mommy mummy dad daddy papa sister sis brother bro bestie bff',
    'friend friends girlfriend boyfriend gf bf husband hubby wife wifey fiance fiancé fiancée babe bae',
    'grandma granny gran nan nana nanna grandpa grandad aunt auntie aunty uncle cousin daughter son kids',
    'family fam neighbour neighbor team crew roommate',
    // de, fr, es, it, nl, pl, pt, nb
    'mutti vati schwester bruder freundin freund mann frau oma opa tante onkel familie',
    'maman sœur soeur frère frere copine copain amie ami mari femme mamie papi famille',
    'mamá papá hermana hermano amiga amigo novia novio esposo esposa abuela abuelo familia',
    'mamma papà sorella fratello amica amico ragazza ragazzo marito moglie nonna nonno',
    'zus zusje broer vriendin vriend vrouw',
    'tata siostra siostrą brat przyjaciółka przyjaciel mąż żona babcia dziadek mamą',
    'mãe mae pai irmã irma irmão irmao namorada namorado marido avó avô',
    'pappa søster bror venninne kjæreste kone',
  ]
    .join(' ')
    .split(' '),
);

const HANDLE = /@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)/uy;
const NAME = /\p{Lu}[\p{L}\p{N}&'’]*/uy;
// Words between a partnership word or role and its object: "with", "x", "met", "mit", "z", "de la marca"...
const LINKING =
  /(?:[ \t]*(?:[:：|/+×&,–—-]|(?:with|w\/|x|met|mit|con|avec|z|ze|com|med|for|of|de|di|da|del|van|von|dla|til|för|pour|por|para|per|the|la|le|el|het|der|die|das|dem|il|marki|marca|marque|merk|marke|brand)(?=[ \t@])))*[ \t]*/iuy;
const WORD_BEFORE = /([\p{L}\p{M}]+)[^\p{L}\p{M}\n]*$/u;

/** A name written the way brands write it: "GoPro", "HelloFresh", "HEMA" (in a line that is not all capitals). */
function brandStyled(name: string, line: string): boolean {
  if (name.length < 2 || PERSON.has(name.toLowerCase())) return false;
  if (/\p{Ll}\p{Lu}/u.test(name)) return true;
  return !/\p{Ll}/u.test(name) && /\p{Ll}/u.test(line);
}

function lineAround(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}

/** A person's handle: family or a friend by its name, or by one of the two words before it ("my sister @lily"). */
function personHandle(text: string, at: number, handle: string): boolean {
  const bare = handle.toLowerCase().replace(/[._\d]+/g, '');
  if (PERSON.has(bare) || PERSON.has(bare.replace(/^(?:my|our)/, ''))) return true;
  let before = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 40), at);
  for (let k = 0; k < 2; k++) {
    const m = WORD_BEFORE.exec(before);
    if (!m) return false;
    if (PERSON.has(m[1]!.toLowerCase())) return true;
    before = before.slice(0, m.index);
  }
  return false;
}

/** The brand whose handle or brand-styled name starts at `at`, or null (a person, or no name there). */
export function brandAt(text: string, at: number): { brand: string; end: number } | null {
  HANDLE.lastIndex = at;
  const h = HANDLE.exec(text);
  if (h) return personHandle(text, at, h[1]!) ? null : { brand: h[1]!, end: at + h[0].length };
  NAME.lastIndex = at;
  const n = NAME.exec(text);
  return n && brandStyled(n[0], lineAround(text, at)) ? { brand: n[0], end: at + n[0].length } : null;
}

/** The brand named as the object of the word ending at `end` ("Samenwerking met @hema", "Collab x @x"). */
export function brandAfter(text: string, end: number): string | null {
  LINKING.lastIndex = end;
  const m = LINKING.exec(text);
  return brandAt(text, end + (m ? m[0].length : 0))?.brand ?? null;
}

/** The brand named just before the word starting at `start` ("@gymshark ambassador", "GoPro ambassador"). */
export function brandBefore(text: string, start: number): string | null {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 40);
  const m = /(?:@[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\p{Lu}[\p{L}\p{N}&'’]*)[ \t]*$/u.exec(text.slice(from, start));
  if (!m) return null;
  const found = brandAt(text, from + m.index);
  return found && found.end === from + m.index + m[0].trimEnd().length ? found.brand : null;
}

/** A brand's handle anywhere on the line of text[start, end) ("Ambassador life 🙌 new kit from @gymshark"). */
export function brandOnLine(text: string, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  for (let at = text.indexOf('@', lineStart); at >= 0 && at < lineEnd; at = text.indexOf('@', at + 1)) {
    if (at > 0 && /[\p{L}\p{N}_./@]/u.test(text[at - 1]!)) continue;
    const found = brandAt(text, at);
    if (found) return found.brand;
  }
  return null;
}

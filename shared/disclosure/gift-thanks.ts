// A gift thanked for with the brand as its object: "Thank you @sephora for the goodies", "Danke @dm für
// das Paket", "Obrigada @boticario pelos mimos", or after the gift: "Thanks for the goodies, @sephora". The gift is a material connection (a free product), and
// the thanks is the creator's only word for it: a disclosure no rule lists (the FTC names "Thank you",
// CAP "thanks to [brand]", the ES code "Gracias a" as unclear), so ambiguous everywhere. The scan finds
// the gift noun (signal-words.ts, needsThanks) and looks back from it for the thanks and the brand.
import type { Jurisdiction } from '../schemas/enums';
import { brandAt } from './brand-object';
import { JURISDICTION_RULES } from './jurisdictions';
import type { TermMeaning, VocabularyEntry } from './vocabulary';

const THANKS =
  '(?:^|[^\\p{L}\\p{N}_])(?:thank you|thank u|thanks|thx|ty|danke|merci|gracias|grazie|obrigad[oa]|dziękuję|dzięki|bedankt|dank je|takk|tack)(?:[ \\t]+(?:so much|very much|a lot|sm|again|mille|beaucoup|schön|muito|wel))?';
const FOR = "(?:for|für|pour|por|per|pelos|pelas|pelo|pela|za|voor)[ \\t]+(?:[\\p{L}\\p{M}'’]+[ \\t]+){0,3}$";
// "thank you (so much) (to) <brand> (so much)(,) for (up to three words)" right before the gift noun.
const THANKS_BEFORE = new RegExp(
  `${THANKS}(?:[ \\t]+(?:to|an|à|a|aan|til))?[ \\t]+(@?[\\p{L}\\p{N}_][\\p{L}\\p{N}_.&'’]*?)[ \\t,!]*(?:[ \\t]+(?:so much|sm))?[ \\t,!]*[ \\t]+${FOR}`,
  'diu',
);
// "thanks (so much)(,) for (up to three words)" before the gift noun, the brand after it.
const THANKS_ONLY = new RegExp(`${THANKS}[ \\t,!]*[ \\t]+${FOR}`, 'iu');
// After the gift noun, on its line: "(,) (from) @brand" ("the goodies, @sephora", "the box from @glossier").
const BRAND_AFTER = /[ \t]*[,!]*[ \t]*(?:(?:from|by|von|de|da|di|van|od)[ \t]+)?(?=@)/iuy;

const entries = new Map<string, VocabularyEntry>();

function entryIn(language: string): VocabularyEntry {
  let entry = entries.get(language);
  if (!entry) {
    const meaning: TermMeaning = { strength: 'ambiguous', language };
    entry = {
      key: 'thanks … for the gift',
      terms: new Map((Object.keys(JURISDICTION_RULES) as Jurisdiction[]).map((j) => [j, meaning])),
      signals: [
        { kind: 'gifted', language, needsCode: false, needsNumber: false, brand: null, needsThanks: false },
      ],
      covers: 'gift',
      language,
      phrase: true,
      acceptedBy: new Set(),
      needsBrand: false,
    };
    entries.set(language, entry);
  }
  return entry;
}

/**
 * The thanks to a brand for the gift noun at text[giftStart, giftEnd): where the term starts and ends
 * (the thanks, the gift, and a brand named after it), the brand, and its term.
 */
export function giftThanks(
  text: string,
  giftStart: number,
  giftEnd: number,
  language: string,
): { start: number; end: number; brand: string; entry: VocabularyEntry } | null {
  const from = Math.max(text.lastIndexOf('\n', giftStart - 1) + 1, giftStart - 120);
  const before = text.slice(from, giftStart);
  const startOf = (m: RegExpExecArray) => from + m.index + (/[\p{L}\p{N}_]/u.test(m[0][0]!) ? 0 : 1);
  const m = THANKS_BEFORE.exec(before);
  if (m) {
    const [brandFrom, brandTo] = m.indices![1]!;
    const found = brandAt(text, from + brandFrom);
    if (found && found.end === from + brandTo)
      return { start: startOf(m), end: giftEnd, brand: found.brand, entry: entryIn(language) };
  }
  const alone = THANKS_ONLY.exec(before);
  if (!alone) return null;
  BRAND_AFTER.lastIndex = giftEnd;
  const gap = BRAND_AFTER.exec(text);
  const found = gap && brandAt(text, giftEnd + gap[0].length);
  return found
    ? { start: startOf(alone), end: found.end, brand: found.brand, entry: entryIn(language) }
    : null;
}

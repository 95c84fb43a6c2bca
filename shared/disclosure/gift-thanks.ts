// A gift thanked for with the brand as its object: "Thank you @sephora for the goodies", "Danke @dm für
// das Paket", "Obrigada @boticario pelos mimos". The gift is a material connection (a free product), and
// the thanks is the creator's only word for it: a disclosure no rule lists (the FTC names "Thank you",
// CAP "thanks to [brand]", the ES code "Gracias a" as unclear), so ambiguous everywhere. The scan finds
// the gift noun (signal-words.ts, needsThanks) and looks back from it for the thanks and the brand.
import type { Jurisdiction } from '../schemas/enums';
import { brandAt } from './brand-object';
import { JURISDICTION_RULES } from './jurisdictions';
import type { TermMeaning, VocabularyEntry } from './vocabulary';

// "thank you (so much) (to) <brand> (so much)(,) for (up to three words)" right before the gift noun.
const THANKS_BEFORE =
  /(?:^|[^\p{L}\p{N}_])(?:thank you|thank u|thanks|thx|ty|danke|merci|gracias|grazie|obrigad[oa]|dziękuję|dzięki|bedankt|dank je|takk|tack)(?:[ \t]+(?:so much|very much|a lot|sm|again|mille|beaucoup|schön|muito|wel))?(?:[ \t]+(?:to|an|à|a|aan|til))?[ \t]+(@?[\p{L}\p{N}_][\p{L}\p{N}_.&'’]*?)[ \t,!]*(?:[ \t]+(?:so much|sm))?[ \t,!]*[ \t]+(?:for|für|pour|por|per|pelos|pelas|pelo|pela|za|voor)[ \t]+(?:[\p{L}\p{M}'’]+[ \t]+){0,3}$/diu;

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

/** The thanks to a brand before the gift noun at `giftStart`: where it starts, the brand, and its term. */
export function giftThanksBefore(
  text: string,
  giftStart: number,
  language: string,
): { start: number; brand: string; entry: VocabularyEntry } | null {
  const from = Math.max(text.lastIndexOf('\n', giftStart - 1) + 1, giftStart - 120);
  const m = THANKS_BEFORE.exec(text.slice(from, giftStart));
  if (!m) return null;
  const [brandFrom, brandTo] = m.indices![1]!;
  const found = brandAt(text, from + brandFrom);
  if (!found || found.end !== from + brandTo) return null;
  const start = from + m.index + (/[\p{L}\p{N}_]/u.test(m[0][0]!) ? 0 : 1);
  return { start, brand: found.brand, entry: entryIn(language) };
}

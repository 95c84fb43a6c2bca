// The language a creator posts in, for `languageHint`. The page's `<html lang>` is the interface
// language the viewer was served (every logged-out Instagram page says "en"), so the creator's own
// words come first: their captions and bio, when they tell a language clearly (else page-language.ts).
import { languageOf } from '../text/language';

/** The language of the creator's own text when it is clear, else the page's. */
export function languageHint(
  texts: readonly (string | null | undefined)[],
  pageLang: string | null,
): string | null {
  return languageOf(texts.filter((t) => !!t).join('\n')) ?? pageLang;
}

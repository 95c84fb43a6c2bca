// The language of the page's interface, the fallback for a creator's `languageHint`. Its own file
// so the adapters that read nothing else (YouTube, X, Twitch) leave the word lists of
// text/language.ts out of their content scripts.

/** The primary language of the page's interface (`<html lang="en-GB">` → "en"). */
export function pageLanguage(doc: Document): string | null {
  return doc.documentElement?.getAttribute('lang')?.split('-')[0]?.toLowerCase() || null;
}

import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/platforms/index';
import { pageLanguage } from '../../../shared/platforms/page-language';
import { OWN_PAGES, ownPage } from './own-pages';

const withLang = (lang: string | null) => {
  const doc = document.implementation.createHTMLDocument('');
  if (lang !== null) doc.documentElement.setAttribute('lang', lang);
  return doc;
};

describe('pageLanguage', () => {
  it.each([
    ['en-GB', 'en'],
    ['DE-at', 'de'],
    ['pt', 'pt'],
    ['', null],
    [null, null],
  ])('<html lang=%j> is %j', (lang, want) => {
    expect(pageLanguage(withLang(lang))).toBe(want);
  });
});

describe("every adapter reads the page's language the same way", () => {
  it.each(OWN_PAGES.map((p) => [p.file, p] as const))('%s', (_, page) => {
    const { doc, url } = ownPage(page.platform, page.kind);
    doc.documentElement.setAttribute('lang', 'DE-AT');
    const e = extractPage(doc, url);
    const hint = (e.kind === 'profile' ? e.profile : e.author).languageHint;
    // Our own pages are written in English: the words win where the adapter reads them, else the page's "de".
    expect(['de', 'en']).toContain(hint);
  });
});

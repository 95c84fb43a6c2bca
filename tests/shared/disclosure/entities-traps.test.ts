// The entity traps the disclosure checker relies on (shared/text/entities.ts, rewritten for speed).
import { describe, expect, it } from 'vitest';
import { findHashtags, findLinks, findMentions, hashtagsOf, mentionsOf } from '../../../shared/text/entities';

describe('entity traps', () => {
  it.each([
    ['amig@s, hola', []],
    ['mail hello@example.com now', []],
    ['see https://x.com/@user/status/1', []],
    ['(@brand) and @Brand.Name. and @_x', ['brand', 'Brand.Name', '_x']],
    ['@a@b', ['a']],
  ])('mentions in %j', (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it.each([
    ['#1950’s vibes', ['1950']],
    ['#adventure #adidas #ad', ['adventure', 'adidas', 'ad']],
    ['https://example.com/#ad and www.site.com/page#top', []],
    ['a#b &#x; /#c', []],
    ['#1 #12 #123', ['123']],
    ['＃werbung ##double #tag_1', ['werbung', 'double', 'tag_1']],
    ['#café #naïve', ['café', 'naïve']],
  ])('hashtags in %j', (text, expected) => {
    expect(hashtagsOf(text)).toEqual(expected);
  });

  it('gives UTF-16 positions including the sigil', () => {
    const text = '😀 #ad @glowco';
    const [tag] = findHashtags(text);
    const [mention] = findMentions(text);
    expect(text.slice(tag!.start, tag!.end)).toBe('#ad');
    expect(text.slice(mention!.start, mention!.end)).toBe('@glowco');
  });

  it('finds links with a scheme, www. and bare domains with a path, trimming trailing punctuation', () => {
    const text =
      'Go (amzn.to/3xYz) or https://bit.ly/abc. Also WWW.Shop.com/a?b=1, geni.us/cam! 10/10 and/or';
    expect(findLinks(text).map((l) => l.text)).toEqual([
      'amzn.to/3xYz',
      'https://bit.ly/abc',
      'WWW.Shop.com/a?b=1',
      'geni.us/cam',
    ]);
    for (const l of findLinks(text)) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
});

import { describe, expect, it } from 'vitest';
import { compileTerms, fold, termsIn, termsInTag } from '../../../shared/score/terms';

const found = (terms: string[], text: string) => termsIn(compileTerms(terms), text).map((i) => terms[i]);

describe('termsIn', () => {
  it.each([
    // [terms, text, expected]
    [['yoga'], 'Morning YOGA flow', ['yoga']],
    [['yoga'], 'yogalates is not yoga-adjacent', ['yoga']],
    [['yoga'], 'yogalates only', []],
    [['ad'], 'adventure time, read my headline', []],
    [['#ad'], '#adventure #adidas', []],
    [['#ad'], 'loved it #ad', ['#ad']],
    [['#ad'], 'this is an ad', []],
    [['ad'], 'this is an ad', ['ad']],
    [['café'], 'Best CAFE in town', ['café']],
    [['cafe'], 'Best café in town', ['cafe']],
    [['straße'], 'Auf der Strasse', ['straße']],
    [['plant based'], 'Plant-based bowls', ['plant based']],
    [['plant based'], 'plant_based', ['plant based']],
    [['plant based'], '#plantbased dinner', ['plant based']],
    [['plant based'], 'plant. Based', []],
    [['plant based', 'plant'], 'plant based', ['plant', 'plant based']],
    [['casino night', 'casino', 'night'], 'Casino night!', ['casino', 'casino night', 'night']],
    [['keyboard'], 'mechanical keyboards', ['keyboard']],
    [['keyboard'], 'keyboardist', []],
    [['yoga'], '𝐘𝐨𝐠𝐚 𝐭𝐞𝐚𝐜𝐡𝐞𝐫', ['yoga']],
    [['yoga'], 'yoga\u0301', ['yoga']],
    [['part {n}'], 'part 3 of the series', ['part {n}']],
    [['part {n}'], 'part of the plan', []],
    [['東京'], '東京でヨガ', ['東京']],
    [['йога'], 'Йога утром', ['йога']],
    [['gamble'], '', []],
    [['', '  ', '!!'], 'anything !!', []],
  ])('%j in %j', (terms, text, expected) => {
    expect(found(terms, text)).toEqual(expected);
  });

  it('reports each term once, in the order matches end', () => {
    expect(found(['a1', 'b2'], 'b2 a1 b2 a1')).toEqual(['b2', 'a1']);
  });

  it('keeps a Cyrillic letter distinct from its look-alike without the breve', () => {
    expect(found(['и'], 'й')).toEqual([]);
  });
});

describe('fold', () => {
  it.each([
    ['Café CRÈME', 'cafe creme'],
    ['Straße', 'strasse'],
    ['𝐘𝐨𝐠𝐚!', 'yoga'],
    ['  Ørsted  Æble ', 'orsted aeble'],
    ['🌿🌿', ''],
  ])('%j -> %j', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('termsInTag', () => {
  const terms = ['plant based', 'yoga', '#ad', 'keyboard', 'trail running'];
  const set = compileTerms(terms);
  it.each([
    ['plantbased', ['plant based']],
    ['#Yoga', ['yoga']],
    ['ad', ['#ad']],
    ['ads', []],
    ['keyboards', ['keyboard']],
    ['trail-running', ['trail running']],
    ['adventure', []],
    ['', []],
  ])('%j', (tag, expected) => {
    expect(termsInTag(set, tag).map((i) => terms[i])).toEqual(expected);
  });
});

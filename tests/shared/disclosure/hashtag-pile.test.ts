import { describe, expect, it } from 'vitest';
import { PILE_MIN_TAGS, trailingPile } from '../../../shared/disclosure/hashtag-pile';
import { findHashtags } from '../../../shared/text/entities';

const pileOf = (text: string) => trailingPile(text, findHashtags(text));

describe('trailingPile', () => {
  it('is the run of hashtags that ends the caption', () => {
    const tags = Array.from({ length: 30 }, (_, i) => `#tag${i}`).join(' ');
    const text = `Loving it! ${tags} #ad`;
    expect(pileOf(text)).toMatchObject({ count: 31, start: text.indexOf('#tag0'), end: text.length });
  });
  it('tolerates separators, emoji and mentions between tags', () => {
    expect(pileOf('Hi #a • #b | #c 🌊 #d @brand #e\n')?.count).toBe(5);
  });
  it(`needs at least ${PILE_MIN_TAGS} tags`, () => {
    expect(pileOf('Hi #a #b #c #d')).toBeNull();
  });
  it('is not a pile when words follow the tags', () => {
    expect(pileOf('#a #b #c #d #e #f then some words')).toBeNull();
  });
  it('stops at the first word going backwards', () => {
    expect(pileOf('#x #y words #a #b #c #d #e')).toMatchObject({ first: 2, count: 5 });
  });
});

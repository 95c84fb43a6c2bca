import { describe, expect, it } from 'vitest';
import { giftThanks } from '../../../shared/disclosure/gift-thanks';

/** The thanks for the gift noun `gift` in `caption`: the thanks as written (up to the gift) and the brand. */
function thanks(caption: string, gift: string) {
  const at = caption.indexOf(gift);
  const found = giftThanks(caption, at, at + gift.length, 'en');
  return found && [caption.slice(found.start, at).trim(), found.brand];
}

describe('a gift thanked for with the brand as its object', () => {
  it.each([
    ['Thank you @sephora for the goodies!!', 'goodies', 'Thank you @sephora for the', 'sephora'],
    [
      'Huge thank you to @oliveyoung_global for the gift box',
      'gift box',
      'thank you to @oliveyoung_global for the',
      'oliveyoung_global',
    ],
    [
      'Thank you so much @allbirds for the new kit',
      'kit',
      'Thank you so much @allbirds for the new',
      'allbirds',
    ],
    ['thanks @rarebeauty, for the PR box', 'PR box', 'thanks @rarebeauty, for the', 'rarebeauty'],
    [
      'Danke @dm_deutschland für das tolle Paket',
      'Paket',
      'Danke @dm_deutschland für das tolle',
      'dm_deutschland',
    ],
    ['Obrigada @boticario pelos mimos', 'mimos', 'Obrigada @boticario pelos', 'boticario'],
    ['Dziękuję @rossmannpl za paczkę', 'paczkę', 'Dziękuję @rossmannpl za', 'rossmannpl'],
    ['Thank you GoPro for the package!!', 'package', 'Thank you GoPro for the', 'GoPro'],
  ])('"%s"', (caption, gift, said, brand) => expect(thanks(caption, gift)).toEqual([said, brand]));

  it.each([
    ['Thank you @mom for the goodies', 'goodies'],
    ['thank you to my sister @jess.m for the goodies', 'goodies'],
    ['Thank you grandma for the package of cookies', 'package'],
    ['Thank you Sarah for the goodies', 'goodies'],
    ['Thank you @mom for the goodies 🥹 best care package ever', 'care package'],
    ['Thanks for watching! New kit review on Friday', 'kit'],
    ['Thank you @brand\nfor the goodies', 'goodies'],
  ])('"%s" thanks no brand for a gift', (caption, gift) => expect(thanks(caption, gift)).toBeNull());

  it.each([
    ['Thanks for the goodies, @sephora 💕', 'goodies', 'Thanks for the', 'sephora', '@sephora'],
    [
      'thank you so much for the PR box from @glossier!',
      'PR box',
      'thank you so much for the',
      'glossier',
      '@glossier',
    ],
    ['Merci pour le colis @sephorafrance', 'colis', 'Merci pour le', 'sephorafrance', '@sephorafrance'],
  ])('"%s": the brand named after the gift', (caption, gift, said, brand, last) => {
    expect(thanks(caption, gift)).toEqual([said, brand]);
    const at = caption.indexOf(gift);
    expect(caption.slice(0, giftThanks(caption, at, at + gift.length, 'en')!.end).endsWith(last)).toBe(true);
  });

  it.each([
    ['Thanks for the goodies, @mom', 'goodies'],
    ['Thanks for the goodies, Sarah', 'goodies'],
    ['Thanks for the goodies 🥹 so happy', 'goodies'],
    ['Thanks for watching! New kit from @gopro soon', 'kit'],
  ])('"%s" names no brand after the gift', (caption, gift) => expect(thanks(caption, gift)).toBeNull());
});

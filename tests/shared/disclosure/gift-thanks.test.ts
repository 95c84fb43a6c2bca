import { describe, expect, it } from 'vitest';
import { giftThanksBefore } from '../../../shared/disclosure/gift-thanks';

/** The thanks before the gift noun `gift` in `caption`: the thanks as written and the brand. */
function thanks(caption: string, gift: string) {
  const found = giftThanksBefore(caption, caption.indexOf(gift), 'en');
  return found && [caption.slice(found.start, caption.indexOf(gift)).trim(), found.brand];
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
});

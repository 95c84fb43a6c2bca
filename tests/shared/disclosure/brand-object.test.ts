import { describe, expect, it } from 'vitest';
import { brandAfter, brandBefore, brandOnLine } from '../../../shared/disclosure/brand-object';

/** The brand named after (or before) `word` in `caption`. */
const objectOf = (caption: string, word: string) => brandAfter(caption, caption.indexOf(word) + word.length);
const namedBefore = (caption: string, word: string) => brandBefore(caption, caption.indexOf(word));

describe('the brand a partnership word, a role or a thanks is about', () => {
  it.each([
    ['Samenwerking met @hema 🛍️', 'Samenwerking', 'hema'],
    ['Collab x @lululemon', 'Collab', 'lululemon'],
    ['Collab w/ @lululemon', 'Collab', 'lululemon'],
    ['Ambasadorka marki @rossmannpl', 'Ambasadorka', 'rossmannpl'],
    ['Embajadora de @mango esta temporada', 'Embajadora', 'mango'],
    ['Samenwerking met HEMA 🛍️ mijn favoriete spulletjes', 'Samenwerking', 'HEMA'],
    ['Partnership: @visitscotland', 'Partnership', 'visitscotland'],
  ])('"%s": the object of "%s" is %s', (caption, word, brand) => expect(objectOf(caption, word)).toBe(brand));

  it.each([
    ['Collab with my sister on this cover song', 'Collab'],
    ['Collab with my sister @lily.sings on this cover', 'Collab'],
    ['Kooperation mit meiner Schwester', 'Kooperation'],
    ['Collab with Anna on this cover', 'Collab'],
    ['Collab with ME! send me your duets', 'Collab'],
    ['Colaboración con mi hermana', 'Colaboración'],
    ['Thank you @mom for the goodies', 'Thank you'],
    ['COLLAB WITH MY SISTER', 'COLLAB'],
  ])('"%s": "%s" names no brand', (caption, word) => expect(objectOf(caption, word)).toBeNull());

  it('reads a brand just before a role, written as a handle or as brands write their names', () => {
    expect(namedBefore('Proud @gymshark ambassador', 'ambassador')).toBe('gymshark');
    expect(namedBefore('GoPro ambassador since 2019', 'ambassador')).toBe('GoPro');
    expect(namedBefore('Student ambassador at my uni', 'ambassador')).toBeNull();
    expect(namedBefore('Proud ambassador', 'ambassador')).toBeNull();
  });

  it("finds a brand's handle on the role's line, never a person's or another line's", () => {
    const on = (caption: string) => brandOnLine(caption, 0, 10);
    expect(on('Ambassador life 💪 new drop from @myprotein just landed')).toBe('myprotein');
    expect(on('Ambassador of kindness 💛 thanks @mom for raising me right')).toBeNull();
    expect(on('Ambassador life with my bestie @jane.doe')).toBeNull();
    expect(on('Ambassador life 🙌\nphoto by @studio.x')).toBeNull();
    expect(on('Ambassador life, mail me at jo@example.com')).toBeNull();
  });
});

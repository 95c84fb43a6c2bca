import { describe, expect, it } from 'vitest';
import { languageHint } from '../../../shared/platforms/language-hint';

describe('languageHint', () => {
  it("takes the creator's own words when they tell a language clearly, else the page's", () => {
    const words = 'Hola a todos, hoy os enseño cómo hago mis tazas de cerámica en el taller con mis manos.';
    expect(languageHint([words], 'en')).toBe('es');
    expect(languageHint([null, ''], 'en')).toBe('en');
  });
});

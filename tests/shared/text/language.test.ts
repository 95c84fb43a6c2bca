import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../shared/text/language';

describe('languageOf: the language of a caption or bio, when its words tell', () => {
  it.each([
    [
      'Llega el final....🔥🔥 Volumen 1 -3 de Septiembre Volumen 2 -3 de Diciembre @netflixes Vamos!!!!',
      'es',
    ],
    ['Una de mis nuevas sudaderas top!! Per ardua ad astra 🚀🚀🚀', 'es'],
    ['La nueva locurilla de fin de año: me he puesto un uniforme de trabajo', 'es'],
    ['This cool neon sign was located at the intersection of South Murphy and El Camino Real', 'en'],
    ['Heute war ich mit meinem Hund im Wald und es war schön, danke an alle', 'de'],
    ['Aujourd’hui je vous montre mon atelier, merci pour tout et à très vite', 'fr'],
    ['Hoje eu fui à praia com a minha família e foi muito bom, obrigada', 'pt'],
    ['Oggi sono andata al mare con la mia famiglia, grazie a tutti per il supporto', 'it'],
    ['Vandaag ben ik met mijn hond naar het bos geweest en het was leuk', 'nl'],
  ])('%s → %s', (text, lang) => {
    expect(languageOf(text)).toBe(lang);
  });

  it('gives null for text that names no language: emoji, tags, names, too few words', () => {
    for (const text of [
      '🔥🔥🔥',
      '#ad @claybrand #el #de #la',
      'Timing, saludos desde Almería',
      'Model 3',
      '',
      null,
    ])
      expect(languageOf(text)).toBeNull();
  });

  it('gives null when two languages explain the words equally well', () => {
    expect(languageOf('de la de la')).toBeNull();
  });
});

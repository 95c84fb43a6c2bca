import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAll, findKey, type Json } from '../../../shared/platforms/json-path';

/** What findAll promises, written the plain recursive way: every value under `key`, in document order. */
function everyValueUnder(value: Json, key: string): Json[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => everyValueUnder(v, key));
  const o = value as Record<string, Json>;
  return [...(key in o ? [o[key]] : []), ...Object.values(o).flatMap((v) => everyValueUnder(v, key))];
}

// Keys drawn from a small set, so the searched key occurs (often more than once, and nested in itself).
const KEYS = ['user', 'id', 'items', 'a'];
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, 1, 'x', true),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('findAll and findKey (property)', () => {
  it('findAll lists every value under the key in document order', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(...KEYS), (value, key) => {
        expect(findAll(value, key)).toEqual(everyValueUnder(value, key));
      }),
    );
  });

  it('findKey is the first of them, under any node limit', () => {
    fc.assert(
      fc.property(json, fc.constantFrom(...KEYS), fc.integer({ min: 0, max: 40 }), (value, key, limit) => {
        expect(findKey(value, key, limit)).toEqual(findAll(value, key, limit)[0]);
        expect(findKey(value, key)).toEqual(everyValueUnder(value, key)[0]);
      }),
    );
  });

  it('stops after `limit` nodes', () => {
    const deep = { a: { a: { a: { user: 1 } } } };
    expect(findKey(deep, 'user')).toBe(1);
    expect(findKey(deep, 'user', 3)).toBeUndefined();
    expect(findAll(deep, 'a', 2)).toEqual([deep.a, deep.a.a]);
  });
});

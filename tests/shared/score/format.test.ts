import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compact, count, fixed, pct, plural } from '../../../shared/score/format';

describe('format', () => {
  it.each([
    [0.023084, '2.31%'],
    [0.015, '1.5%'],
    [0.156, '15.6%'],
    [1.5, '150%'],
    [0, '0%'],
  ])('pct(%s) = %s', (x, s) => expect(pct(x)).toBe(s));

  it.each([
    [999, '999'],
    [1_234_567, '1,234,567'],
    [12.6, '13'],
  ])('count(%s) = %s', (x, s) => expect(count(x)).toBe(s));

  it.each([
    [950, '950'],
    [5_000, '5K'],
    [68_400, '68.4K'],
    [4_690_000, '4.69M'],
    [2_000_000_000, '2B'],
  ])('compact(%s) = %s', (x, s) => expect(compact(x)).toBe(s));

  it('fixed and plural', () => {
    expect(fixed(3.04, 1)).toBe('3');
    expect(fixed(2.456, 2)).toBe('2.46');
    expect(plural(1, 'post')).toBe('1 post');
    expect(plural(12, 'post')).toBe('12 posts');
  });
});

describe('the decimal writer against String() (property)', () => {
  it('fixed(x, digits) prints what String() prints for the same rounded number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 1e13, noNaN: true }),
          fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1000),
        ),
        fc.constantFrom(0, 1, 2),
        (x, digits) => {
          const scale = 10 ** digits;
          expect(fixed(x, digits)).toBe(String(Math.round(x * scale) / scale));
        },
      ),
      { numRuns: 50_000 },
    );
  });

  it('pct(fraction) prints what String() prints', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 50, noNaN: true }), (fraction) => {
        const p = fraction * 100;
        const scale = p >= 100 ? 1 : p >= 10 ? 10 : 100;
        expect(pct(fraction)).toBe(`${String(Math.round(p * scale) / scale)}%`);
      }),
      { numRuns: 50_000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime } from '../../../shared/score/iso-time';

describe('isoTime', () => {
  it.each([
    '2025-11-20T09:00:00Z',
    '2025-11-20T09:00:00.5Z',
    '2025-11-20T09:00:00.123Z',
    '2024-02-29T23:59:59Z',
    '2025-11-20',
    '2025-11-20T09:00:00+02:00',
    'Thu, 20 Nov 2025 09:00:00 GMT',
  ])('%s reads as Date.parse reads it', (text) => {
    expect(isoTime(text)).toBe(Date.parse(text));
  });

  it.each(['yesterday', '', '2025-13-01', '2025-11-20T25:00:00Z', '2025-00-10'])(
    '%j is not a date',
    (text) => {
      expect(isoTime(text)).toBeNaN();
    },
  );
});

describe('isoTime against Date.parse (property)', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  // The shapes read by hand, with every field allowed to go out of range so rejections are compared too.
  const shaped = fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hours: fc.integer({ min: 0, max: 24 }),
      minutes: fc.integer({ min: 0, max: 60 }),
      seconds: fc.integer({ min: 0, max: 60 }),
      fraction: fc.option(fc.stringMatching(/^\d{1,3}$/)),
      dateOnly: fc.boolean(),
    })
    .map((p) => {
      const date = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
      if (p.dateOnly) return date;
      const time = `${pad(p.hours, 2)}:${pad(p.minutes, 2)}:${pad(p.seconds, 2)}`;
      return `${date}T${time}${p.fraction === null ? '' : `.${p.fraction}`}Z`;
    });

  it('reads every hand-read shape exactly as Date.parse does', () => {
    fc.assert(
      fc.property(shaped, (text) => {
        expect(Object.is(isoTime(text), Date.parse(text)), text).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with Date.parse on any other text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 26 }), (text) => {
        expect(Object.is(isoTime(text), Date.parse(text)), text).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
});

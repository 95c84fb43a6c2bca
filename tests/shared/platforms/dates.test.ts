import { describe, expect, it } from 'vitest';
import { dateFromText, relativeDate } from '../../../shared/platforms/dates';

const CAPTURED = '2026-05-21T10:00:00.000Z';

describe('printed dates', () => {
  it.each([
    ['24 Aug 2019', '2019-08-24'],
    ['May 29, 2021', '2021-05-29'],
    ['14 abr 2017', '2017-04-14'],
    ['2019-08-24', '2019-08-24'],
  ])('%s', (text, want) => expect(dateFromText(text)).toBe(want));
});

describe('relative dates, counted back from the capture time', () => {
  it.each([
    // as YouTube prints them on channel grids (real captures in ../shared)
    ['13 days ago', '2026-05-08'],
    ['2 weeks ago', '2026-05-07'],
    ['1 month ago', '2026-04-21'],
    ['6 months ago', '2025-11-22'],
    ['3 years ago', '2023-05-22'],
    ['Streamed 2 days ago', '2026-05-19'],
    ['5 hours ago', '2026-05-21'],
    ['11 hours ago', '2026-05-20'],
    ['vor 30 Minuten', '2026-05-21'],
    ['yesterday', '2026-05-20'],
    ['hace 2 días', '2026-05-19'],
    ['hace 2 semanas', '2026-05-07'],
    ['hace 1 año', '2025-05-21'],
    ['Emitido hace 3 meses', '2026-02-20'],
    ['há 3 dias', '2026-05-18'],
    ['há 1 mês', '2026-04-21'],
    ['il y a 3 jours', '2026-05-18'],
    ['il y a 1 an', '2025-05-21'],
    ['vor 3 Tagen', '2026-05-18'],
    ['vor 1 Jahr', '2025-05-21'],
    ['vor 2 Wochen', '2026-05-07'],
    ['2 giorni fa', '2026-05-19'],
    ['3 settimane fa', '2026-04-30'],
    ['1 anno fa', '2025-05-21'],
    ['hace 2\u00a0días', '2026-05-19'],
  ])('%s', (text, want) => expect(relativeDate(text, CAPTURED)).toBe(want));

  it.each(['28 views', 'in 3 days', 'Scheduled for 5/1/26', 'Premieres in 2 hours', '2 weeks', ''])(
    '%s is no age',
    (text) => expect(relativeDate(text, CAPTURED)).toBeNull(),
  );

  it('needs a readable capture time', () => {
    expect(relativeDate('2 days ago', 'not a date')).toBeNull();
  });
});

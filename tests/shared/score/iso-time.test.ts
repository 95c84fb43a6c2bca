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

import { expect, it } from 'vitest';
import { sparklinePath } from '../../../shared/roster/sparkline';

it('draws growth left to right, higher values nearer the top', () => {
  expect(
    sparklinePath(
      [
        { at: '2025-01-01T00:00:00Z', value: 100 },
        { at: '2025-01-03T00:00:00Z', value: 300 },
        { at: '2025-01-02T00:00:00Z', value: 200 },
      ],
      100,
      20,
    ),
  ).toBe('M0.0 20.0 L100.0 0.0 L50.0 10.0');
});

it('draws a flat line mid-height and nothing for a single visit', () => {
  expect(
    sparklinePath(
      [
        { at: '2025-01-01T00:00:00Z', value: 5 },
        { at: '2025-01-02T00:00:00Z', value: 5 },
      ],
      10,
      8,
    ),
  ).toBe('M0.0 4.0 L10.0 4.0');
  expect(sparklinePath([{ at: '2025-01-01T00:00:00Z', value: 5 }], 10, 8)).toBeNull();
});

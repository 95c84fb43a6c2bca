import { describe, expect, it } from 'vitest';
import { activeIn, communityDashboard, quarterOf } from '../../../shared/roster/dashboard';
import { row } from './rows';

const now = new Date('2025-11-15T12:00:00Z');

describe('quarters', () => {
  it('knows the current and previous quarter across a year boundary', () => {
    expect(quarterOf(now).label).toBe('2025 Q4');
    expect(quarterOf(now, -1)).toMatchObject({ label: '2025 Q3', start: '2025-07-01T00:00:00.000Z' });
    expect(quarterOf(new Date('2025-02-01T00:00:00Z'), -1).label).toBe('2024 Q4');
  });
  it('counts a creator active in a quarter from status history or a collaboration', () => {
    const q3 = quarterOf(now, -1);
    const history = [
      { status: 'prospect' as const, at: '2025-01-01T00:00:00Z' },
      { status: 'active' as const, at: '2025-05-01T00:00:00Z' },
      { status: 'alumni' as const, at: '2025-07-10T00:00:00Z' },
    ];
    expect(activeIn(row({ handle: 'a', history }), q3)).toBe(true);
    expect(activeIn(row({ handle: 'b', history }), quarterOf(now))).toBe(false);
    expect(activeIn(row({ handle: 'c', collaborations: ['2025-08-02'] }), q3)).toBe(true);
  });
});

describe('communityDashboard', () => {
  it('computes every figure from a small community', () => {
    const activeSince = (at: string) => [
      { status: 'prospect' as const, at: '2025-01-01T00:00:00Z' },
      { status: 'active' as const, at },
    ];
    const rows = [
      // Active since Q2: active in Q3 and Q4 (retained), two collaborations, clean disclosure.
      row({
        handle: 'a',
        score: 80,
        history: activeSince('2025-04-01T00:00:00Z'),
        collaborations: ['2025-05-01', '2025-09-01'],
        verdicts: ['disclosed'],
      }),
      // Active since Q4 only: not retained, one collaboration, a missing disclosure.
      row({
        handle: 'b',
        platform: 'tiktok',
        score: 60,
        history: activeSince('2025-10-02T00:00:00Z'),
        collaborations: ['2025-10-05'],
        verdicts: ['missing', 'disclosed'],
      }),
      // Active in Q3, then alumni: counted in the previous quarter, not retained.
      row({
        handle: 'c',
        score: 70,
        history: [
          { status: 'active', at: '2025-07-01T00:00:00Z' },
          { status: 'alumni', at: '2025-09-01T00:00:00Z' },
        ],
      }),
      row({ handle: 'd', score: 99, status: 'prospect', verdicts: ['not_needed'] }),
      row({ handle: 'e', score: null, history: activeSince('2025-06-01T00:00:00Z') }),
    ];
    const d = communityDashboard(rows, now);
    expect(d.total).toBe(5);
    expect(d.active).toBe(3);
    expect(d.retained).toBe(2); // a and e
    expect(d.retention).toBeCloseTo(2 / 3); // a, c, e active in Q3
    expect(d.repeatCollaboration).toBe(0.5);
    expect(d.platformMix).toEqual({ instagram: 2, tiktok: 1 });
    expect(d.formatMix).toEqual({ carousel: 3 });
    expect(d.medianFit).toBe(70);
    expect(d.disclosureChecked).toBe(2);
    expect(d.disclosureCompliance).toBe(0.5);
  });
  it('says null, not zero, when there is nothing to measure', () => {
    const d = communityDashboard([], now);
    expect(d).toMatchObject({
      total: 0,
      retention: null,
      repeatCollaboration: null,
      medianFit: null,
      disclosureCompliance: null,
    });
  });
});

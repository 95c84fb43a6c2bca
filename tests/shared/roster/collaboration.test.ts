import { describe, expect, it } from 'vitest';
import { addMonths, CollaborationSchema, upgradeCollaboration } from '../../../shared/roster/collaboration';
import { BackupSchema } from '../../../shared/roster/records';
import { V2_COLLABORATION } from './collaborations';

describe('upgradeCollaboration (v2 → v3)', () => {
  it('keeps every v2 figure in its new place and is valid', () => {
    const c = upgradeCollaboration(V2_COLLABORATION);
    expect(CollaborationSchema.parse(c)).toEqual(c);
    expect(c.compensation).toEqual({
      currency: 'EUR',
      fee: 500,
      productValue: null,
      revenueSharePct: null,
      affiliateCommissionPct: null,
    });
    expect(c.deliverables.map((d) => [d.description, d.platform, d.status])).toEqual([
      ['1 video', 'tiktok', 'posted'],
      ['2 stories', 'tiktok', 'posted'],
    ]);
    expect(c.usageRights).toMatchObject({ scope: 'organic repost', start: '2025-01-31', end: '2025-02-28' });
    expect(c.results).toEqual({
      views: 12_000,
      clicks: 300,
      signups: 9,
      revenue: null,
      summary: 'Good saves',
    });
    expect(upgradeCollaboration(c)).toBe(c);
  });

  it('adds months clamped to the month end', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-06-15', 12)).toBe('2026-06-15');
  });

  it('a version 2 backup with old collaborations still restores, upgraded', () => {
    const backup = BackupSchema.parse({
      format: 'troupe-roster-backup',
      version: 2,
      exportedAt: '2025-11-01T00:00:00Z',
      activeBriefId: null,
      creators: [],
      snapshots: [],
      briefs: [{ id: 'b1', name: 'Old brief' }],
      notes: [],
      collaborations: [V2_COLLABORATION],
      segments: [],
    });
    expect(backup.collaborations[0]!.results.signups).toBe(9);
    expect(backup.briefs[0]).toMatchObject({ purpose: 'hybrid', weights: { roleFit: 0 } });
  });
});

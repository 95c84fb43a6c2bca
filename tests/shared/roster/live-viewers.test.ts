import { describe, expect, it } from 'vitest';
import { liveViewersSeen, liveViewersText } from '../../../shared/roster/live-viewers';
import { visitSnapshot } from './creators';

const visit = (capturedAt: string, liveViewers?: number) =>
  visitSnapshot('twitch:lenamakes', capturedAt, liveViewers);

describe('liveViewersSeen', () => {
  it('is the median of the visits that found the stream live; offline visits are left out, not zero', () => {
    const seen = liveViewersSeen([
      visit('2026-05-01', 1204),
      visit('2026-05-08'),
      visit('2026-05-15', 980),
      visit('2026-05-22', 15_000),
    ]);
    expect(seen).toEqual({ median: 1204, liveVisits: 3, visits: 4 });
    expect(liveViewersText(seen!)).toBe('Median 1,204 viewers seen live, over 3 of 4 visits');
  });

  it('averages the middle two of an even count, and says when every visit was live', () => {
    const seen = liveViewersSeen([visit('2026-05-01', 1000), visit('2026-05-08', 1200)]);
    expect(seen).toEqual({ median: 1100, liveVisits: 2, visits: 2 });
    expect(liveViewersText(seen!)).toBe('Median 1,100 viewers seen live, over 2 visits');
  });

  it('is null when no visit found the channel live (and for snapshots saved before it was kept)', () => {
    expect(liveViewersSeen([visit('2026-05-01'), visit('2026-05-08')])).toBeNull();
    expect(liveViewersSeen([])).toBeNull();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { Detail } from '../../../entrypoints/roster/Detail';
import type { RosterDetail } from '../../../shared/messages';
import { mergeSave, withStatus } from '../../../shared/roster/merge';
import type { Status } from '../../../shared/schemas/enums';
import { profile, visitSnapshot } from '../../shared/roster/creators';
import { mount, settle, typeInto } from '../../support/scratch';
import { type FakeBackground, fakeBackground } from '../support/fake-background';

let scratch: HTMLElement;
let background: FakeBackground;
let changes: number;
let detail: RosterDetail;

beforeEach(async () => {
  const entry = mergeSave(
    undefined,
    { profile: profile({ handle: 'trail_ana' }), fit: null },
    '2025-11-01T00:00:00Z',
  );
  detail = { entry, snapshots: [], notes: [], collaborations: [] };
  background = fakeBackground({
    'roster.detail': () => detail,
    'roster.setStatus': ({ status }: { status: Status }) => {
      detail = { ...detail, entry: withStatus(detail.entry, status, '2025-11-02T00:00:00Z') };
      return { changed: 1 };
    },
    'brief.list': () => ({ briefs: [], activeId: null }),
  });
  changes = 0;
  scratch = await mount(<Detail keyOf={entry.key} onClose={() => {}} onChanged={() => changes++} />);
});

describe('Detail', () => {
  it('sets the status picked for this creator, then shows it and its history', async () => {
    const status = scratch.querySelector('select') as HTMLSelectElement;
    expect(status.value).toBe('prospect');
    typeInto(status, 'active');
    await settle();
    await settle();
    expect(background.inputsOf('roster.setStatus')).toEqual([
      { keys: ['instagram:trail_ana'], status: 'active' },
    ]);
    expect(background.inputsOf('roster.detail')).toHaveLength(2);
    expect(changes).toBe(1);
    expect((scratch.querySelector('select') as HTMLSelectElement).value).toBe('active');
    expect(scratch.textContent).toContain('History: prospect (2025-11-01) → active (2025-11-02)');
  });

  it('shows the median of the viewers seen live and each visit, once a visit found the channel live', async () => {
    expect(scratch.querySelector('[data-testid=live-viewers]')).toBeNull();
    const snap = (capturedAt: string, liveViewers?: number) =>
      visitSnapshot(detail.entry.key, capturedAt, liveViewers);
    detail = {
      ...detail,
      snapshots: [
        snap('2026-05-01T10:00:00Z', 1204),
        snap('2026-05-08T10:00:00Z'),
        snap('2026-05-15T10:00:00Z', 980),
      ],
    };
    scratch = await mount(<Detail keyOf={detail.entry.key} onClose={() => {}} onChanged={() => {}} />);
    await settle();
    expect(scratch.querySelector('[data-testid=live-viewers]')?.textContent).toContain(
      'Median 1,092 viewers seen live, over 2 of 3 visits',
    );
    expect(scratch.querySelector('[data-testid=live-viewers-history]')?.textContent).toBe(
      '2026-05-01: 1,204 watching · 2026-05-08: not live · 2026-05-15: 980 watching',
    );
  });

  it('lists the last 12 visits one by one while the median counts every one', async () => {
    const snapshots = [...Array(14)].map((_, i) =>
      visitSnapshot(detail.entry.key, `2026-05-${String(i + 1).padStart(2, '0')}T10:00:00Z`, 1000 + i),
    );
    detail = { ...detail, snapshots };
    scratch = await mount(<Detail keyOf={detail.entry.key} onClose={() => {}} onChanged={() => {}} />);
    await settle();
    const history = scratch.querySelector('[data-testid=live-viewers-history]')?.textContent ?? '';
    expect(history.startsWith('Last 12 visits: 2026-05-03: 1,002 watching')).toBe(true);
    expect(history.split(' · ')).toHaveLength(12);
    expect(scratch.querySelector('[data-testid=live-viewers]')?.textContent).toContain(
      'Median 1,007 viewers seen live, over 14 visits',
    );
  });
});

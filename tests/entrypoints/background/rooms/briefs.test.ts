import { beforeEach, describe, expect, it } from 'vitest';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import { scoring } from '../../../../entrypoints/background/scoring';
import type { RosterApi } from '../../../../shared/messages';
import { freshRosterDbs } from '../support/fresh-roster-db';

const freshDb = freshRosterDbs('briefs-room-test');
let roster: RosterApi;
let changes: number;

beforeEach(async () => {
  changes = 0;
  roster = createRosterService({ db: await freshDb(), scoring, onActiveBriefChange: () => changes++ });
});
describe('the active brief changing (issue 11, item 12: open cards rescore)', () => {
  it('is announced when a brief becomes active, the active one is edited, or it is removed', async () => {
    const starter = await roster['brief.createStarter']({});
    expect(changes).toBe(1);
    await roster['brief.save']({ brief: { ...starter, jurisdictions: ['US', 'DE'] } });
    expect(changes).toBe(2);
    const other = await roster['brief.save']({ brief: { ...starter, id: 'other', name: 'Other' } });
    expect(changes).toBe(2); // saved, not active: open cards keep their score
    await roster['brief.setActive']({ id: other.id });
    expect(changes).toBe(3);
    await roster['brief.remove']({ id: other.id });
    expect(changes).toBe(4);
  });
});

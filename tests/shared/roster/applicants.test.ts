import { describe, expect, it } from 'vitest';
import { parseApplicants } from '../../../shared/roster/applicants';
import { RosterImportError } from '../../../shared/roster/import';
import type { ApplicationHandle } from '../../../shared/schemas/application';
import { sampleApplication } from '../../widget/receiver/support/application';

const line = (id: string, handles: ApplicationHandle[]) =>
  JSON.stringify({
    id,
    cursor: `1-${id}`,
    receivedAt: '2026-03-01T10:00:00.000Z',
    briefId: null,
    score: null,
    claimedScore: null,
    fits: [],
    application: sampleApplication({ handles }),
  });
const handle = (platform: ApplicationHandle['platform'], h: string): ApplicationHandle => ({
  platform,
  handle: h,
  followers: 1200,
  typicalViews: null,
});

describe('parseApplicants and the platforms’ handle rules', () => {
  it('never turns a handle the platform cannot have into a roster entry, and imports the rest', () => {
    const text = [
      // A Cyrillic "а" in an Instagram handle, beside a real YouTube handle.
      line('1', [handle('instagram', '\u0430na.trails'), handle('youtube', 'anatrails')]),
      // Nothing possible left: the application adds nobody.
      line('2', [handle('x', 'ana.trails'), handle('tiktok', 'ana.')]),
      line('3', [handle('tiktok', 'rui.runs')]),
    ].join('\n');
    const keys = parseApplicants(text).map((a) => `${a.profile.platform}:${a.profile.handle}`);
    expect(keys).toEqual(['youtube:anatrails', 'tiktok:rui.runs']);
  });

  it('still refuses a file with other problems, naming the line', () => {
    const bad = line('4', [handle('instagram', 'ok.handle')]).replace(
      '"country":"PT"',
      '"country":"Portugal"',
    );
    expect(() => parseApplicants(bad)).toThrow(RosterImportError);
    expect(() => parseApplicants(bad)).toThrow(/line 1/);
  });
});

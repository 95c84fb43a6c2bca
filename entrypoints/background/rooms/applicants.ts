// 'applicants.*': applications from the receiver into the roster as `applied`, scored against the
// active brief (claims count as low confidence until the real profile is seen).
import type { ImportResult } from '../../../shared/messages';
import { parseApplicants } from '../../../shared/roster/applicants';
import { mergeApplicant } from '../../../shared/roster/merge';
import { creatorKey } from '../../../shared/schemas/profile';
import { RosterInputError } from '../input';
import { snapshotOf, stageCreator } from './creator-writes';
import { importEach } from './import-loop';
import type { Methods, Room } from './room';

const MAX_APPLICANT_PAGES = 100;

export function applicantsRoom(room: Room): Methods<'applicants'> {
  const { db, scoring, now, activeBrief, settings, options } = room;

  async function importApplicants(text: string): Promise<ImportResult> {
    const applicants = parseApplicants(text);
    const brief = await activeBrief();
    const at = now();
    return importEach(room, applicants, async (read, { profile, applicant }, stage) => {
      const existing = await read.objectStore('creators').get(creatorKey(profile));
      // Score the claims against the active brief; an observed profile already in the roster keeps its fit.
      const fit = brief ? scoring.fitScore(profile, brief) : null;
      const record = mergeApplicant(existing, profile, fit, applicant, at);
      if (!existing) stage.put('snapshots', snapshotOf(record, at));
      await stageCreator(read, stage, record);
      return existing ? 'updated' : 'added';
    });
  }

  return {
    'applicants.import': ({ text }) => importApplicants(text),
    'applicants.fetch': async () => {
      const current = await settings();
      if (!current.receiverUrl) throw new RosterInputError('Set the receiver URL in the options first');
      const base = current.receiverUrl.endsWith('/') ? current.receiverUrl : `${current.receiverUrl}/`;
      const total: ImportResult = { added: 0, updated: 0, other: 0 };
      let cursor = current.applicantCursor;
      // The receiver pages its export (Troupe-More: true while more remain); the cap keeps one click
      // bounded, and the saved cursor lets the next click carry on where this one stopped.
      for (let page = 0; page < MAX_APPLICANT_PAGES; page++) {
        const url = new URL('applications', base);
        if (cursor) url.searchParams.set('since', cursor);
        const response = await (options.fetch ?? fetch)(url, {
          headers: { authorization: `Bearer ${current.receiverToken}`, accept: 'application/x-ndjson' },
        });
        if (!response.ok)
          throw new RosterInputError(
            `The receiver answered ${response.status} ${response.statusText} for ${url}`,
          );
        const text = await response.text();
        const result = await importApplicants(text);
        total.added += result.added;
        total.updated += result.updated;
        total.other += result.other;
        const next = response.headers.get('troupe-cursor') ?? lastCursor(text);
        if (next) {
          cursor = next;
          await db.put('meta', { ...(await settings()), applicantCursor: cursor }, 'settings');
        }
        if (response.headers.get('troupe-more') !== 'true' || !next) break;
      }
      return total;
    },
  };
}

/** The since-cursor to ask for next: the last line's cursor (or id) when the receiver sends no header. */
function lastCursor(text: string): string | null {
  const lines = text.trim().split('\n').filter(Boolean);
  const last = lines.at(-1);
  if (!last) return null;
  try {
    const parsed = JSON.parse(last) as { cursor?: unknown; id?: unknown };
    const cursor = parsed.cursor ?? parsed.id;
    return cursor === undefined ? null : String(cursor);
  } catch {
    return null;
  }
}

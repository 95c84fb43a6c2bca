// The background's implementation of RosterApi (shared/messages.ts). Every write to a creator is one
// readwrite transaction over the creator, its table row and its snapshot, so saves from many tabs at
// once neither lose nor duplicate an entry (IndexedDB runs overlapping readwrite transactions in turn).
import type { IDBPTransaction, StoreNames } from 'idb';
import type {
  ImportResult,
  OverlayAssessment,
  RosterApi,
  RosterCounts,
  Settings,
} from '../../shared/messages';
import type { Extraction } from '../../shared/platforms/contract';
import { parseApplicants } from '../../shared/roster/applicants';
import { parseBackup, parseRosterCsv } from '../../shared/roster/import';
import { mergeApplicant, mergeImported, mergeSave, withStatus } from '../../shared/roster/merge';
import {
  BACKUP_FORMAT,
  type Backup,
  type CreatorRecord,
  SegmentSchema,
  type Snapshot,
} from '../../shared/roster/records';
import { rosterRow } from '../../shared/roster/row';
import { type Brief, BriefSchema } from '../../shared/schemas/brief';
import { STATUSES } from '../../shared/schemas/enums';
import type { FitResult } from '../../shared/schemas/fit';
import type { CreatorProfile } from '../../shared/schemas/profile';
import { creatorKey } from '../../shared/schemas/profile';
import { parseExtraction } from './overlay-assessment';
import { ROSTER_DB_VERSION, type RosterDb, type RosterSchema } from './roster-db';

/** The shared scoring core, passed in so the service holds no scoring logic of its own. */
export interface Scoring {
  fitScore: (profile: CreatorProfile, brief: Brief) => FitResult;
  starterBrief: () => Brief;
  /** The overlay card's fit and disclosure checks for a page reading (absent: 'overlay.assess' refuses). */
  assessOverlay?: (extraction: Extraction, brief: Brief | null) => OverlayAssessment;
}

export interface RosterServiceOptions {
  db: RosterDb;
  scoring: Scoring;
  now?: () => Date;
  newId?: () => string;
  /** Called while an import writes; throwing aborts the import's transaction (nothing is kept). */
  onImportProgress?: (done: number, total: number) => void;
  /** The receiver's GET /applications (tests pass their own fetch). */
  fetch?: typeof fetch;
}

export class RosterInputError extends Error {
  override name = 'RosterInputError';
}

const DEFAULT_SETTINGS: Settings = {
  receiverUrl: '',
  receiverToken: '',
  applicantCursor: null,
  onboarded: false,
};

type Tx = IDBPTransaction<RosterSchema, StoreNames<RosterSchema>[], 'readwrite'>;
const CREATOR_STORES = ['creators', 'rows', 'snapshots', 'notes', 'collaborations'] as const;
const ALL_STORES = [...CREATOR_STORES, 'briefs', 'meta', 'segments'] as const;

function snapshotOf(record: CreatorRecord, capturedAt: string): Snapshot {
  const p = record.profile;
  return {
    key: record.key,
    capturedAt,
    followers: p.followers?.value ?? null,
    following: p.following?.value ?? null,
    posts: p.posts?.value ?? null,
    engagement: record.fit?.engagement.median ?? null,
    score: record.fit?.score ?? null,
    selfReported: p.selfReported,
  };
}

/** Writes a creator and its table row on a transaction that spans both stores. */
async function putCreator(tx: Tx, record: CreatorRecord): Promise<void> {
  const [notes, collaborations] = await Promise.all([
    tx.objectStore('notes').index('by-key').getAll(record.key),
    tx.objectStore('collaborations').index('by-key').getAll(record.key),
  ]);
  await Promise.all([
    tx.objectStore('creators').put(record),
    tx.objectStore('rows').put(rosterRow(record, notes, collaborations)),
  ]);
}

async function refreshRow(tx: Tx, key: string): Promise<void> {
  const record = await tx.objectStore('creators').get(key);
  if (record) await putCreator(tx, record);
}

export function createRosterService(options: RosterServiceOptions): RosterApi {
  const { db, scoring } = options;
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? (() => crypto.randomUUID());

  async function activeBrief(): Promise<Brief | null> {
    const id = (await db.get('meta', 'activeBriefId')) as string | undefined;
    return id ? ((await db.get('briefs', id)) ?? null) : null;
  }

  async function settings(): Promise<Settings> {
    const stored = (await db.get('meta', 'settings')) as Partial<Settings> | undefined;
    return { ...DEFAULT_SETTINGS, ...stored };
  }

  /** Runs `write` on one transaction over the stores; any throw aborts it, leaving the roster as it was. */
  async function inOneTransaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
    const tx = db.transaction([...ALL_STORES], 'readwrite') as unknown as Tx;
    try {
      const value = await write(tx);
      await tx.done;
      return value;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted by the failing request.
      }
      await tx.done.catch(() => undefined);
      throw error;
    }
  }

  async function importCreators(
    creators: CreatorRecord[],
    extra: (tx: Tx) => Promise<number>,
  ): Promise<ImportResult> {
    return inOneTransaction(async (tx) => {
      const result: ImportResult = { added: 0, updated: 0, other: 0 };
      const total = creators.length;
      const store = tx.objectStore('creators');
      result.other = await extra(tx);
      let done = 0;
      for (const incoming of creators) {
        const existing = await store.get(incoming.key);
        const merged = mergeImported(existing, incoming);
        merged.snapshotCount = Math.max(
          merged.snapshotCount,
          await tx.objectStore('snapshots').index('by-key').count(incoming.key),
        );
        await putCreator(tx, merged);
        if (existing) result.updated++;
        else result.added++;
        done++;
        if (done % 500 === 0 || done === total) options.onImportProgress?.(done, total);
      }
      return result;
    });
  }

  async function importApplicants(text: string): Promise<ImportResult> {
    const applicants = parseApplicants(text);
    const brief = await activeBrief();
    const at = now();
    return inOneTransaction(async (tx) => {
      const result: ImportResult = { added: 0, updated: 0, other: 0 };
      for (const { profile, applicant } of applicants) {
        const key = creatorKey(profile);
        const existing = await tx.objectStore('creators').get(key);
        // Score the claims against the active brief; an observed profile already in the roster keeps its fit.
        const fit = brief ? scoring.fitScore(profile, brief) : null;
        const record = mergeApplicant(existing, profile, fit, applicant, at);
        await putCreator(tx, record);
        if (!existing) {
          await tx.objectStore('snapshots').add(snapshotOf(record, at));
          result.added++;
        } else result.updated++;
      }
      return result;
    });
  }

  return {
    'overlay.assess': async ({ extraction }) => {
      if (!scoring.assessOverlay) throw new RosterInputError('This roster service cannot assess pages');
      const reading = parseExtraction(extraction);
      const [brief, entry] = await Promise.all([
        activeBrief(),
        db.get('creators', creatorKey(reading.kind === 'post' ? reading.author : reading.profile)),
      ]);
      return { assessment: scoring.assessOverlay(reading, brief), entry: entry ?? null };
    },
    'roster.save': async (input) => {
      const at = now();
      let fit = input.fit;
      if (!fit) {
        const brief = await activeBrief();
        if (brief) fit = scoring.fitScore(input.profile, brief);
      }
      const key = creatorKey(input.profile);
      return inOneTransaction(async (tx) => {
        const existing = await tx.objectStore('creators').get(key);
        const entry = mergeSave(existing, { ...input, fit }, at);
        await putCreator(tx, entry);
        await tx.objectStore('snapshots').add(snapshotOf(entry, input.profile.capturedAt || at));
        return { entry, updated: existing !== undefined };
      });
    },
    'roster.lookup': async ({ key }) => (await db.get('creators', key)) ?? null,
    'brief.getActive': () => activeBrief(),
    'brief.createStarter': async () => {
      const starter = BriefSchema.parse(scoring.starterBrief());
      const tx = db.transaction(['briefs', 'meta'], 'readwrite');
      const existing = await tx.objectStore('briefs').get(starter.id);
      if (!existing) await tx.objectStore('briefs').put(starter);
      if (!(await tx.objectStore('meta').get('activeBriefId')))
        await tx.objectStore('meta').put(starter.id, 'activeBriefId');
      await tx.done;
      return existing ?? starter;
    },

    'roster.rows': async ({ after, limit }) => {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction('rows');
      const [rows, total] = await Promise.all([tx.store.getAll(range, limit), tx.store.count()]);
      const last = rows.at(-1);
      return { rows, total, next: limit !== undefined && rows.length === limit && last ? last.key : null };
    },
    'roster.detail': async ({ key }) => {
      const tx = db.transaction(['creators', 'snapshots', 'notes', 'collaborations']);
      const [entry, snapshots, notes, collaborations] = await Promise.all([
        tx.objectStore('creators').get(key),
        tx.objectStore('snapshots').index('by-key').getAll(key),
        tx.objectStore('notes').index('by-key').getAll(key),
        tx.objectStore('collaborations').index('by-key').getAll(key),
      ]);
      if (!entry) return null;
      snapshots.sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
      notes.sort((a, b) => b.at.localeCompare(a.at));
      collaborations.sort((a, b) => b.date.localeCompare(a.date));
      return { entry, snapshots, notes, collaborations };
    },
    'roster.counts': async () => {
      const counts: RosterCounts = {
        total: 0,
        byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as RosterCounts['byStatus'],
      };
      let cursor = await db.transaction('rows').store.openCursor();
      while (cursor) {
        counts.total++;
        counts.byStatus[cursor.value.status]++;
        cursor = await cursor.continue();
      }
      return counts;
    },
    'roster.setStatus': async ({ keys, status }) => {
      if (!STATUSES.includes(status)) throw new RosterInputError(`Unknown status "${status}"`);
      const at = now();
      return inOneTransaction(async (tx) => {
        let changed = 0;
        for (const key of keys) {
          const record = await tx.objectStore('creators').get(key);
          if (!record || record.status === status) continue;
          await putCreator(tx, withStatus(record, status, at));
          changed++;
        }
        return { changed };
      });
    },
    'roster.tag': async ({ keys, add = [], remove = [] }) => {
      const at = now();
      const adding = add.map((t) => t.trim()).filter(Boolean);
      return inOneTransaction(async (tx) => {
        let changed = 0;
        for (const key of keys) {
          const record = await tx.objectStore('creators').get(key);
          if (!record) continue;
          const tags = [...new Set([...record.tags, ...adding])].filter((t) => !remove.includes(t));
          if (tags.length === record.tags.length && tags.every((t, i) => t === record.tags[i])) continue;
          await putCreator(tx, { ...record, tags, updatedAt: at });
          changed++;
        }
        return { changed };
      });
    },
    'roster.remove': async ({ keys }) =>
      inOneTransaction(async (tx) => {
        let removed = 0;
        for (const key of keys) {
          if (!(await tx.objectStore('creators').get(key))) continue;
          for (const store of CREATOR_STORES) {
            if (store === 'creators' || store === 'rows') await tx.objectStore(store).delete(key);
            else {
              const ids = await tx.objectStore(store).index('by-key').getAllKeys(key);
              for (const id of ids) await tx.objectStore(store).delete(id);
            }
          }
          removed++;
        }
        return { removed };
      }),
    'roster.addNote': async ({ key, text }) => {
      if (!text.trim()) throw new RosterInputError('A note needs some text');
      const note = { id: newId(), key, text: text.trim(), at: now() };
      return inOneTransaction(async (tx) => {
        if (!(await tx.objectStore('creators').get(key))) throw new RosterInputError(`No creator ${key}`);
        await tx.objectStore('notes').add(note);
        await refreshRow(tx, key);
        return note;
      });
    },
    'roster.addCollaboration': async (input) => {
      const { CollaborationSchema } = await import('../../shared/roster/records');
      const parsed = CollaborationSchema.safeParse({ ...input, id: newId() });
      if (!parsed.success)
        throw new RosterInputError(
          `Collaboration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return inOneTransaction(async (tx) => {
        if (!(await tx.objectStore('creators').get(input.key)))
          throw new RosterInputError(`No creator ${input.key}`);
        await tx.objectStore('collaborations').add(parsed.data);
        await refreshRow(tx, input.key);
        return parsed.data;
      });
    },
    'roster.profiles': async ({ limit = 500 }) => {
      const records = await db.getAll('creators');
      records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return records.slice(0, limit).map((r) => ({ key: r.key, profile: r.profile }));
    },
    'roster.rescore': async () => {
      const brief = await activeBrief();
      if (!brief) throw new RosterInputError('No active brief to score against');
      return inOneTransaction(async (tx) => {
        let rescored = 0;
        let cursor = await tx.objectStore('creators').openCursor();
        while (cursor) {
          const record = { ...cursor.value, fit: scoring.fitScore(cursor.value.profile, brief) };
          await putCreator(tx, record);
          rescored++;
          cursor = await cursor.continue();
        }
        return { rescored };
      });
    },
    'roster.backup': async () => {
      const tx = db.transaction([...ALL_STORES]);
      const [creators, snapshots, briefs, notes, collaborations, segments, activeBriefId] = await Promise.all(
        [
          tx.objectStore('creators').getAll(),
          tx.objectStore('snapshots').getAll(),
          tx.objectStore('briefs').getAll(),
          tx.objectStore('notes').getAll(),
          tx.objectStore('collaborations').getAll(),
          tx.objectStore('segments').getAll(),
          tx.objectStore('meta').get('activeBriefId'),
        ],
      );
      const backup: Backup = {
        format: BACKUP_FORMAT,
        version: ROSTER_DB_VERSION,
        exportedAt: now(),
        activeBriefId: (activeBriefId as string | undefined) ?? null,
        creators,
        snapshots,
        briefs,
        notes,
        collaborations,
        segments,
      };
      return backup;
    },
    'roster.import': async ({ kind, text }) => {
      if (kind === 'csv') {
        const at = now();
        const lines = parseRosterCsv(text);
        return inOneTransaction(async (tx) => {
          const result: ImportResult = { added: 0, updated: 0, other: 0 };
          let done = 0;
          for (const line of lines) {
            const existing = await tx.objectStore('creators').get(line.key);
            let record = existing ?? mergeSave(undefined, { profile: line.profile, fit: null }, at);
            if (line.status) record = withStatus(record, line.status, at);
            record = { ...record, tags: [...new Set([...record.tags, ...line.tags])] };
            if (!existing) await tx.objectStore('snapshots').add(snapshotOf(record, at));
            for (const text of line.notes) {
              const notes = await tx.objectStore('notes').index('by-key').getAll(line.key);
              // A re-imported export must not double its notes.
              if (notes.some((n) => n.text === text)) continue;
              await tx.objectStore('notes').add({ id: newId(), key: line.key, text, at });
              result.other++;
            }
            await putCreator(tx, record);
            if (existing) result.updated++;
            else result.added++;
            done++;
            if (done % 500 === 0 || done === lines.length) options.onImportProgress?.(done, lines.length);
          }
          return result;
        });
      }
      const backup = parseBackup(text);
      return importCreators(backup.creators, async (tx) => {
        let other = 0;
        const snapshots = tx.objectStore('snapshots');
        for (const snapshot of backup.snapshots) {
          // Snapshots merge by creator and time: restoring the same backup twice adds none.
          const same = await snapshots.index('by-key').getAll(snapshot.key);
          if (same.some((s) => s.capturedAt === snapshot.capturedAt)) continue;
          const { id: _drop, ...rest } = snapshot;
          await snapshots.add(rest);
          other++;
        }
        for (const brief of backup.briefs) await tx.objectStore('briefs').put(brief);
        for (const note of backup.notes) await tx.objectStore('notes').put(note);
        for (const c of backup.collaborations) await tx.objectStore('collaborations').put(c);
        for (const s of backup.segments) await tx.objectStore('segments').put(s);
        if (backup.activeBriefId && !(await tx.objectStore('meta').get('activeBriefId')))
          await tx.objectStore('meta').put(backup.activeBriefId, 'activeBriefId');
        other +=
          backup.briefs.length + backup.notes.length + backup.collaborations.length + backup.segments.length;
        return other;
      });
    },

    'segments.list': async () => (await db.getAll('segments')).sort((a, b) => a.name.localeCompare(b.name)),
    'segments.save': async (input) => {
      const parsed = SegmentSchema.safeParse(input);
      if (!parsed.success) throw new RosterInputError(`Saved view: ${parsed.error.issues[0]?.message}`);
      await db.put('segments', parsed.data);
      return parsed.data;
    },
    'segments.remove': async ({ id }) => {
      await db.delete('segments', id);
    },

    'brief.list': async () => ({
      briefs: (await db.getAll('briefs')).sort((a, b) => a.name.localeCompare(b.name)),
      activeId: ((await db.get('meta', 'activeBriefId')) as string | undefined) ?? null,
    }),
    'brief.save': async ({ brief, activate }) => {
      const parsed = BriefSchema.safeParse(brief);
      if (!parsed.success)
        throw new RosterInputError(
          `Brief: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'brief'}: ${i.message}`).join('; ')}`,
        );
      const tx = db.transaction(['briefs', 'meta'], 'readwrite');
      await tx.objectStore('briefs').put(parsed.data);
      if (activate || !(await tx.objectStore('meta').get('activeBriefId')))
        await tx.objectStore('meta').put(parsed.data.id, 'activeBriefId');
      await tx.done;
      return parsed.data;
    },
    'brief.setActive': async ({ id }) => {
      const tx = db.transaction(['briefs', 'meta'], 'readwrite');
      if (!(await tx.objectStore('briefs').get(id))) throw new RosterInputError(`No brief ${id}`);
      await tx.objectStore('meta').put(id, 'activeBriefId');
      await tx.done;
    },
    'brief.remove': async ({ id }) => {
      const tx = db.transaction(['briefs', 'meta'], 'readwrite');
      await tx.objectStore('briefs').delete(id);
      if ((await tx.objectStore('meta').get('activeBriefId')) === id) {
        const [next] = await tx.objectStore('briefs').getAllKeys(undefined, 1);
        if (next) await tx.objectStore('meta').put(next, 'activeBriefId');
        else await tx.objectStore('meta').delete('activeBriefId');
      }
      await tx.done;
    },

    'brief.preview': async ({ brief, limit = 200 }) => {
      const parsed = BriefSchema.safeParse(brief);
      if (!parsed.success) throw new RosterInputError(`Brief: ${parsed.error.issues[0]?.message}`);
      const records = await db.getAll('creators');
      records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return records
        .slice(0, limit)
        .map((r) => {
          const fit = scoring.fitScore(r.profile, parsed.data);
          return {
            key: r.key,
            handle: r.profile.handle,
            platform: r.profile.platform,
            score: fit.score,
            excluded: fit.excluded?.reason ?? null,
            was: r.fit?.score ?? null,
          };
        })
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    },
    'roster.scoreAgainst': async ({ key, briefId }) => {
      const [record, brief] = await Promise.all([db.get('creators', key), db.get('briefs', briefId)]);
      if (!record) throw new RosterInputError(`No creator ${key}`);
      if (!brief) throw new RosterInputError(`No brief ${briefId}`);
      return scoring.fitScore(record.profile, brief);
    },
    'settings.get': () => settings(),
    'settings.save': async (input) => {
      const next = { ...(await settings()), ...input };
      if (next.receiverUrl && !/^https?:\/\//.test(next.receiverUrl))
        throw new RosterInputError('The receiver URL must start with http:// or https://');
      await db.put('meta', next, 'settings');
      return next;
    },

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

const MAX_APPLICANT_PAGES = 100;

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

// 'roster.*' (but import and backup, in imports.ts): saving creators from their pages and the
// roster workspace's reads and edits. Every write to a creator is one readwrite transaction over the
// creator, its table row and its snapshot, so saves from many tabs at once neither lose nor duplicate
// an entry (IndexedDB runs overlapping readwrite transactions in turn).
import { z } from 'zod';
import type { RosterCounts } from '../../../shared/messages';
import { isPlatformUrl, withCheckedUrls } from '../../../shared/platforms/platform-urls';
import { pastResults } from '../../../shared/roster/collaboration-figures';
import { figureJumps } from '../../../shared/roster/figure-jumps';
import { mergeSave, withStatus } from '../../../shared/roster/merge';
import { CollaborationSchema, DisclosureEntrySchema } from '../../../shared/roster/records';
import { creatorKey } from '../../../shared/schemas/creator-key';
import { STATUSES } from '../../../shared/schemas/enums';
import { FitResultSchema } from '../../../shared/schemas/fit';
import { CreatorProfileSchema } from '../../../shared/schemas/profile';
import { parseInput, RosterInputError } from '../input';
import { CREATOR_INDEXED_STORES, CREATOR_STORES } from '../roster-db';
import { putCreator, refreshRow, snapshotOf } from './creator-writes';
import type { Methods, Room } from './room';

/** What a page may ask to save: checked like a page reading, since a content script sends it. */
const SaveSchema = z.object({
  profile: CreatorProfileSchema,
  fit: FitResultSchema.nullable(),
  disclosures: z.array(DisclosureEntrySchema).optional(),
  confirmFigures: z.boolean().optional(),
});

type RosterMethods = Omit<Methods<'roster'>, 'roster.import' | 'roster.backup'>;

export function rosterRoom(room: Room): RosterMethods {
  const { db, scoring, now, newId, activeBrief, inOneTransaction } = room;
  return {
    'roster.save': async (unchecked) => {
      const input = parseInput(SaveSchema, unchecked, 'Troupe cannot save this creator');
      const at = now();
      const profile = withCheckedUrls(input.profile);
      const disclosures = input.disclosures?.map((d) =>
        d.postUrl === null || isPlatformUrl(d.postUrl, profile.platform) ? d : { ...d, postUrl: null },
      );
      // With a brief, the background scores: a fit sent by a page is worded for the page (private
      // terms counted) and could say anything. Without one, the caller's brief-free facts are kept.
      const brief = await activeBrief();
      const key = creatorKey(profile);
      return inOneTransaction(async (tx) => {
        const existing = await tx.objectStore('creators').get(key);
        const held = existing && !input.confirmFigures ? figureJumps(existing.profile, profile) : [];
        if (held.length > 0) return { entry: existing!, updated: false, held };
        const merged = mergeSave(existing, { profile, fit: brief ? null : input.fit, disclosures }, at);
        // One assessment: the fit the roster keeps is of the profile it keeps (merged with earlier
        // visits) and its logged collaborations, so the table, the detail, the preview, a rescore
        // and the card all show the same figure.
        const collaborations = await tx.objectStore('collaborations').index('by-key').getAll(key);
        const entry = brief
          ? { ...merged, fit: scoring.fitScore(merged.profile, brief, pastResults(collaborations)) }
          : merged;
        await putCreator(tx, entry, collaborations);
        await tx.objectStore('snapshots').add(snapshotOf(entry, profile.capturedAt || at));
        return { entry, updated: existing !== undefined };
      });
    },
    'roster.lookup': async ({ key }) => (await db.get('creators', key)) ?? null,
    'roster.rows': async ({ after, limit }) => {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const tx = db.transaction('rows');
      const [rows, total] = await Promise.all([tx.store.getAll(range, limit), tx.store.count()]);
      const last = rows.at(-1);
      return { rows, total, next: limit !== undefined && rows.length === limit && last ? last.key : null };
    },
    'roster.detail': async ({ key }) => {
      const tx = db.transaction(['creators', ...CREATOR_INDEXED_STORES]);
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
      const collaboration = parseInput(
        CollaborationSchema,
        { ...input, id: newId() },
        'Troupe cannot add this collaboration',
      );
      return inOneTransaction(async (tx) => {
        if (!(await tx.objectStore('creators').get(input.key)))
          throw new RosterInputError(`No creator ${input.key}`);
        await tx.objectStore('collaborations').add(collaboration);
        await refreshRow(tx, input.key);
        return collaboration;
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
          const collaborations = await tx
            .objectStore('collaborations')
            .index('by-key')
            .getAll(cursor.value.key);
          const past = pastResults(collaborations);
          const record = { ...cursor.value, fit: scoring.fitScore(cursor.value.profile, brief, past) };
          await putCreator(tx, record, collaborations);
          rescored++;
          cursor = await cursor.continue();
        }
        return { rescored };
      });
    },
    'roster.scoreAgainst': async ({ key, briefId }) => {
      const [record, brief, collaborations] = await Promise.all([
        db.get('creators', key),
        db.get('briefs', briefId),
        db.getAllFromIndex('collaborations', 'by-key', key),
      ]);
      if (!record) throw new RosterInputError(`No creator ${key}`);
      if (!brief) throw new RosterInputError(`No brief ${briefId}`);
      return scoring.fitScore(record.profile, brief, pastResults(collaborations));
    },
  };
}

// 'roster.backup' and 'roster.import': the roster as a file and back. An import validates the whole
// file before writing (shared/roster/import.ts), then stages and swaps it in (import-loop.ts).
import type { ImportResult, RosterApi } from '../../../shared/messages';
import { parseBackup, parseRosterCsv } from '../../../shared/roster/import';
import { mergeImported, mergeSave, withStatus } from '../../../shared/roster/merge';
import { BACKUP_FORMAT, type Backup, type Note } from '../../../shared/roster/records';
import { BACKUP_STORES, ROSTER_DB_VERSION } from '../roster-db';
import { snapshotOf, stageCreator } from './creator-writes';
import { importEach, stageChunks } from './import-loop';
import type { Room } from './room';

type ImportMethods = Pick<RosterApi, 'roster.backup' | 'roster.import'>;

function byKey<T extends { key: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.key);
    if (list) list.push(item);
    else out.set(item.key, [item]);
  }
  return out;
}

export function importsRoom(room: Room): ImportMethods {
  const { db, now, newId } = room;

  function importCsv(text: string) {
    const at = now();
    return importEach(room, parseRosterCsv(text), async (read, line, stage, result) => {
      const existing = await read.objectStore('creators').get(line.key);
      let record = existing ?? mergeSave(undefined, { profile: line.profile, fit: null }, at);
      if (line.status) record = withStatus(record, line.status, at);
      record = { ...record, tags: [...new Set([...record.tags, ...line.tags])] };
      if (!existing) stage.put('snapshots', snapshotOf(record, at));
      const notes = line.notes.length ? await read.objectStore('notes').index('by-key').getAll(line.key) : [];
      const added: Note[] = [];
      for (const text of line.notes) {
        // A re-imported export must not double its notes.
        if (notes.some((n) => n.text === text) || added.some((n) => n.text === text)) continue;
        const note = { id: newId(), key: line.key, text, at };
        added.push(note);
        stage.put('notes', note);
        result.other++;
      }
      await stageCreator(read, stage, record, { notes: added });
      return existing ? 'updated' : 'added';
    });
  }

  function importBackup(text: string) {
    const backup = parseBackup(text);
    const notes = byKey(backup.notes);
    const collaborations = byKey(backup.collaborations);
    /** Snapshots this import adds per creator, for its snapshot count. */
    const added = new Map<string, number>();
    const restoreOthers = async (result: ImportResult) => {
      const seen = new Set<string>();
      await stageChunks(room, [...byKey(backup.snapshots)], result, async (read, [key, snapshots], stage) => {
        // Snapshots merge by creator and time: restoring the same backup twice adds none.
        for (const s of await read.objectStore('snapshots').index('by-key').getAll(key))
          seen.add(`${key}|${s.capturedAt}`);
        for (const snapshot of snapshots) {
          if (seen.has(`${key}|${snapshot.capturedAt}`)) continue;
          seen.add(`${key}|${snapshot.capturedAt}`);
          const { id: _drop, ...rest } = snapshot;
          stage.put('snapshots', rest);
          added.set(key, (added.get(key) ?? 0) + 1);
          result.other++;
        }
      });
      await stageChunks(room, [backup], result, async (read, b, stage) => {
        for (const brief of b.briefs) stage.put('briefs', brief);
        for (const note of b.notes) stage.put('notes', note);
        for (const c of b.collaborations) stage.put('collaborations', c);
        for (const s of b.segments) stage.put('segments', s);
        if (b.activeBriefId && !(await read.objectStore('meta').get('activeBriefId')))
          stage.put('meta', b.activeBriefId, 'activeBriefId');
      });
      result.other +=
        backup.briefs.length + backup.notes.length + backup.collaborations.length + backup.segments.length;
    };
    return importEach(
      room,
      backup.creators,
      async (read, incoming, stage) => {
        const existing = await read.objectStore('creators').get(incoming.key);
        const merged = mergeImported(existing, incoming);
        const stored = await read.objectStore('snapshots').index('by-key').count(incoming.key);
        merged.snapshotCount = Math.max(merged.snapshotCount, stored + (added.get(incoming.key) ?? 0));
        await stageCreator(read, stage, merged, {
          notes: notes.get(incoming.key),
          collaborations: collaborations.get(incoming.key),
        });
        return existing ? 'updated' : 'added';
      },
      restoreOthers,
    );
  }

  return {
    'roster.backup': async () => {
      const tx = db.transaction([...BACKUP_STORES, 'meta' as const]);
      const [stores, activeBriefId] = await Promise.all([
        Promise.all(BACKUP_STORES.map(async (s) => [s, await tx.objectStore(s).getAll()] as const)),
        tx.objectStore('meta').get('activeBriefId'),
      ]);
      const backup: Backup = {
        format: BACKUP_FORMAT,
        version: ROSTER_DB_VERSION,
        exportedAt: now(),
        activeBriefId: (activeBriefId as string | undefined) ?? null,
        ...(Object.fromEntries(stores) as Pick<Backup, (typeof BACKUP_STORES)[number]>),
      };
      return backup;
    },
    'roster.import': async ({ kind, text }) => (kind === 'csv' ? importCsv(text) : importBackup(text)),
  };
}

// 'roster.backup' and 'roster.import': the roster as a file and back. An import validates the whole
// file before writing (shared/roster/import.ts), then writes it in one transaction (import-loop.ts).

import type { RosterApi } from '../../../shared/messages';
import { parseBackup, parseRosterCsv } from '../../../shared/roster/import';
import { mergeImported, mergeSave, withStatus } from '../../../shared/roster/merge';
import { BACKUP_FORMAT, type Backup } from '../../../shared/roster/records';
import { BACKUP_STORES, ROSTER_DB_VERSION } from '../roster-db';
import { putCreator, snapshotOf } from './creator-writes';
import { importEach } from './import-loop';
import type { Room, Tx } from './room';

type ImportMethods = Pick<RosterApi, 'roster.backup' | 'roster.import'>;

export function importsRoom(room: Room): ImportMethods {
  const { db, now, newId } = room;

  function importCsv(text: string) {
    const at = now();
    return importEach(room, parseRosterCsv(text), async (tx, line, result) => {
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
      return existing ? 'updated' : 'added';
    });
  }

  function importBackup(text: string) {
    const backup = parseBackup(text);
    const restoreOthers = async (tx: Tx, result: { other: number }) => {
      const snapshots = tx.objectStore('snapshots');
      for (const snapshot of backup.snapshots) {
        // Snapshots merge by creator and time: restoring the same backup twice adds none.
        const same = await snapshots.index('by-key').getAll(snapshot.key);
        if (same.some((s) => s.capturedAt === snapshot.capturedAt)) continue;
        const { id: _drop, ...rest } = snapshot;
        await snapshots.add(rest);
        result.other++;
      }
      for (const brief of backup.briefs) await tx.objectStore('briefs').put(brief);
      for (const note of backup.notes) await tx.objectStore('notes').put(note);
      for (const c of backup.collaborations) await tx.objectStore('collaborations').put(c);
      for (const s of backup.segments) await tx.objectStore('segments').put(s);
      if (backup.activeBriefId && !(await tx.objectStore('meta').get('activeBriefId')))
        await tx.objectStore('meta').put(backup.activeBriefId, 'activeBriefId');
      result.other +=
        backup.briefs.length + backup.notes.length + backup.collaborations.length + backup.segments.length;
    };
    return importEach(
      room,
      backup.creators,
      async (tx, incoming) => {
        const existing = await tx.objectStore('creators').get(incoming.key);
        const merged = mergeImported(existing, incoming);
        merged.snapshotCount = Math.max(
          merged.snapshotCount,
          await tx.objectStore('snapshots').index('by-key').count(incoming.key),
        );
        await putCreator(tx, merged);
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

// The one loop every import runs (backup, CSV, applicants), with one count of what was added and
// updated and one progress report. An import of 100,000 creators must not hold the roster for
// minutes while every tab's card waits to look a creator up, and must still land whole or not at all:
//  1. stage: read the roster a chunk at a time in short readonly transactions (lookups go on) and
//     stage each chunk's writes in the `staged` store; a failure here (a bad record, the progress
//     callback throwing, the browser closing) drops the stage and the roster is as it was;
//  2. commit: one small write marks the import as swapping; from then on it is done, whatever happens;
//  3. swap: each staged chunk is written into the roster in its own transaction. If the browser
//     stops mid-swap, the background finishes the swap when it next starts (resumeImport).
// Other writes wait for the whole import (Room.exclusive), so nothing slips between what it read
// and what it swaps in; reads may see a committed import half swapped in for a moment.
import type { IDBPTransaction } from 'idb';
import type { ImportResult } from '../../../shared/messages';
import { ALL_STORES, type RosterSchema, type RosterStore, type StagedWrite } from '../roster-db';
import type { Room } from './room';

/** Items read, staged and later swapped per transaction: a lookup waits for one chunk at most. */
const CHUNK = 500;
/** The meta key saying an import is committed and being swapped in. */
const SWAPPING = 'importSwapping';

export type ReadTx = IDBPTransaction<RosterSchema, RosterStore[], 'readonly'>;
type LiveStore = StagedWrite['store'];
const LIVE = ALL_STORES.filter((s): s is LiveStore => s !== 'staged');

/** What an import will write, in order. */
export class Stage {
  readonly writes: StagedWrite[] = [];
  put<S extends LiveStore>(store: S, value: RosterSchema[S]['value'], key?: string): void {
    this.writes.push(key === undefined ? { store, value } : { store, value, key });
  }
}

export type StageOne<T> = (read: ReadTx, item: T, stage: Stage, result: ImportResult) => Promise<void>;

/**
 * Runs `each` over `items` a chunk at a time: the chunk's items read the live roster together in one
 * readonly transaction, then what they staged is kept as one record of the `staged` store.
 */
export async function stageChunks<T>(
  room: Room,
  items: readonly T[],
  result: ImportResult,
  each: StageOne<T>,
  afterChunk?: (done: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const stage = new Stage();
    const read = room.db.transaction(LIVE, 'readonly') as unknown as ReadTx;
    await Promise.all(chunk.map((item) => each(read, item, stage, result)));
    if (stage.writes.length > 0) await room.db.add('staged', { writes: stage.writes });
    afterChunk?.(start + chunk.length);
  }
}

/**
 * Imports `items`: `before` stages anything that is not a creator (it may call stageChunks), then
 * `each` stages one creator and says whether it adds or updates one. A throw before the commit,
 * including from the progress callback, leaves the roster as it was.
 */
export function importEach<T>(
  room: Room,
  items: readonly T[],
  each: (read: ReadTx, item: T, stage: Stage, result: ImportResult) => Promise<'added' | 'updated'>,
  before?: (result: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  return room.exclusive(async () => {
    const result: ImportResult = { added: 0, updated: 0, other: 0 };
    await room.db.clear('staged');
    try {
      await before?.(result);
      await stageChunks(
        room,
        items,
        result,
        async (read, item, stage) => {
          result[await each(read, item, stage, result)]++;
        },
        (done) => room.options.onImportProgress?.(done, items.length),
      );
    } catch (error) {
      await room.db.clear('staged');
      throw error;
    }
    await room.db.put('meta', true, SWAPPING);
    await swap(room);
    return result;
  });
}

/** Writes the staged chunks into the roster, one transaction each, then clears the mark. */
async function swap(room: Room): Promise<void> {
  for (;;) {
    const tx = room.db.transaction(ALL_STORES, 'readwrite');
    const cursor = await tx.objectStore('staged').openCursor();
    if (!cursor) {
      await Promise.all([tx.objectStore('meta').delete(SWAPPING), tx.done]);
      return;
    }
    // Issued without waiting on each: the transaction runs them in order, and any failure aborts it.
    const writes = cursor.value.writes.map((w) => {
      const store = tx.objectStore(w.store) as unknown as {
        put: (value: unknown, key?: string) => Promise<unknown>;
      };
      return w.key === undefined ? store.put(w.value) : store.put(w.value, w.key);
    });
    writes.push(cursor.delete());
    for (const w of writes) w.catch(() => undefined);
    await Promise.all([...writes, tx.done]);
  }
}

/**
 * At start: finishes an import that was committed but not fully swapped in when the browser
 * stopped, or drops the stage of one that never committed.
 */
export function resumeImport(room: Room): Promise<void> {
  return room.exclusive(async () => {
    if (await room.db.get('meta', SWAPPING)) await swap(room);
    else if (await room.db.count('staged')) await room.db.clear('staged');
  });
}

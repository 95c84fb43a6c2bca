// The one loop every import runs (backup, CSV, applicants): one transaction, one count of what was
// added and updated, one progress report.
import type { ImportResult } from '../../../shared/messages';
import type { Room, Tx } from './room';

/** How often progress is reported, in creators. */
const PROGRESS_EVERY = 500;

/**
 * Writes each item with `write` (which says whether it added or updated a creator, and may count
 * other records in `result.other`), all in one transaction: a throw anywhere, including from the
 * progress callback, leaves the roster as it was. `before` runs first on the same transaction.
 */
export function importEach<T>(
  room: Room,
  items: readonly T[],
  write: (tx: Tx, item: T, result: ImportResult) => Promise<'added' | 'updated'>,
  before?: (tx: Tx, result: ImportResult) => Promise<void>,
): Promise<ImportResult> {
  return room.inOneTransaction(async (tx) => {
    const result: ImportResult = { added: 0, updated: 0, other: 0 };
    await before?.(tx, result);
    let done = 0;
    for (const item of items) {
      result[await write(tx, item, result)]++;
      done++;
      if (done % PROGRESS_EVERY === 0 || done === items.length)
        room.options.onImportProgress?.(done, items.length);
    }
    return result;
  });
}

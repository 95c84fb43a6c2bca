// Fresh roster databases for the tests of one file (fake-indexeddb, see vitest.config.ts): each
// opened with today's layout under a name of its own and closed and deleted after the test that
// opened it, so no test sees another's creators.
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { openRosterDb, type RosterDb } from '../../../../entrypoints/background/roster-db';

/**
 * Call at the top of a test file, before its own afterEach: vitest runs after-hooks in reverse, so
 * the file's teardown still runs while the database is open.
 */
export function freshRosterDbs(prefix: string): () => Promise<RosterDb> {
  let n = 0;
  const opened: { db: RosterDb; name: string }[] = [];
  afterEach(async () => {
    for (const { db, name } of opened.splice(0)) {
      db.close();
      await deleteDB(name);
    }
  });
  return async () => {
    const name = `${prefix}-${++n}`;
    const db = await openRosterDb({ name });
    opened.push({ db, name });
    return db;
  };
}

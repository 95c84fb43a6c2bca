// Embedded PostgreSQL (WASM) in a data folder. PGlite runs one statement at a time; each
// autocommitted statement is written through to the folder before the promise resolves
// (relaxedDurability stays off), so an acknowledged application survives a killed process.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from './db';

export async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  const lock = `${dataDir.replace(/\/$/, '')}.pid`;
  if (!inMemory) {
    mkdirSync(dataDir, { recursive: true });
    claim(lock);
  }
  try {
    const pg = await PGlite.create(dataDir, { relaxedDurability: false });
    return {
      kind: 'pglite',
      async query<Row>(sql: string, params: unknown[] = []) {
        const result = await pg.query<Row>(sql, params);
        return result.rows;
      },
      async exec(sql: string) {
        await pg.exec(sql);
      },
      async close() {
        await pg.close();
        if (!inMemory) rmSync(lock, { force: true });
      },
    };
  } catch (error) {
    if (!inMemory) rmSync(lock, { force: true });
    throw error;
  }
}

/**
 * PGlite has no lock of its own: two processes on one folder would corrupt it. A pid file refuses
 * the second; one left by a killed process (its pid gone) is taken over.
 */
function claim(lock: string) {
  let holder = Number.NaN;
  try {
    holder = Number(readFileSync(lock, 'utf8'));
  } catch {}
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) {
    throw new Error(
      `The data folder is in use by process ${holder} (${lock}); stop it or pick another folder.`,
    );
  }
  writeFileSync(lock, String(process.pid));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

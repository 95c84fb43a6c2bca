// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../../widget/receiver/db-pglite';

const root = mkdtempSync(join(tmpdir(), 'troupe-pglite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openPglite', () => {
  it('refuses a data folder held by a live process and takes over one left by a dead process', async () => {
    const dir = join(root, 'db');
    writeFileSync(`${dir}.pid`, String(process.ppid)); // a live process that is not us
    await expect(openPglite(dir)).rejects.toThrow(/in use by process/);

    writeFileSync(`${dir}.pid`, '999999999'); // no such process: a killed receiver's leftover
    const db = await openPglite(dir);
    expect(await db.query<{ n: number }>('SELECT 1 AS n')).toEqual([{ n: 1 }]);
    await db.close();
  }, 120_000);
});

// @vitest-environment node
// The export's since-cursor under concurrent writers (PostgreSQL only: PGlite runs one statement at a
// time, so its rows always commit in id order).
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { sampleApplication } from './support/application';
import { DATABASES } from './support/databases';
import { TOKEN, testDb, testReceiver } from './support/receiver';

const postgres = DATABASES.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('export cursor on postgres', () => {
  it('never skips an application that commits after a later one was exported', async () => {
    const store = await testDb(postgres!);
    const r = testReceiver(store.db);
    const exportSince = async (since: string) => {
      const res = await r.app.request(`/applications?since=${since}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const names = (await res.text())
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { application: { name: string } }).application.name);
      return { names, cursor: res.headers.get('troupe-cursor')! };
    };
    const slow = new pg.Client({ connectionString: store.options.databaseUrl });
    await slow.connect();
    try {
      // A writer takes an id and holds its transaction open...
      await slow.query('BEGIN');
      await slow.query(
        `INSERT INTO applications (idempotency_key, body_hash, application, fits) VALUES ($1, 'h', $2, '[]')`,
        ['slow-writer-key', JSON.stringify(sampleApplication({ name: 'Slow' }))],
      );
      // ...while a later application (larger id) commits through the receiver.
      expect((await r.post(sampleApplication({ name: 'Fast' }))).status).toBe(200);

      const first = await exportSince('');
      expect(first.names).toEqual([]); // Fast waits until nothing older can still appear
      await slow.query('COMMIT');
      // Other suites' transactions on the same server may hold the horizon back for a moment, so
      // keep paging, as the extension's import would, until both have appeared.
      const seen: string[] = [];
      let cursor = first.cursor;
      for (let i = 0; i < 200 && seen.length < 2; i++) {
        const page = await exportSince(cursor);
        seen.push(...page.names);
        cursor = page.cursor;
        if (seen.length < 2) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen).toEqual(['Slow', 'Fast']);
      expect((await exportSince(cursor)).names).toEqual([]);
    } finally {
      await slow.end();
      await store.close();
    }
  }, 60_000);
});

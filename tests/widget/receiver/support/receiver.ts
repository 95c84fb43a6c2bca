// An in-process receiver on a fresh database, for tests that call app.request().
import { createReceiver } from '../../../../widget/receiver/app';
import { DEFAULT_BRIEF_PATH, type ReceiverConfig, readBrief } from '../../../../widget/receiver/config';
import { type Db, openDb } from '../../../../widget/receiver/db';
import { migrate } from '../../../../widget/receiver/migrations';
import type { DatabaseTarget } from './databases';

export const ORIGIN = 'https://brand.example';
export const TOKEN = 'test-token-0123456789-abcdefghijklmnop';

export function testConfig(overrides: Partial<ReceiverConfig> = {}): ReceiverConfig {
  return {
    brief: readBrief(DEFAULT_BRIEF_PATH),
    allowedOrigins: [ORIGIN],
    publicOrigin: null,
    exportToken: TOKEN,
    rateLimit: null,
    // As behind one proxy: tests name the client in X-Forwarded-For.
    proxyHops: 1,
    webhook: null,
    ...overrides,
  };
}

/** A migrated database shared by a file's tests; `clear()` empties it between tests (PGlite starts slowly). */
export async function testDb(target: DatabaseTarget) {
  const database = await target.create();
  const db: Db = await openDb(database.options);
  await migrate(db);
  return {
    db,
    options: database.options,
    clear: () =>
      db.exec('TRUNCATE applications, webhook_deliveries, webhook_attempts RESTART IDENTITY CASCADE'),
    async count(): Promise<number> {
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM applications');
      return row!.n;
    },
    async close() {
      await db.close();
      await database.drop();
    },
  };
}

/** The receiver as a fetch handler on `db`, called in process with app.request(). */
export function testReceiver(db: Db, overrides: Partial<ReceiverConfig> = {}) {
  const app = createReceiver({ db, config: testConfig(overrides) });
  return {
    app,
    post(body: unknown, headers: Record<string, string> = {}) {
      return app.request('/applications', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
  };
}

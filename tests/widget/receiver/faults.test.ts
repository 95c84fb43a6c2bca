// @vitest-environment node
// Load and fault tests on loopback, bounded in count and time, against both databases.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../../shared/schemas/application';
import { HEALTH_TIMEOUT_MS } from '../../../widget/receiver/app';
import { startReceiverServer } from '../../../widget/receiver/server';
import { sampleApplication } from './support/application';
import { blackHoleProxy } from './support/black-hole';
import { exportAll, pool, postApplication } from './support/client';
import { DATABASES } from './support/databases';
import { droppingProxy } from './support/dropping-proxy';
import { spawnReceiver } from './support/process';
import { TOKEN, testConfig } from './support/receiver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts until the receiver answers 200, as the widget does; counts the attempts it needed. */
async function deliver(url: string, application: Application, maxAttempts = 20) {
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await postApplication(url, application);
      if (answer.status === 200) return { attempt, id: (JSON.parse(answer.body) as { id: string }).id };
      throw new Error(`HTTP ${answer.status}: ${answer.body}`);
    } catch (error) {
      if (attempt >= maxAttempts) throw error;
      await sleep(5 * attempt);
    }
  }
}

describe.each(DATABASES)('faults on $name', (target) => {
  it('stores exactly 1,000 applications when 30% of the answers are lost and retried', async () => {
    const database = await target.create();
    const server = await startReceiverServer({ config: testConfig(), database: database.options });
    // Every tenth connection pattern loses 3 answers in 10: exactly 30% of first attempts.
    const proxy = await droppingProxy(server.url, (n) => n % 10 < 3);
    try {
      const applications = Array.from({ length: 1000 }, (_, i) =>
        sampleApplication({ name: `Applicant ${i}` }),
      );
      const ids = new Map<string, string>();
      let retries = 0;
      await pool(applications, 16, async (application) => {
        const { attempt, id } = await deliver(proxy.url, application);
        retries += attempt - 1;
        ids.set(application.idempotencyKey, id);
      });
      const { connections, dropped } = proxy.stats();
      expect(dropped / connections).toBeGreaterThan(0.25);
      expect(retries).toBeGreaterThanOrEqual(300);

      const [{ n } = { n: -1 }] = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM applications',
      );
      expect(n).toBe(1000);
      const stored = await exportAll(server.url, TOKEN);
      expect(stored).toHaveLength(1000);
      // Each retry was answered with the application the first (lost) attempt stored.
      for (const { id, key } of stored) expect(ids.get(key)).toBe(id);
    } finally {
      await proxy.close();
      await server.close();
      await database.drop();
    }
  }, 300_000);

  it('answers bad requests over real HTTP with the right 4xx and stores nothing', async () => {
    const database = await target.create();
    const server = await startReceiverServer({ config: testConfig(), database: database.options });
    /** Sends raw bytes, with a Content-Length or chunked, and reads the JSON error. */
    const send = (body: string, type: string, chunked = false) =>
      new Promise<{ status: number; code: string }>((resolve, reject) => {
        const req = request(`${server.url}/applications`, {
          method: 'POST',
          headers: {
            'content-type': type,
            ...(chunked ? {} : { 'content-length': Buffer.byteLength(body) }),
          },
        });
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, code: JSON.parse(text).error?.code }));
        });
        req.on('error', reject);
        if (chunked) for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192));
        req.end(chunked ? undefined : body);
      });
    try {
      const big = JSON.stringify({ ...sampleApplication(), pitch: 'x'.repeat(200_000) });
      expect(await send(big, 'application/json')).toEqual({ status: 413, code: 'too_large' });
      expect(await send(big, 'application/json', true)).toEqual({ status: 413, code: 'too_large' });
      expect(await send(JSON.stringify(sampleApplication()), 'text/plain')).toEqual({
        status: 415,
        code: 'unsupported_media_type',
      });
      expect(await send(JSON.stringify({ ...sampleApplication(), score: 100 }), 'application/json')).toEqual({
        status: 400,
        code: 'forged_score',
      });
      expect(await send('{"name":', 'application/json')).toEqual({ status: 400, code: 'invalid_json' });
      const [{ n } = { n: -1 }] = await server.db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM applications',
      );
      expect(n).toBe(0);
    } finally {
      await server.close();
      await database.drop();
    }
  }, 120_000);

  it('keeps every acknowledged application when the receiver is killed with SIGKILL under load', async () => {
    const database = await target.create();
    const env = { ...database.env, TROUPE_TOKEN: TOKEN };
    let receiver = await spawnReceiver(env);
    try {
      const acknowledged = new Set<string>();
      const attempted: Application[] = [];
      let killed = false;
      const load = pool(
        Array.from({ length: 4000 }, () => sampleApplication()),
        12,
        async (application) => {
          if (killed) return;
          attempted.push(application);
          try {
            const answer = await postApplication(receiver.url, application);
            if (answer.status === 200) acknowledged.add(application.idempotencyKey);
          } catch {
            // In flight when the process died: unknown outcome, retried below.
          }
        },
      );
      const deadline = Date.now() + 30_000;
      while (acknowledged.size < 300 && Date.now() < deadline) await sleep(10);
      receiver.child.kill('SIGKILL');
      killed = true;
      expect(await receiver.exited).toBe('SIGKILL');
      await load;
      expect(acknowledged.size).toBeGreaterThanOrEqual(300);

      receiver = await spawnReceiver(env);
      const stored = new Set((await exportAll(receiver.url, TOKEN)).map((s) => s.key));
      const lost = [...acknowledged].filter((key) => !stored.has(key));
      expect(lost).toEqual([]);

      // The unanswered ones, retried after the restart, end up stored exactly once.
      await pool(attempted, 12, async (application) => {
        await deliver(receiver.url, application);
      });
      const after = await exportAll(receiver.url, TOKEN);
      expect(after).toHaveLength(attempted.length);
      expect(new Set(after.map((s) => s.key)).size).toBe(attempted.length);
    } finally {
      await receiver.stop();
      await database.drop();
    }
  }, 300_000);
});

const postgres = DATABASES.find((d) => d.name === 'postgres');

describe.skipIf(!postgres)('a PostgreSQL that stops answering (black hole)', () => {
  it('answers POST with 503 and Retry-After, and /health within its timeout', async () => {
    const database = await postgres!.create();
    const hole = await blackHoleProxy(database.options.databaseUrl!);
    const server = await startReceiverServer({
      config: testConfig(),
      database: { databaseUrl: hole.url, connectTimeoutMs: 1_000, queryTimeoutMs: 1_000 },
    });
    try {
      expect((await postApplication(server.url, sampleApplication())).status).toBe(200);
      hole.swallow();
      // Both on pooled connections that now hang and on new ones that never get an answer.
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => postApplication(server.url, sampleApplication())),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      // Bounded by the timeouts (1 s connect, 2 s statement), not by the client giving up.
      expect(Date.now() - started).toBeLessThan(20_000);

      const healthStarted = Date.now();
      const health = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(15_000) });
      expect(health.status).toBe(503);
      expect(health.headers.get('retry-after')).not.toBeNull();
      expect(Date.now() - healthStarted).toBeLessThan(HEALTH_TIMEOUT_MS + 1_500);
    } finally {
      await hole.close();
      await server.close();
      await database.drop();
    }
  }, 90_000);
});

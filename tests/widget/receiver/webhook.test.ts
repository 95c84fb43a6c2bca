// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebhookConfig } from '../../../widget/receiver/config';
import { startWebhookForwarder, type WebhookForwarder } from '../../../widget/receiver/webhook';
import { sampleApplication } from './support/application';
import { DATABASES } from './support/databases';
import { testDb, testReceiver } from './support/receiver';

// Real databases on a machine shared with other suites: generous, never asserted as timings.
vi.setConfig({ testTimeout: 30_000 });

const secret = `whsec_${randomBytes(24).toString('base64')}`;

/** A brand endpoint on loopback answering with the given status codes in turn (the last repeats). */
async function brandEndpoint(statuses: number[]) {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses[Math.min(received.length - 1, statuses.length - 1)]!).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks/troupe`, received, close: () => server.close() };
}

async function until(condition: () => Promise<boolean> | boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.each(DATABASES)('webhook forwarding on $name', (target) => {
  let store: Awaited<ReturnType<typeof testDb>>;
  // PGlite's first start (initdb in WASM) takes seconds, more on a busy machine.
  beforeAll(async () => {
    store = await testDb(target);
  }, 120_000);
  afterAll(() => store.close(), 60_000);
  beforeEach(() => store.clear());

  /**
   * Runs `test` with a brand endpoint answering `statuses` (see brandEndpoint), a webhook to it
   * (`configure` may rewrite its URL and sets the retries) and a forwarder running, stopping both after.
   */
  async function forwarding(
    statuses: number[],
    configure: (url: string) => { url: string; maxAttempts: number; retryBaseMs: number },
    test: (
      brand: Awaited<ReturnType<typeof brandEndpoint>>,
      webhook: WebhookConfig,
      forwarder: WebhookForwarder,
    ) => Promise<void>,
  ) {
    const brand = await brandEndpoint(statuses);
    const webhook = { ...configure(brand.url), secret };
    const forwarder = startWebhookForwarder(store.db, webhook);
    try {
      await test(brand, webhook, forwarder);
    } finally {
      await forwarder.stop();
      brand.close();
    }
  }

  it('delivers each application signed per Standard Webhooks, retrying a failure with the same id', async () => {
    await forwarding(
      [500, 204],
      (url) => ({ url, maxAttempts: 5, retryBaseMs: 50 }),
      async (brand, webhook, forwarder) => {
        const r = testReceiver(store.db, { webhook });
        const application = sampleApplication();
        const res = await r.post(application);
        forwarder.wake();
        const { id } = await res.json();
        await until(() => brand.received.length >= 2);
        await until(async () => {
          const [d] = await store.db.query<{ status: string }>('SELECT status FROM webhook_deliveries');
          return d?.status === 'delivered';
        });

        const [first, second] = brand.received;
        expect(first!.headers['webhook-id']).toBe(second!.headers['webhook-id']);
        const verified = new Webhook(secret).verify(
          second!.body,
          second!.headers as Record<string, string>,
        ) as {
          type: string;
          data: { id: string; application: { idempotencyKey: string }; score: number | null };
        };
        expect(verified.type).toBe('application.received');
        expect(verified.data.id).toBe(id);
        expect(verified.data.application.idempotencyKey).toBe(application.idempotencyKey);
        // A tampered body fails verification.
        expect(() =>
          new Webhook(secret).verify(
            second!.body.replace('Ana', 'Eve'),
            second!.headers as Record<string, string>,
          ),
        ).toThrow();

        const attempts = await store.db.query<{ status_code: number; error: string | null }>(
          'SELECT status_code, error FROM webhook_attempts ORDER BY id',
        );
        expect(attempts).toEqual([
          { status_code: 500, error: 'HTTP 500' },
          { status_code: 204, error: null },
        ]);
        expect(brand.received).toHaveLength(2);
      },
    );
  });

  it('gives up after maxAttempts and logs every attempt', async () => {
    await forwarding(
      [503],
      (url) => ({ url, maxAttempts: 3, retryBaseMs: 20 }),
      async (brand, webhook, forwarder) => {
        await testReceiver(store.db, { webhook }).post(sampleApplication());
        forwarder.wake();
        await until(async () => {
          const [d] = await store.db.query<{ status: string }>('SELECT status FROM webhook_deliveries');
          return d?.status === 'failed';
        });
        const [{ n } = { n: 0 }] = await store.db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM webhook_attempts',
        );
        expect(n).toBe(3);
        expect(brand.received).toHaveLength(3);
      },
    );
  });

  it('writes no password, nor the URL that could carry a token, into the attempt log', async () => {
    // configFromEnv refuses such a URL; the forwarder must not leak one it is given anyway.
    const withSecrets = (url: string) =>
      url.replace('http://', 'http://hooks:hunter2@').replace('/troupe', '/troupe?key=k3y');
    await forwarding(
      [204],
      (url) => ({ url: withSecrets(url), maxAttempts: 1, retryBaseMs: 20 }),
      async (_, webhook, forwarder) => {
        await testReceiver(store.db, { webhook }).post(sampleApplication());
        forwarder.wake();
        await until(async () => (await store.db.query('SELECT id FROM webhook_attempts')).length > 0);
        const [attempt] = await store.db.query<{ error: string | null }>(
          'SELECT error FROM webhook_attempts',
        );
        expect(attempt!.error).toEqual(expect.any(String));
        expect(attempt!.error).not.toMatch(/hunter2|k3y/);
        expect(attempt!.error).toMatch(/<webhook URL>|<redacted>/);
      },
    );
  });

  it('writes no delivery when no webhook is configured', async () => {
    await testReceiver(store.db).post(sampleApplication());
    const rows = await store.db.query('SELECT id FROM webhook_deliveries');
    expect(rows).toEqual([]);
  });
});

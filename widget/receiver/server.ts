// The receiver on Node: database opened and migrated, webhook forwarder started, HTTP served.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createReceiver } from './app';
import type { ReceiverConfig } from './config';
import { type Db, type DbOptions, openDb } from './db';
import { migrate } from './migrations';
import { startWebhookForwarder } from './webhook';

export interface ReceiverServerOptions {
  config: ReceiverConfig;
  database: DbOptions;
  port?: number;
  host?: string;
  /** Static folders served after the API: URL prefix → folder (e.g. the demo page and the widget bundle). */
  sites?: { prefix: string; root: string }[];
  timeouts?: Partial<HttpTimeouts>;
}

export interface HttpTimeouts {
  /** Longest time to receive a whole request (headers and body). */
  requestMs: number;
  /** Longest time to receive the headers. */
  headersMs: number;
}

/**
 * Node's defaults hold a request that declared a body and sends it slowly for 300 s, so a few
 * hundred slow clients tie up the server. An application is at most 64 KB: 20 s is enough on a poor
 * mobile connection.
 */
export const DEFAULT_TIMEOUTS: HttpTimeouts = { requestMs: 20_000, headersMs: 10_000 };

export interface ReceiverServer {
  url: string;
  db: Db;
  close(): Promise<void>;
}

export async function startReceiverServer(options: ReceiverServerOptions): Promise<ReceiverServer> {
  const db = await openDb(options.database);
  await migrate(db);
  const { config } = options;
  const forwarder = config.webhook ? startWebhookForwarder(db, config.webhook) : null;
  const app = createReceiver({ db, config, onStored: () => forwarder?.wake() });
  for (const { prefix, root } of options.sites ?? []) {
    const base = prefix.replace(/\/$/, '');
    app.use(
      `${base}/*`,
      serveStatic({
        root,
        rewriteRequestPath: (path) => path.slice(base.length) || '/',
        index: 'index.html',
      }),
    );
  }
  const host = options.host ?? '127.0.0.1';
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? 0,
    hostname: host,
    serverOptions: {
      requestTimeout: timeouts.requestMs,
      headersTimeout: Math.min(timeouts.headersMs, timeouts.requestMs),
      // Node looks for expired requests on this interval (30 s by default), which would stretch every timeout.
      connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Pages served by this server come from the address it listens on (unless configured otherwise).
  if (options.sites?.length) config.publicOrigin ??= url;
  return {
    url,
    db,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await forwarder?.stop();
      await db.close();
    },
  };
}

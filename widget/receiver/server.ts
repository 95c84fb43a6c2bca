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
}

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
  const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
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

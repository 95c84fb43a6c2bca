// `tsx widget/receiver/main.ts`: the receiver as a process, configured from the environment
// (see README). Prints one JSON line `{"listening": url}` on stdout once it accepts applications.
import { configFromEnv } from './config';
import { startReceiverServer } from './server';

const env = process.env;
const server = await startReceiverServer({
  config: configFromEnv(env),
  database: { databaseUrl: env['DATABASE_URL'] || undefined, dataDir: env['TROUPE_DATA_DIR'] || undefined },
  port: Number(env['PORT'] ?? 8787),
  host: env['HOST'] || '127.0.0.1',
});
process.stdout.write(`${JSON.stringify({ listening: server.url })}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

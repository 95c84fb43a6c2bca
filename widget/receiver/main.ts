// `tsx widget/receiver/main.ts`: the receiver as a process, configured from the environment
// (see README). Prints one JSON line `{"listening": url}` on stdout once it accepts applications.
import { configFromEnv, databaseFromEnv, timeoutsFromEnv } from './config';
import { type ReceiverServerOptions, startReceiverServer } from './server';

const env = process.env;
let settings: Pick<ReceiverServerOptions, 'config' | 'database' | 'timeouts'>;
try {
  settings = { config: configFromEnv(env), database: databaseFromEnv(env), timeouts: timeoutsFromEnv(env) };
} catch (error) {
  // A setting that would leave the receiver open is refused before anything listens.
  process.stderr.write(`The receiver did not start: ${(error as Error).message}\n`);
  process.exit(2);
}
const server = await startReceiverServer({
  ...settings,
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

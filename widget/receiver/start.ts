// `npm start`: build the extension and the widget, then run the receiver on the embedded database
// with the demo landing page and the widget bundle, and say where everything is.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configFromEnv, databaseFromEnv, TOKEN_MIN_LENGTH, timeoutsFromEnv } from './config';
import { startReceiverServer } from './server';

const repo = resolve(import.meta.dirname, '../..');
const env = process.env;
const dataDir = resolve(repo, env['TROUPE_DATA_DIR'] || '.data/receiver');
const port = Number(env['PORT'] ?? 8787);
const host = env['HOST'] || '127.0.0.1';

if (env['TROUPE_SKIP_BUILD'] !== '1') {
  for (const script of ['build:ext', 'build:widget']) {
    console.log(`\n> npm run ${script}`);
    const run = spawnSync('npm', ['run', script], { cwd: repo, stdio: 'inherit' });
    // Serve what exists rather than nothing: the receiver works without a fresh bundle.
    if (run.status !== 0) console.error(`\n!! npm run ${script} failed; serving what was built before.\n`);
  }
}

mkdirSync(dataDir, { recursive: true });
let config: ReturnType<typeof configFromEnv>;
try {
  config = configFromEnv(env);
} catch (error) {
  console.error(`\nThe receiver could not start: ${(error as Error).message}`);
  process.exit(1);
}
config.exportToken ??= localToken(join(dataDir, 'token'));

const server = await startReceiverServer({
  config,
  database: databaseFromEnv(env, join(dataDir, 'db')),
  timeouts: timeoutsFromEnv(env),
  port,
  host,
  sites: [
    { prefix: '/widget', root: join(repo, '.output/widget') },
    { prefix: '/', root: join(repo, 'widget/demo') },
  ],
}).catch((error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `\nPort ${port} is already in use: stop the other server or run PORT=8788 npm start.`
      : `\nThe receiver could not start: ${error.message}`,
  );
  process.exit(1);
});

const u = server.url;
const has = (path: string) => (existsSync(join(repo, path)) ? '' : '   (not built yet)');
console.log(`
Troupe is running.

  Demo landing page   ${u}/${has('widget/demo/index.html')}
  Widget bundle       ${u}/widget/troupe-apply.js${has('.output/widget/troupe-apply.js')}
  Receiver            POST ${u}/applications   (public brief: ${u}/brief)
  Database            ${env['DATABASE_URL'] ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}/db`}
  Export              curl -H 'Authorization: Bearer ${config.exportToken}' '${u}/applications?format=csv'

  Extension           Chrome: chrome://extensions > Developer mode > Load unpacked > ${join(repo, '.output/chrome-mv3')}${has('.output/chrome-mv3/manifest.json')}
                      Firefox: about:debugging > Load Temporary Add-on > ${join(repo, '.output/firefox-mv3/manifest.json')}
                      Options > Receiver: URL ${u}  token ${config.exportToken}

Ctrl+C stops it.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

/**
 * A token kept in the data folder, so the extension's saved settings survive a restart. One made
 * before tokens had a minimum length is replaced (the extension's options then need the new one).
 */
function localToken(path: string): string {
  const kept = existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
  if (kept.length >= TOKEN_MIN_LENGTH) return kept;
  const token = randomBytes(32).toString('base64url');
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return token;
}

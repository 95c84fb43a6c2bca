// Launches Debian's Chromium through playwright-core, optionally with the built extension loaded
// and the social sites' host names mapped to a local server (../shared/docs/toolchain.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built extension; TROUPE_EXTENSION_DIR points the tests at another build (say, of an older commit). */
export const EXTENSION_DIR =
  process.env.TROUPE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/** Host names the extension's content scripts run on; all are mapped to the local server. */
export const PLATFORM_HOSTNAMES = [
  'www.instagram.com',
  'www.tiktok.com',
  'www.youtube.com',
  'x.com',
  'twitter.com',
  'www.twitch.tv',
  'clips.twitch.tv',
];

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface LaunchOptions {
  /** Load the built Chrome extension from .output/chrome-mv3. */
  extension?: boolean;
  /** Map PLATFORM_HOSTNAMES (and any extra names) to 127.0.0.1:port. */
  mapHostsToPort?: number;
  extraHosts?: string[];
  /** Reuse a profile folder (to test a browser restart); a fresh one otherwise. */
  userDataDir?: string;
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  extensionId: string | null;
  /** Closes the browser; removes the profile folder unless it was passed in. */
  close: () => Promise<void>;
}

export async function launch(options: LaunchOptions = {}): Promise<Launched> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium`);
  if (options.extension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run npm run build:ext first`);
  }
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'troupe-chromium-'));
  const args = [...QUIET_FLAGS];
  if (options.extension)
    args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  if (options.mapHostsToPort) {
    const hosts = [...PLATFORM_HOSTNAMES, ...(options.extraHosts ?? [])];
    args.push(
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${options.mapHostsToPort}`).join(', ')}`,
    );
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    args,
  });
  let extensionId: string | null = null;
  if (options.extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker');
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    userDataDir,
    extensionId,
    close: async () => {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

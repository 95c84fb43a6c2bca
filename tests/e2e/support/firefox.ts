// Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core; no browser is downloaded) with
// the built Firefox extension installed, and the social sites' host names reaching the local HTTPS
// server through a CONNECT proxy (Firefox has no --host-resolver-rules).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BidiBrowser } from 'puppeteer-core/internal/bidi/Browser.js';
import { type ConnectProxy, startConnectProxy } from './connect-proxy';
import { packXpi } from './xpi';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3');
/** The add-on id the Firefox manifest declares (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'troupe@troupe.invalid';
/**
 * Firefox gives each install a random moz-extension:// UUID (the origin of its pages and of its
 * IndexedDB roster); pinning it through the extensions.webextensions.uuids pref lets the test open
 * the roster page by URL.
 */
export const EXTENSION_UUID = '6f1d0c2e-7b7a-4c1e-9f3d-2a8e5b9c4d10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxLaunch {
  /** Port of the local HTTPS server the platforms' host names are sent to. */
  serverPort: number;
  /** Reuse a profile folder (to test a browser restart); a fresh one otherwise. */
  userDataDir?: string;
}

export interface LaunchedFirefox {
  browser: Browser;
  userDataDir: string;
  proxy: ConnectProxy;
  /** True when this launch installed the add-on; false when the profile already had it. */
  installedNow: boolean;
  /** Opens one of the extension's own pages (`/roster.html`) in a new tab, once it has loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
  /** Closes the browser and the proxy; removes the profile folder unless it was passed in. */
  close: () => Promise<void>;
}

export async function launchFirefox(options: FirefoxLaunch): Promise<LaunchedFirefox> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install firefox-esr`);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run npm run build:ext first`);
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'troupe-firefox-'));
  const proxy = await startConnectProxy(options.serverPort);
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir,
      // The local server's certificate is self-signed (made at test time).
      acceptInsecureCerts: true,
      // Lets the test open moz-extension:// pages by URL, as a user can from the address bar;
      // WebDriver BiDi refuses navigations to privileged schemes without it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        // Our build is unsigned; ESR, Developer Edition and Nightly honour this pref, release does not.
        'xpinstall.signatures.required': false,
      },
    })
    .catch(async (error: unknown) => {
      await proxy.close();
      throw error;
    });
  // A permanent install, as from addons.mozilla.org: it stays in the profile across a restart.
  const installedNow = !existsSync(join(userDataDir, 'extensions', `${ADDON_ID}.xpi`));
  if (installedNow) await installPermanently(browser);
  return {
    browser,
    installedNow,
    openExtensionPage: (path) => openExtensionPage(browser, path),
    userDataDir,
    proxy,
    close: async () => {
      await browser.close();
      await proxy.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}${path}`;
  // Firefox sends no BiDi navigation events for a moz-extension:// document (it loads in the
  // extension process), so goto() never resolves: start it, and wait for the document instead.
  page.goto(url, { timeout: 0 }).catch(() => {});
  await page.waitForFunction(
    (want) => location.href === want && document.readyState !== 'loading',
    { polling: 100, timeout: 15_000 },
    url,
  );
  return page;
}

/**
 * BiDi webExtension.install with Firefox's "moz:permanent" (puppeteer's installExtension makes a
 * temporary add-on); a permanent install must be an archive, so the build is packed first.
 */
async function installPermanently(browser: Browser): Promise<void> {
  const { connection } = browser as unknown as BidiBrowser;
  const params = {
    extensionData: { type: 'base64', value: packXpi(FIREFOX_EXTENSION_DIR).toString('base64') },
    'moz:permanent': true,
  } as const;
  const { result } = await connection.send('webExtension.install', params);
  if (result.extension !== ADDON_ID) throw new Error(`Installed ${result.extension}, expected ${ADDON_ID}`);
}

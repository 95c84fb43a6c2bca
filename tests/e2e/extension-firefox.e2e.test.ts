// The built Firefox extension (.output/firefox-mv3) in Debian's firefox-esr, driven over WebDriver
// BiDi, on saved pages served at the platforms' real URLs (https://www.instagram.com/... through a
// CONNECT proxy to the local server). The card must show what the shared adapter reads from the same
// page, save with one click, and the roster page must list the creator after a browser restart of
// the same profile, with the add-on installed once, permanently, as for a user. One browser start
// and one restart; the Chromium test (extension.e2e.test.ts) covers the rest.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../overlay/Card';
import { CARD } from './support/card';
import { creatorOf, expectedFacts } from './support/expected-facts';
import { type LaunchedFirefox, launchFirefox } from './support/firefox';
import { firefoxCard } from './support/firefox-card';
import { missesOnRealPages } from './support/real-pages';
import {
  mayaTrails,
  ownPages,
  REPO_ROOT,
  type SocialServer,
  sharedPages,
  startSocialServer,
} from './support/social-server';

const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');

const cardText = (page: Page, testId: string) => firefoxCard(page).text(testId);
const cardCount = (page: Page, testId: string) => firefoxCard(page).count(`[data-testid=${testId}]`);

/**
 * A script error, not a report about the page's own loading: Firefox logs the captured pages'
 * blocked inline scripts (the server's CSP, on purpose) and their cross-origin subresources as
 * errors of the page too. Errors of our content script reach this event as well.
 */
function isThrown(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  return (
    /^(\w*Error|uncaught exception): /.test(error.message) || (error.stack ?? '').includes('moz-extension://')
  );
}

/** Waits for `selector` inside the card (its closed shadow root). */
const waitFor = (page: Page, selector: string) => firefoxCard(page).waitFor(selector);
const clickInCard = (page: Page, selector: string) => firefoxCard(page).click(selector);

/**
 * Waits for `selector` in one of the extension's own pages. Polls on a timer: puppeteer's locators
 * poll on requestAnimationFrame, which a headless tab not in front stops firing.
 */
async function waitInPage(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (s) => document.querySelector(s) != null,
    { polling: 100, timeout: 10_000 },
    selector,
  );
}

describe('the extension in Firefox', () => {
  const own = ownPages();
  const real = sharedPages();
  const firstProfile = own.find((p) => p.url === 'https://www.instagram.com/lena.makes/')!;
  // A second creator on the same site (the same markup under another handle), for in-app navigation.
  const secondProfile = mayaTrails(firstProfile);
  let server: SocialServer;
  let firefox: LaunchedFirefox;
  let userDataDir: string;
  const pageErrors: string[] = [];

  const open = async (url: string) => {
    const page = await firefox.browser.newPage();
    page.on('pageerror', (error) => {
      if (isThrown(error)) pageErrors.push(`${url}: ${error.message}`);
    });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  };

  /** One of the extension's own pages, its errors counted like the social pages'. */
  const openOwnPage = async (path: string) => {
    const page = await firefox.openExtensionPage(path);
    page.on('pageerror', (error) => {
      if (isThrown(error)) pageErrors.push(`${path}: ${error.message}`);
    });
    return page;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startSocialServer([...own, secondProfile, ...real]);
    userDataDir = mkdtempSync(join(tmpdir(), 'troupe-firefox-e2e-'));
    firefox = await launchFirefox({ serverPort: server.port, userDataDir });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('shows on every page the facts the adapter reads', async () => {
    expect(own.length).toBeGreaterThanOrEqual(10);
    for (const saved of own) {
      const facts = expectedFacts(saved);
      const creator = creatorOf(facts);
      const page = await open(saved.url);
      await waitFor(page, `${CARD}[data-phase=ready]`);
      expect(await cardText(page, 'troupe-handle'), saved.file).toBe(`@${creator.handle}`);
      if (creator.followers)
        expect(await cardText(page, 'troupe-followers'), saved.file).toBe(countText(creator.followers));
      else expect(await cardCount(page, 'troupe-followers'), saved.file).toBe(0);
      expect(await cardText(page, 'troupe-tier'), saved.file).not.toBe('');
      expect(await cardText(page, 'troupe-engagement'), saved.file).not.toBe('');
      if (facts.kind === 'post' && facts.post.caption?.trim())
        expect(await cardCount(page, 'troupe-rule'), saved.file).toBeGreaterThan(0);
      await page.close();
    }
    expect(pageErrors).toEqual([]);
    expect(firefox.proxy.hosts).toContain('www.instagram.com');
  });

  it('saves with one click', async () => {
    const page = await open(firstProfile.url);
    await waitFor(page, `${CARD}[data-phase=ready]`);
    await waitFor(page, `[data-testid=troupe-roster-status][data-status=absent]`);
    // With no brief yet the card offers a starter brief; taking it scores the creator in place.
    await clickInCard(page, '[data-testid=troupe-starter]');
    await waitFor(page, '[data-testid=troupe-score]');
    expect(await cardText(page, 'troupe-coverage')).toMatch(/^coverage \d+%$/);
    await clickInCard(page, '[data-testid=troupe-save]');
    await waitFor(page, `[data-testid=troupe-roster-status][data-status=in-roster]`);
    expect(await cardText(page, 'troupe-roster-status')).toBe('Saved to roster · 1 snapshot');
    await page.screenshot({ path: join(ARTIFACTS, 'overlay-instagram-firefox.png') });
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('follows the page to a second creator through the History API', async () => {
    const page = await open(firstProfile.url);
    await waitFor(page, `${CARD}[data-phase=ready]`);
    const next = new URL(secondProfile.url);
    await page.evaluate(
      (href) => (window as unknown as { troupeNavigate: (h: string) => Promise<void> }).troupeNavigate(href),
      next.pathname + next.search,
    );
    const handle = `@${creatorOf(expectedFacts(secondProfile)).handle}`;
    await expect.poll(() => cardText(page, 'troupe-handle'), { timeout: 8000 }).toBe(handle);
    expect(await page.$$eval('troupe-overlay', (all) => all.length)).toBe(1);
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it.skipIf(real.length === 0)('reads the real captured pages of ../shared at their URLs', async () => {
    const misses = await missesOnRealPages('firefox', real, async (url) => {
      const page = await open(url);
      const phase = await waitFor(page, `${CARD}:is([data-phase=ready], [data-phase=unreadable])`)
        .then(async () => (await firefoxCard(page).attribute(CARD, 'data-phase')) ?? 'no card')
        .catch(() => 'no card');
      return { phase, text: (testId) => cardText(page, testId), close: () => page.close() };
    });
    expect(misses).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('lists the saved creator on the roster page after a browser restart', async () => {
    expect(firefox.installedNow).toBe(true);
    const creator = creatorOf(expectedFacts(firstProfile));
    await firefox.close();
    firefox = await launchFirefox({ serverPort: server.port, userDataDir });
    // The add-on survived the restart: nothing was installed again.
    expect(firefox.installedNow).toBe(false);
    const roster = await openOwnPage('/roster.html');
    await waitInPage(roster, '[data-testid=roster-handle]');
    const handles = await roster.$$eval('[data-testid=roster-handle]', (all) =>
      all.map((b) => b.textContent),
    );
    expect(handles).toEqual([expect.stringContaining(creator.handle)]);
    await roster.close();
    // The card on the creator's page knows them too.
    const page = await open(firstProfile.url);
    await waitFor(page, '[data-testid=troupe-roster-status][data-status=in-roster]');
    expect(await cardText(page, 'troupe-roster-status')).toBe('In roster · 1 snapshot');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('opens the popup and the sidebar (Firefox has no side panel) with the roster in them', async () => {
    const popup = await openOwnPage('/popup.html');
    await waitInPage(popup, '[data-testid=popup-counts]');
    expect(await popup.$eval('[data-testid=popup-counts]', (p) => p.textContent)).toMatch(/^1 in the roster/);
    await popup.close();
    const sidebar = await openOwnPage('/sidepanel.html');
    await waitInPage(sidebar, '[data-testid=roster-handle]');
    expect(await sidebar.$eval('h1', (h) => h.textContent)).toBe('Roster (1)');
    await sidebar.close();
    expect(pageErrors).toEqual([]);
  });
});

if (!existsSync(join(REPO_ROOT, '../shared')))
  console.warn('extension-firefox.e2e: ../shared is absent; real pages skipped');

// The built extension in Debian's Chromium, on saved pages served at the platforms' real URLs.
// The card must show what the shared adapter reads from the same page (run here in happy-dom), save
// to the roster, follow in-app navigation, survive the site removing it and a browser restart, and
// never raise an error in the page.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countText } from '../../overlay/Card';
import { TROUPE } from '../../shared/messages';
import { adapterFor } from '../../shared/platforms';
import { FACTOR_IDS } from '../../shared/schemas/enums';
import { CARD, type CardView, cardOf } from './support/card';
import { type Launched, launch } from './support/chromium';
import { creatorOf, expectedFacts } from './support/expected-facts';
import { missesOnRealPages } from './support/real-pages';
import {
  mayaTrails,
  ownPages,
  REPO_ROOT,
  type SocialServer,
  sharedPages,
  startSocialServer,
} from './support/social-server';

/** The extension API inside the service worker, where `worker.evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');

// The card's root is closed: each page's card is read through the content-script world (support/card.ts).
const cards = new WeakMap<Page, CardView>();
const card = (page: Page) => cards.get(page)!;

async function cardText(page: Page, testId: string): Promise<string> {
  return card(page).text(testId);
}

async function waitForCard(page: Page, phase = 'ready', timeout = 10_000) {
  await card(page).waitFor(`${CARD}[data-phase=${phase}]`, timeout);
}

describe('the overlay in Chromium', () => {
  const own = ownPages();
  const real = sharedPages();
  // Two creators on one site for in-app navigation: our Instagram profile and a second creator
  // served from the same markup under another handle.
  const firstProfile = own.find((p) => p.url === 'https://www.instagram.com/lena.makes/');
  const secondProfile = firstProfile && mayaTrails(firstProfile);
  let server: SocialServer;
  let browser: Launched;
  let userDataDir: string;
  const pageErrors: string[] = [];

  const open = async (url: string) => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
    cards.set(page, await cardOf(page, browser.extensionId!));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startSocialServer([...own, ...(secondProfile ? [secondProfile] : []), ...real]);
    userDataDir = mkdtempSync(join(tmpdir(), 'troupe-overlay-e2e-'));
    browser = await launch({ extension: true, mapHostsToPort: server.port, userDataDir });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('has our own logged-in pages for all five platforms', () => {
    const platforms = new Set(own.map((p) => adapterFor(p.url)?.platform));
    expect([...platforms].sort()).toEqual(['instagram', 'tiktok', 'twitch', 'x', 'youtube']);
  });

  it('shows on every page the facts the adapter reads, with a screenshot per platform', async () => {
    const shotTaken = new Set<string>();
    for (const saved of own) {
      const facts = expectedFacts(saved);
      const creator = creatorOf(facts);
      const page = await open(saved.url);
      await waitForCard(page);
      expect(await cardText(page, 'troupe-handle'), saved.file).toBe(`@${creator.handle}`);
      if (creator.followers)
        expect(await cardText(page, 'troupe-followers'), saved.file).toBe(countText(creator.followers));
      else expect(await card(page).count('[data-testid=troupe-followers]')).toBe(0);
      expect(await cardText(page, 'troupe-tier')).not.toBe('');
      expect(await cardText(page, 'troupe-engagement')).not.toBe('');
      if (facts.kind === 'post' && facts.post.caption?.trim()) {
        expect(await card(page).count('[data-testid=troupe-rule]')).toBeGreaterThan(0);
      }
      const shot = `overlay-${creator.platform}-${facts.kind}.png`;
      shotTaken.add(creator.platform);
      await card(page).screenshot(CARD, join(ARTIFACTS, shot));
      await page.close();
    }
    expect(shotTaken.size).toBe(5);
    expect(pageErrors).toEqual([]);
  });

  it('saves with one click; saving again adds a snapshot, not a second entry', async () => {
    const saved = firstProfile!;
    const page = await open(saved.url);
    await waitForCard(page);
    await card(page).waitFor('[data-testid=troupe-roster-status][data-status=absent]');
    // With no brief yet the card offers a starter brief; taking it scores the creator in place.
    await card(page).click('[data-testid=troupe-starter]');
    await card(page).waitFor('[data-testid=troupe-score]');
    expect(await cardText(page, 'troupe-coverage')).toMatch(/^coverage \d+%$/);
    expect(await cardText(page, 'troupe-confidence')).toMatch(/^(high|medium|low) confidence$/);
    expect(await card(page).count('[data-testid=troupe-factor]')).toBe(FACTOR_IDS.length);
    await card(page).click('summary');
    await card(page).screenshot(CARD, join(ARTIFACTS, 'overlay-instagram-scored.png'));
    await card(page).click('[data-testid=troupe-save]');
    await card(page).waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    expect(await cardText(page, 'troupe-roster-status')).toBe('Saved to roster · 1 snapshot');
    await card(page).click('[data-testid=troupe-save]');
    await expect.poll(() => cardText(page, 'troupe-roster-status')).toBe('Updated in roster · 2 snapshots');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('follows two creators visited in one tab through the History API, and leaves with them', async () => {
    const [first, second] = [firstProfile!, secondProfile!];
    const page = await open(first.url);
    await waitForCard(page);
    expect(await cardText(page, 'troupe-handle')).toBe(`@${creatorOf(expectedFacts(first)).handle}`);
    const path = new URL(second.url);
    await page.evaluate(
      (href) => (window as unknown as { troupeNavigate: (h: string) => Promise<void> }).troupeNavigate(href),
      path.pathname + path.search,
    );
    const next = creatorOf(expectedFacts(second));
    await expect.poll(() => cardText(page, 'troupe-handle'), { timeout: 8000 }).toBe(`@${next.handle}`);
    await waitForCard(page);
    expect(await cardText(page, 'troupe-followers')).toBe(countText(next.followers));
    expect(await page.locator('troupe-overlay').count()).toBe(1);
    // Leaving creator pages (the site's home) removes the card.
    await page.evaluate(() => history.pushState({}, '', '/'));
    await expect.poll(() => page.locator('troupe-overlay').count()).toBe(0);
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it("answers the popup for its tab, and the popup's quick save adds the creator to the roster", async () => {
    const saved = secondProfile!;
    const creator = creatorOf(expectedFacts(saved));
    const page = await open(saved.url);
    await waitForCard(page);
    await card(page).waitFor('[data-testid=troupe-roster-status][data-status=absent]');
    const [worker] = browser.context.serviceWorkers();
    if (!worker) throw new Error('No extension service worker');
    // The content script's own answer to TabApi 'overlay.current', asked as the popup asks it.
    const answer = await worker.evaluate(
      async ([url, troupe]) => {
        const [tab] = await chrome.tabs.query({ url });
        return chrome.tabs.sendMessage(tab!.id!, { troupe, method: 'overlay.current', input: {} });
      },
      [saved.url, TROUPE] as const,
    );
    expect(answer.profile.handle).toBe(creator.handle);
    expect(answer.profile.followers).toEqual(creator.followers);
    expect(answer.fit?.score).toEqual(expect.any(Number));

    // The popup page asks the active tab of its window: put it beside the creator's tab, which stays active.
    const popup = await browser.context.newPage();
    popup.on('pageerror', (error) => pageErrors.push(`popup: ${error.message}`));
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await worker.evaluate(async (url) => {
      const [creatorTab] = await chrome.tabs.query({ url });
      const [popupTab] = await chrome.tabs.query({ url: chrome.runtime.getURL('/popup.html') });
      await chrome.tabs.move(popupTab!.id!, { windowId: creatorTab!.windowId, index: -1 });
      await chrome.tabs.update(creatorTab!.id!, { active: true });
    }, saved.url);
    await popup.reload();
    const save = popup.locator('[data-testid=popup-save]');
    await save.waitFor();
    expect(await popup.locator('main').textContent()).toContain(`@${creator.handle}`);
    expect(await save.textContent()).toBe('Save to roster');
    await save.click();
    await expect.poll(() => save.textContent()).toBe('Saved · save again');
    await popup.close();

    await page.reload();
    await waitForCard(page);
    await card(page).waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    expect(await cardText(page, 'troupe-roster-status')).toBe('In roster · 1 snapshot');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  it('comes back when the site removes it, once', async () => {
    const page = await open(own[0]!.url);
    await waitForCard(page);
    await page.evaluate(() => document.querySelector('troupe-overlay')?.remove());
    await expect.poll(() => page.locator('troupe-overlay').count()).toBe(1);
    await waitForCard(page);
    await page.close();
  });

  it('follows dark mode and is reachable from the keyboard', async () => {
    const page = await open(own[0]!.url);
    await waitForCard(page);
    const background = () => card(page).style(CARD, 'background-color');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(28, 26, 36)');
    await page.keyboard.press('Alt+Shift+T');
    const toggle = '[data-testid=troupe-toggle]';
    await expect.poll(() => card(page).focused(toggle)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).attribute(toggle, 'aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    await expect.poll(() => card(page).attribute(toggle, 'aria-expanded')).toBe('true');
    await page.close();
  });

  it('keeps a saved creator across a browser restart', async () => {
    const saved = firstProfile!;
    await browser.close();
    browser = await launch({ extension: true, mapHostsToPort: server.port, userDataDir });
    const page = await open(saved.url);
    await waitForCard(page);
    await card(page).waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    expect(await cardText(page, 'troupe-roster-status')).toBe('In roster · 2 snapshots');
    await page.close();
  });

  it.skipIf(real.length === 0)('reads the real captured pages of ../shared at their URLs', async () => {
    const misses = await missesOnRealPages('chromium', real, async (url) => {
      const page = await open(url);
      const phase = await card(page)
        .waitFor(`${CARD}:is([data-phase=ready], [data-phase=unreadable])`, 10_000)
        .then(async () => (await card(page).attribute(CARD, 'data-phase')) ?? 'no card')
        .catch(() => 'no card');
      return { phase, text: (testId) => cardText(page, testId), close: () => page.close() };
    });
    expect(misses).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

if (!existsSync(join(REPO_ROOT, '../shared')))
  console.warn('extension.e2e: ../shared is absent; real pages skipped');

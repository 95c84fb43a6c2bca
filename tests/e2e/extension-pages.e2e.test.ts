// Every page of the extension in Chromium (issue 11): axe-core finds no violation in light and dark,
// wide and at 500 px; nothing runs off the window; the popup and side panel have their own layout;
// the welcome page opens on install and the popup leads to the brief editor and the side panel.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disclosure, fitResult, profile } from '../shared/roster/creators';
import { type Launched, launch } from './support/chromium';
import { axeViolations, callFrom } from './support/extension-call';

interface ExtensionPage {
  name: string;
  path: string;
  /** Brings the page into the state under test once loaded. */
  ready: (page: Page) => Promise<void>;
}

const openDetail = async (page: Page) => {
  await page.getByTestId('roster-handle').first().click();
  await page.getByTestId('score-breakdown').waitFor();
};

const PAGES: ExtensionPage[] = [
  { name: 'roster', path: '/roster.html', ready: (p) => p.getByTestId('roster-handle').first().waitFor() },
  { name: 'roster with the detail open', path: '/roster.html', ready: openDetail },
  { name: 'options', path: '/options.html', ready: (p) => p.getByTestId('brief-preview').waitFor() },
  { name: 'popup', path: '/popup.html', ready: (p) => p.getByTestId('popup-counts').waitFor() },
  {
    name: 'side panel',
    path: '/sidepanel.html',
    ready: (p) => p.getByTestId('roster-handle').first().waitFor(),
  },
  { name: 'welcome', path: '/welcome.html', ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
];

let browser: Launched;
let page: Page;

/**
 * Elements whose visible part reaches outside the window: each box clipped by its scrolling or
 * clipping ancestors first, so a wide table inside its own scroll box does not count.
 */
function escapingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      let left = box.left;
      let right = box.right;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const clip = a.getBoundingClientRect();
        left = Math.max(left, clip.left);
        right = Math.min(right, clip.right);
      }
      if (right - left <= 0) continue;
      if (left < -1 || right > width + 1) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
        out.push(
          `${name} ${Math.round(left)}–${Math.round(right)} of ${width}: ${el.textContent?.slice(0, 40)}`,
        );
      }
    }
    return out.slice(0, 5);
  });
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function show(target: ExtensionPage, width: number, scheme: 'light' | 'dark') {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}${target.path}`);
  await target.ready(page);
}

beforeAll(async () => {
  browser = await launch({ extension: true });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/roster.html`);
  await callFrom(page, 'brief.createStarter', {});
  for (let i = 0; i < 6; i++) {
    await callFrom(page, 'roster.save', {
      profile: profile({
        handle: `a_rather_long_creator_handle_${i}`,
        displayName: `A Long Display Name ${i}`,
      }),
      fit: fitResult(40 + i * 9),
      disclosures: [disclosure(i % 2 ? 'missing' : 'disclosed', `https://example.test/p/${i}`)],
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('every extension page', () => {
  for (const target of PAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [1280, 500]) {
        it(`${target.name}, ${scheme}, ${width} px: no axe-core violation and nothing off the window`, async () => {
          await show(target, width, scheme);
          expect(await axeViolations(page)).toEqual([]);
          expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
          expect(await escapingElements(page)).toEqual([]);
        });
      }
    }
  }
});

describe('layouts (items 2 and 3)', () => {
  it('keeps the detail panel, its title, Close and the factor table inside a 1440 px window', async () => {
    await show(PAGES[1]!, 1440, 'light');
    const detail = (await page.getByTestId('roster-detail').boundingBox())!;
    expect(detail.x + detail.width).toBeLessThanOrEqual(1440);
    const close = (await page
      .getByTestId('roster-detail')
      .getByRole('button', { name: 'Close' })
      .boundingBox())!;
    expect(close.x + close.width).toBeLessThanOrEqual(1440);
    const clipped = await page
      .locator('.detail h2, .detail table.factors td, .detail table.factors th')
      .evaluateAll((cells) =>
        cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent),
      );
    expect(clipped).toEqual([]);
  });

  it('lays the roster out in one column at 500 px', async () => {
    await show(PAGES[0]!, 500, 'light');
    const main = (await page.locator('main').boundingBox())!;
    expect(main.width).toBeLessThanOrEqual(500);
    const table = (await page.getByTestId('roster-table').locator('..').boundingBox())!;
    expect(table.x + table.width).toBeLessThanOrEqual(500);
  });

  it('gives the popup its full width and the side panel all its columns', async () => {
    await show(PAGES[3]!, 340, 'light');
    // Every block of the popup spans its width (the roster's two-column grid squeezed them).
    const widths = await page
      .locator('main > *')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(270);
    await show(PAGES[4]!, 360, 'light');
    // The Fit column shows inside the table's own box, not scrolled out of it.
    const box = (await page.locator('.table-scroll').boundingBox())!;
    for (const cell of [
      page.getByRole('columnheader', { name: /Fit/ }),
      page.getByTestId('roster-score').first(),
    ]) {
      const r = (await cell.boundingBox())!;
      expect(r.x + r.width).toBeLessThanOrEqual(Math.min(360, box.x + box.width));
    }
  });
});

describe('getting started (item 12)', () => {
  it('opened the welcome page when the extension was installed', async () => {
    await expect
      .poll(() => browser.context.pages().some((p) => p.url().endsWith('/welcome.html')))
      .toBe(true);
  });

  it('leads from the popup to the brief editor and the side panel', async () => {
    await show(PAGES[3]!, 340, 'light');
    expect(await page.getByTestId('popup-sidepanel').isEnabled()).toBe(true);
    const [options] = await Promise.all([
      browser.context.waitForEvent('page'),
      page.getByTestId('popup-options').click(),
    ]);
    await options.waitForURL(/options\.html/);
    await options.close();
  });
});

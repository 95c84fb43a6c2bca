// Overlay benchmarks: gzip size of each platform's content script, time from navigation to card rendered
// (first load and in-app History API navigation) in Chromium, and long tasks while it works.
// The card's own figure is `data-troupe-rendered-ms` on its host: from the moment the content script
// handles the navigation to the card's DOM showing the creator.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from '../e2e/support/chromium';
import { ownPages, startSocialServer } from '../e2e/support/social-server';
import type { BenchRow } from './run';

// 35 KB again since the content scripts dropped webextension-polyfill (wxt.config.ts) and WXT's
// createShadowRootUi (overlay/card-host.ts); far below what one careless import of the scorer would add (~90 KB).
export const OVERLAY_GZIP_BUDGET = 35 * 1024;
const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const RUNS = Number(process.env.TROUPE_BENCH_RUNS ?? 10);

export interface ScriptSize {
  /** The content script's file, e.g. content-scripts/instagram.js. */
  name: string;
  script: number;
  css: number;
  total: number;
}

/**
 * Gzip -9 size of each built content script with its CSS (Chrome build), as the manifest lists them:
 * one per platform, each carrying only its own adapter. `world: 'MAIN'` picks the page-world script
 * instead (entrypoints/page-world.content).
 */
export function overlayGzipBytes(world: 'ISOLATED' | 'MAIN' = 'ISOLATED'): ScriptSize[] {
  const manifestFile = join(BUILD, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`No ${manifestFile}: run npm run build:ext first`);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    content_scripts?: { js?: string[]; world?: string }[];
  };
  const gz = (name: string) =>
    existsSync(join(BUILD, name)) ? gzipSync(readFileSync(join(BUILD, name)), { level: 9 }).length : 0;
  return (manifest.content_scripts ?? [])
    .filter((entry) => (entry.world ?? 'ISOLATED') === world)
    .flatMap((entry) => entry.js ?? [])
    .map((name) => {
      // cssInjectionMode 'ui': the CSS beside the script is fetched into the card's shadow root.
      const script = gz(name);
      const css = gz(name.replace(/\.js$/, '.css'));
      return { name, script, css, total: script + css };
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Registered before any page script: counts long tasks from navigation on.
const LONG_TASKS = `
window.__troupeLongTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__troupeLongTasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });`;

async function renderedMs(page: Page, previous: string | null): Promise<number> {
  const host = page.locator('troupe-overlay');
  // Waits on the render counter, not the time: two renders may take the same tenth of a millisecond.
  await page.waitForFunction(
    (prev) => {
      const count = document.querySelector('troupe-overlay')?.getAttribute('data-troupe-renders');
      return count !== null && count !== undefined && count !== prev;
    },
    previous,
    { timeout: 10_000 },
  );
  return Number(await host.getAttribute('data-troupe-rendered-ms'));
}

/**
 * The same page loads without the extension: on a loaded machine the page and the browser have long
 * tasks of their own, and only the difference is the overlay's.
 */
async function longTasksWithout(pages: ReturnType<typeof ownPages>, port: number): Promise<number> {
  const plain = await launch({ mapHostsToPort: port });
  try {
    await plain.context.addInitScript(LONG_TASKS);
    let total = 0;
    for (let run = 0; run < RUNS; run++) {
      for (const saved of pages) {
        const page = await plain.context.newPage();
        await page.goto(saved.url, { waitUntil: 'domcontentloaded' });
        await page.waitForTimeout(300);
        total += await page.evaluate(
          () => (window as unknown as { __troupeLongTasks: unknown[] }).__troupeLongTasks.length,
        );
        await page.close();
      }
    }
    return total;
  } finally {
    await plain.close();
  }
}

export default async function overlayBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = overlayGzipBytes().map((size) => ({
    name: `${size.name} + css, gzip -9`,
    value: size.total / 1024,
    unit: 'KB',
    target: '<= 35',
    ok: size.total <= OVERLAY_GZIP_BUDGET,
  }));
  const pages = ownPages();
  const server = await startSocialServer(pages);
  const browser = await launch({ extension: true, mapHostsToPort: server.port });
  try {
    await browser.context.addInitScript(LONG_TASKS);
    const firstLoad: number[] = [];
    const fromNavigationStart: number[] = [];
    const inApp: number[] = [];
    const longTasks: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      for (const saved of pages) {
        const page = await browser.context.newPage();
        await page.goto(saved.url, { waitUntil: 'domcontentloaded' });
        firstLoad.push(await renderedMs(page, null));
        const [mark] = await page.evaluate(() =>
          performance.getEntriesByName('troupe:card-rendered').map((e) => e.startTime),
        );
        if (mark !== undefined) fromNavigationStart.push(mark);
        await page.waitForTimeout(300);
        longTasks.push(
          await page.evaluate(
            () => (window as unknown as { __troupeLongTasks: unknown[] }).__troupeLongTasks.length,
          ),
        );
        // In-app: pushState to another saved page on the same host, as the site's router would.
        const sibling = pages.find((p) => p !== saved && new URL(p.url).host === new URL(saved.url).host);
        if (sibling) {
          const before = await page.locator('troupe-overlay').getAttribute('data-troupe-renders');
          const target = new URL(sibling.url);
          await page.evaluate(
            (href) =>
              (window as unknown as { troupeNavigate: (h: string) => Promise<void> }).troupeNavigate(href),
            target.pathname + target.search,
          );
          inApp.push(await renderedMs(page, before));
        }
        await page.close();
      }
    }
    rows.push(
      {
        name: `first load: content script start → card (median of ${firstLoad.length})`,
        value: median(firstLoad),
        unit: 'ms',
        target: '<= 50',
        ok: median(firstLoad) <= 50,
      },
      {
        name: `in-app pushState → card (median of ${inApp.length})`,
        value: inApp.length ? median(inApp) : Number.NaN,
        unit: 'ms',
        target: '<= 50',
        ok: inApp.length > 0 && median(inApp) <= 50,
      },
      {
        name: 'page navigationStart → card rendered (median, incl. page load)',
        value: fromNavigationStart.length ? median(fromNavigationStart) : Number.NaN,
        unit: 'ms',
      },
      {
        name: `long tasks (>= 50 ms) in ${longTasks.length} page loads with the overlay`,
        value: longTasks.reduce((a, b) => a + b, 0),
        unit: 'tasks',
        target: '0',
        ok: longTasks.every((n) => n === 0),
      },
    );
    rows.push({
      name: `long tasks in ${longTasks.length} loads of the same pages without the extension`,
      value: await longTasksWithout(pages, server.port),
      unit: 'tasks',
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

// Live-page benchmarks: the page-world script's size, and what each real API answer (../shared) costs
// once the web app has loaded it, in Chromium with the built extension:
// - main-thread cost in the content script (parse + adapter), from its `troupe:api-answer` measures;
// - latency from the page's own answer to the forwarded copy (the page-world script's clone and
//   chunked read, which run between the page's own tasks);
// - long tasks (> 50 ms) while answers arrive, against the same requests without the extension.
import type { Page } from 'playwright-core';
import {
  adapterReads,
  answerBody,
  ownAnswers,
  type RealAnswer,
  realAnswers,
} from '../e2e/support/api-answers';
import { startAppServer } from '../e2e/support/app-server';
import { launch } from '../e2e/support/chromium';
import { overlayGzipBytes } from './overlay.bench';
import type { BenchRow } from './run';

export const PAGE_WORLD_GZIP_BUDGET = 3 * 1024;
const RUNS = Number(process.env.TROUPE_BENCH_RUNS ?? 10);

interface AppWindow {
  troupeApp: {
    request: (spec: RealAnswer) => Promise<unknown>;
    forwardedAt: number[];
    answeredAt: number[];
  };
  /** Start times of the long tasks seen. */
  __troupeLongTasks: number[];
}

// Registered before any page script: long tasks from navigation on.
const LONG_TASKS = `
window.__troupeLongTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__troupeLongTasks.push(e.startTime);
}).observe({ type: 'longtask', buffered: true });`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Measured {
  read: number[];
  latency: number[];
  longTasks: number;
}

/** Asks `answer` RUNS times on its page; with the extension, what the reading cost. */
async function measure(page: Page, answer: RealAnswer): Promise<Measured> {
  // Only what happens from the first request on: the page load and the card's start are the overlay bench's.
  const from = await page.evaluate(() => performance.now());
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate((spec) => (window as unknown as AppWindow).troupeApp.request(spec), answer);
    // Let the clone's read and the content script finish before the next request, as a scroll would.
    await page.waitForTimeout(100);
  }
  return page.evaluate((since) => {
    const w = window as unknown as AppWindow;
    const at = w.troupeApp.answeredAt;
    return {
      read: performance.getEntriesByName('troupe:api-answer').map((e) => e.duration),
      latency: w.troupeApp.forwardedAt.map((t, i) => t - (at[i] ?? t)),
      longTasks: w.__troupeLongTasks.filter((t) => t >= since).length,
    };
  }, from);
}

export default async function liveBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = overlayGzipBytes('MAIN').map((size) => ({
    name: `${size.name}, gzip -9`,
    value: size.script / 1024,
    unit: 'KB',
    target: '<= 3',
    ok: size.script <= PAGE_WORLD_GZIP_BUDGET,
  }));
  // The real answers (../shared), and our own TikTok and Instagram ones (no public capture exists).
  const answers = [...realAnswers(), ...ownAnswers()].filter(adapterReads);
  if (answers.length === 0) {
    process.stderr.write(
      'live bench: no real answers the adapters read (../shared absent, or no apiCalls yet)\n',
    );
    return rows;
  }
  const server = await startAppServer();
  const withExtension = await launch({
    extension: true,
    mapHostsToPort: server.port,
    extraHosts: ['gql.twitch.tv'],
  });
  const without = await launch({ mapHostsToPort: server.port, extraHosts: ['gql.twitch.tv'] });
  try {
    await withExtension.context.addInitScript(LONG_TASKS);
    await without.context.addInitScript(LONG_TASKS);
    const allReads: number[] = [];
    let longWith = 0;
    let longWithout = 0;
    for (const answer of answers) {
      const body = answerBody(answer);
      server.answer(answer.url, { body });
      const results: Measured[] = [];
      for (const browser of [withExtension, without]) {
        const page = await browser.context.newPage();
        await page.goto(answer.pageUrl, { waitUntil: 'domcontentloaded' });
        // The content script (document_idle) listens before the first request.
        await page.waitForTimeout(300);
        results.push(await measure(page, answer));
        await page.close();
      }
      const [ext, plain] = results as [Measured, Measured];
      allReads.push(...ext.read);
      longWith += ext.longTasks;
      longWithout += plain.longTasks;
      const kb = Math.round(Buffer.byteLength(body) / 1024);
      rows.push(
        {
          name: `${answer.file} (${kb} KB): parse + adapter, median`,
          value: median(ext.read),
          unit: 'ms',
        },
        {
          name: `${answer.file} (${kb} KB): parse + adapter, max of ${ext.read.length}`,
          value: Math.max(...ext.read),
          unit: 'ms',
          target: '< 50',
          ok: ext.read.length === RUNS && Math.max(...ext.read) < 50,
        },
        {
          name: `${answer.file}: page's answer → forwarded copy (clone + read), median`,
          value: median(ext.latency),
          unit: 'ms',
        },
      );
    }
    rows.push(
      {
        name: `all answers: parse + adapter, median of ${allReads.length}`,
        value: median(allReads),
        unit: 'ms',
      },
      {
        name: 'all answers: parse + adapter, max',
        value: Math.max(...allReads),
        unit: 'ms',
        target: '< 50',
        ok: Math.max(...allReads) < 50,
      },
      {
        name: `long tasks (> 50 ms) over ${answers.length * RUNS} answers, with the extension`,
        value: longWith,
        unit: 'tasks',
        target: `<= ${longWithout} (without)`,
        ok: longWith <= longWithout,
      },
      { name: 'long tasks over the same answers without the extension', value: longWithout, unit: 'tasks' },
    );
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
  return rows;
}

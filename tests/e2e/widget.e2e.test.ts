// The widget in Debian's Chromium on a landing page with the strict CSP: CSP and Trusted Types
// violations, axe in every state, layout shift, isolation from hostile CSS, double loading,
// repeated mounting, nothing before interaction, right-to-left, and the README screenshot.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launch } from './support/chromium';
import { waitForEvent } from './support/page-events';
import { REPO, startDemoSite, startWidgetSite, type WidgetSite } from './widget-site';

const AXE = readFileSync(join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = join(REPO, 'tests/artifacts');

let browser: Launched;
let site: WidgetSite;

beforeAll(async () => {
  site = await startWidgetSite();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Records CSP/Trusted Types violations, console errors, layout shifts and troupe:* events from the first byte. */
async function openPage(
  url: string,
  viewport = { width: 1000, height: 900 },
  before?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await browser.context.newPage();
  await before?.(page);
  await page.setViewportSize(viewport);
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown[] | number>;
    w.__violations = [];
    w.__errors = [];
    w.__events = [];
    w.__cls = 0;
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        (w.__violations as unknown[]).push(
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ),
      true,
    );
    for (const name of ['ready', 'submit', 'success', 'error'])
      document.addEventListener(`troupe:${name}`, (e) =>
        (w.__events as unknown[]).push({ name, detail: (e as CustomEvent).detail, at: e.timeStamp }),
      );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.__cls = (w.__cls as number) + entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Trusted Type/i.test(m.text()))
      void page
        .evaluate((t) => (window as unknown as { __errors: string[] }).__errors.push(t), m.text())
        .catch(() => {});
  });
  page.on('pageerror', (e) => {
    void page
      .evaluate((t) => (window as unknown as { __errors: string[] }).__errors.push(t), String(e))
      .catch(() => {});
  });
  await page.goto(url);
  await waitForEvent(page, 'ready');
  return page;
}

const read = <T>(page: Page, name: string): Promise<T> =>
  page.evaluate((n) => (window as unknown as Record<string, T>)[n] as T, name);

async function fill(page: Page) {
  const w = page.locator('troupe-apply');
  await w.locator('input[name="name"]').fill('Ana Souza');
  await w.locator('input[name="email"]').fill('ana@example.com');
  await w.locator('select[name="country"]').selectOption('BR');
  await w.locator('input[name="languages"][value="pt"]').check();
  await w.locator('input[name="handles.0.handle"]').fill('ana.trilhas');
  await w.locator('input[name="handles.0.followers"]').fill('12400');
  await w.locator('input[name="handles.0.typicalViews"]').fill('3100');
  await w.locator('input[name="niches"]').fill('hiking, camping');
  await w.locator('textarea[name="samples"]').fill('https://www.instagram.com/p/abc/');
  await w.locator('textarea[name="pitch"]').fill('I film long trails and review camping gear.');
  await w.locator('input[name="consent"]').check();
}

const sendButton = (page: Page) => page.locator('troupe-apply button[type="submit"]');

async function axe(page: Page, state: string) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return (result.violations as { id: string; nodes: { target: unknown; failureSummary: string }[] }[]).map(
      (v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`),
      }),
    );
  });
  expect(violations, state).toEqual([]);
}

describe('strict CSP and Trusted Types', () => {
  it('a whole application, from load to success, causes 0 violations and 0 console errors', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openPage(site.url({ feedback: true }));
    await fill(page);
    await sendButton(page).click();
    await waitForEvent(page, 'success');
    await page.waitForTimeout(200);
    expect(await read(page, '__violations')).toEqual([]);
    expect(await read(page, '__errors')).toEqual([]);
    const [post] = site.posts.slice(-1);
    expect(post?.body).toMatchObject({
      brand: 'Northwind Outdoors',
      briefId: 'northwind-2026',
      attribution: { utm_source: 'test', utm_campaign: 'e2e' },
    });
    expect(JSON.stringify(post?.body.attribution)).not.toContain('secret');
    // The shared core scored the applicant against the inline brief (a hint; the receiver recomputes).
    expect(typeof post?.body.claimedScore).toBe('number');
    // Friendly eligibility feedback (the brand turned it on): one sentence, no figures, no weights.
    const panel = await page.locator('troupe-apply .panel').textContent();
    expect(panel).toMatch(/strong match|good match|reads every application/);
    expect(panel).not.toMatch(/\d/);
    await page.close();
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA) in every state', () => {
  it('empty, errors, submitting, success, failure, right-to-left and narrow steps', async () => {
    site.setMode({ kind: 'hold' });
    const page = await openPage(site.url());
    await axe(page, 'empty');

    await sendButton(page).click();
    await page.locator('troupe-apply [aria-invalid="true"]').first().waitFor();
    // Errors are announced in the live region and focus is on the first invalid field.
    await expect
      .poll(() => page.locator('troupe-apply [role="status"]').textContent())
      .toMatch(/Fields to fix: \d+/);
    expect(
      await page.evaluate(() =>
        document.querySelector('troupe-apply')?.shadowRoot?.activeElement?.getAttribute('name'),
      ),
    ).toBe('name');
    await axe(page, 'errors');

    await fill(page);
    await sendButton(page).click();
    await expect.poll(() => sendButton(page).textContent()).toBe('Sending…');
    expect(await sendButton(page).getAttribute('aria-disabled')).toBe('true');
    await axe(page, 'submitting');
    site.release();
    await waitForEvent(page, 'success');
    await axe(page, 'success');
    await page.close();

    site.setMode({ kind: 'refuse' });
    const failing = await openPage(site.url());
    await fill(failing);
    await sendButton(failing).click();
    await waitForEvent(failing, 'error');
    await expect
      .poll(() => failing.locator('troupe-apply [role="status"]').textContent())
      .toMatch(/not accepted/);
    await axe(failing, 'failure');
    await failing.close();

    site.setMode({ kind: 'ok' });
    const arabic = await openPage(site.url({ locale: 'ar' }));
    await axe(arabic, 'ar empty');
    await sendButton(arabic).click();
    await arabic.locator('troupe-apply [aria-invalid="true"]').first().waitFor();
    await axe(arabic, 'ar errors');
    await arabic.close();

    const narrow = await openPage(site.url({ locale: 'es' }), { width: 360, height: 740 });
    await axe(narrow, 'narrow step 1');
    await narrow.locator('troupe-apply button', { hasText: 'Siguiente' }).click();
    await narrow.locator('troupe-apply [aria-invalid="true"]').first().waitFor();
    await axe(narrow, 'narrow step 1 errors');
    await narrow.close();
  });
});

describe('an applicant correcting the form (issue 11, item 7)', () => {
  it('drops an error as its field is filled, keeps the count true, and takes "12k" views', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openPage(site.url());
    const w = page.locator('troupe-apply');
    const status = w.locator('[role="status"]');
    await sendButton(page).click();
    await w.locator('[aria-invalid="true"]').first().waitFor();
    const before = Number((await status.textContent())?.match(/Fields to fix: (\d+)/)?.[1]);
    expect(before).toBeGreaterThan(2);
    await w.locator('input[name="name"]').fill('Ana Souza');
    expect(await w.locator('input[name="name"]').getAttribute('aria-invalid')).toBe('false');
    expect(await w.locator('#f-name-error').count()).toBe(0);
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^Fields to fix: ${before - 1}\\b`));
    await fill(page);
    await w.locator('input[name="handles.0.typicalViews"]').fill('12k');
    expect(await w.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await w.getByText('Please fill this in.').count()).toBe(0);
    await expect.poll(() => status.textContent()).toBe('');
    await sendButton(page).click();
    await waitForEvent(page, 'success');
    expect(site.posts.at(-1)?.body).toMatchObject({ handles: [{ typicalViews: 12_000 }] });
    // The success message sits in a box of its own size, not in the form's tall empty box.
    const panel = (await w.locator('.panel').boundingBox())!;
    expect(panel.height).toBeLessThan(200);
    await page.close();
  });
});

describe('layout and isolation', () => {
  it('cumulative layout shift stays 0 from load through success', async () => {
    site.setMode({ kind: 'ok' });
    // Throttled, so the page paints before the deferred script arrives (shifts before the first
    // paint would not count, and an unthrottled loopback load could hide a real shift).
    // Tall enough that the content below the widget is on screen (off-screen shifts do not count).
    const page = await openPage(site.url(), { width: 1000, height: 1600 }, async (p) => {
      const cdp = await p.context().newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: 200_000,
        uploadThroughput: 90_000,
      });
    });
    const painted = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1,
    );
    const [ready] = (await read<{ name: string; at: number }[]>(page, '__events')).filter(
      (e) => e.name === 'ready',
    );

    expect(painted).toBeGreaterThan(0);
    expect(painted).toBeLessThan(ready!.at);
    await fill(page);
    await sendButton(page).click();
    await waitForEvent(page, 'success');
    await page.waitForTimeout(700);
    expect(await read(page, '__cls')).toBe(0);
    await page.close();
  });

  it('hostile host CSS changes nothing inside the widget; the widget changes nothing on the host', async () => {
    const fingerprint = (page: Page) =>
      page.evaluate(() => {
        const host = document.querySelector('troupe-apply')!;
        const box = host.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
        const props = [
          'font-family',
          'font-size',
          'font-style',
          'color',
          'background-color',
          'letter-spacing',
          'text-transform',
          'display',
          'margin-top',
          'padding-left',
          'border-top-width',
          'border-top-style',
          'outline-style',
          'direction',
          'line-height',
          'opacity',
        ];
        return {
          root: [Math.round(box.width), Math.round(box.height)],
          nodes: [...host.shadowRoot!.querySelectorAll('*')].map((el) => {
            const r = el.getBoundingClientRect();
            const cs = getComputedStyle(el);
            // Elements that are not rendered (closed <option>s, hidden steps) have no position to compare.
            const where =
              r.width || r.height
                ? `${Math.round(r.left - box.left)},${Math.round(r.top - box.top)},${Math.round(r.width)}x${Math.round(r.height)}`
                : 'unrendered';
            return `${el.tagName} ${where} ${props.map((p) => cs.getPropertyValue(p)).join('|')}`;
          }),
          hostTransform: getComputedStyle(host).transform,
          hostOpacity: getComputedStyle(host).opacity,
        };
      });
    const calm = await openPage(site.url());
    const hostile = await openPage(site.url({ hostile: true }));
    const a = await fingerprint(calm);
    const b = await fingerprint(hostile);
    expect(b.root).toEqual(a.root);
    expect(b.nodes).toEqual(a.nodes);
    expect([b.hostTransform, b.hostOpacity]).toEqual(['none', '1']);
    await calm.screenshot({ path: join(ARTIFACTS, 'widget-calm.png') });
    await hostile.screenshot({ path: join(ARTIFACTS, 'widget-hostile.png') });

    const hostStyles = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('html, head, body, body *:not(troupe-apply):not(script)')].map((el) => {
          const cs = getComputedStyle(el);
          return `${el.tagName}.${el.className} ${cs.font} ${cs.color} ${cs.backgroundColor} ${cs.margin} ${cs.padding} ${cs.display}`;
        }),
      );
    const without = await browser.context.newPage();
    await without.setViewportSize({ width: 1000, height: 900 });
    await without.goto(site.url({ noWidget: true }));
    expect(await hostStyles(calm)).toEqual(await hostStyles(without));
    expect(await calm.evaluate(() => document.adoptedStyleSheets.length + document.styleSheets.length)).toBe(
      1,
    );
    for (const p of [calm, hostile, without]) await p.close();
  });

  it('Arabic lays out right to left', async () => {
    const page = await openPage(site.url({ locale: 'ar' }));
    const layout = await page.evaluate(() => {
      const root = document.querySelector('troupe-apply')!.shadowRoot!.querySelector('.root')!;
      const h2 = root.querySelector('h2')!;
      const range = document.createRange();
      range.selectNodeContents(h2);
      const text = range.getBoundingClientRect();
      const box = h2.getBoundingClientRect();
      return {
        dir: getComputedStyle(h2).direction,
        gapRight: box.right - text.right,
        gapLeft: text.left - box.left,
        title: h2.textContent,
      };
    });
    expect(layout.dir).toBe('rtl');
    expect(layout.title).toContain('Northwind Outdoors');
    expect(Math.abs(layout.gapRight)).toBeLessThan(2);
    expect(layout.gapLeft).toBeGreaterThan(20);
    await page.close();
  });
});

describe('lifecycle', () => {
  it('loading the script twice defines the element once and mounts one widget', async () => {
    const page = await openPage(site.url({ scriptTagOnly: true, twice: true }));
    await page.waitForTimeout(200);
    expect(await page.locator('troupe-apply').count()).toBe(1);
    expect(await read(page, '__errors')).toEqual([]);
    expect((await read<{ name: string }[]>(page, '__events')).filter((e) => e.name === 'ready')).toHaveLength(
      1,
    );
    await page.close();
  });

  it('100 mounts and unmounts leave no element, listener, stylesheet or storage behind', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/blank`);
    const cdp = await page.context().newCDPSession(page);
    const listeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.length;
    };
    const before = {
      listeners: await listeners(),
      nodes: await page.evaluate(() => document.querySelectorAll('*').length),
      // Earlier tests in this browser profile may have left this origin's outbox database.
      dbs: await page.evaluate(async () => (await indexedDB.databases()).length),
    };
    // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
    const result = await page.evaluate(`(async () => {
      const { mount } = await import('/troupe-apply.mjs');
      const slot = document.getElementById('slot');
      let ready = 0;
      slot.addEventListener('troupe:ready', () => ready++);
      const locales = ['en', 'es', 'fr', 'de', 'pt-BR', 'ar'];
      for (let i = 0; i < 100; i++) {
        const mounted = mount(slot, { endpoint: ${JSON.stringify(site.endpoint)}, brand: 'Brand ' + i, locale: locales[i % 6] });
        // Half are torn down mid-render (before ready), half once fully rendered.
        if (i % 2) await new Promise((r) => mounted.element.addEventListener('troupe:ready', r, { once: true }));
        else await new Promise((r) => setTimeout(r, 0));
        mounted.update({ brand: 'Brand ' + i + '!' });
        mounted.destroy();
      }
      const dbs = await indexedDB.databases();
      return { ready, children: slot.childNodes.length, dbs: dbs.length, sheets: document.adoptedStyleSheets.length };
    })()`);
    expect(result).toEqual({ ready: 50, children: 0, dbs: before.dbs, sheets: 0 });
    expect(await listeners()).toBe(before.listeners);
    expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBe(before.nodes);
    await page.close();
  });

  it('no network request and no storage before the applicant interacts', async () => {
    const fresh = await launch();
    try {
      const page = await fresh.context.newPage();
      const requestsBefore = site.endpointRequests.length;
      const siteBefore = site.siteRequests.length;
      await page.goto(site.url());
      await page.waitForTimeout(800);
      expect(site.siteRequests.slice(siteBefore).sort()).toEqual(['/', '/host.css', '/troupe-apply.js']);
      expect(site.endpointRequests.length).toBe(requestsBefore);
      const storage = () =>
        page.evaluate(async () => ({
          dbs: (await indexedDB.databases()).map((d) => d.name),
          local: localStorage.length,
          session: sessionStorage.length,
          cookie: document.cookie,
        }));
      expect(await storage()).toEqual({ dbs: [], local: 0, session: 0, cookie: '' });
      // First interaction: only now does the rest of the widget download; still nothing stored or sent.
      await page.locator('troupe-apply input[name="name"]').click();
      await expect.poll(() => site.siteRequests.slice(siteBefore)).toContain('/troupe-submit.mjs');
      expect(site.endpointRequests.length).toBe(requestsBefore);
      expect(await storage()).toEqual({ dbs: [], local: 0, session: 0, cookie: '' });
    } finally {
      await fresh.close();
    }
  });

  it('keeps a screenshot for the README', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const page = await openPage(site.url(), { width: 760, height: 900 });
    await page.locator('troupe-apply').screenshot({ path: join(ARTIFACTS, 'widget.png') });
    await page.close();
  });

  it('the demo landing page a brand can copy works as served by npm start, under its own strict CSP', async () => {
    const demo = await startDemoSite();
    try {
      const page = await openPage(demo.url, { width: 1000, height: 2400 });
      await fill(page);
      // The demo keeps the default minimum fill time (3 s from the first interaction).
      await page.waitForTimeout(3000);
      await sendButton(page).click();
      await waitForEvent(page, 'success');
      await page.waitForTimeout(300);
      expect(await read(page, '__violations')).toEqual([]);
      expect(await read(page, '__errors')).toEqual([]);
      expect(await read(page, '__cls')).toBe(0);
      expect(demo.posts).toHaveLength(1);
      // The brief came from /brief after the first interaction, so the application carries a fit hint.
      expect(typeof demo.posts[0]?.claimedScore).toBe('number');
      await page.close();
    } finally {
      await demo.close();
    }
  });
});

// Exactly once, in Chromium against a local endpoint: lost responses, 503 with Retry-After, double
// clicks, and an application sent while offline that is delivered on the next visit.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Launched, launch } from './support/chromium';
import { waitForEvent } from './support/page-events';
import { startWidgetSite, type WidgetSite } from './widget-site';

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

async function open(options: Parameters<WidgetSite['url']>[0] = {}): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const events: { name: string; detail: unknown }[] = [];
    (window as unknown as { __events: typeof events }).__events = events;
    for (const name of ['ready', 'submit', 'success', 'error'])
      document.addEventListener(`troupe:${name}`, (e) =>
        events.push({ name, detail: (e as CustomEvent).detail }),
      );
  });
  await page.goto(site.url(options));
  await waitForEvent(page, 'ready');
  return page;
}

/** The landing page with the form filled in for `handle`, not yet sent. */
async function openFilled(handle: string, options: Parameters<WidgetSite['url']>[0] = {}): Promise<Page> {
  const page = await open(options);
  const w = page.locator('troupe-apply');
  await w.locator('input[name="name"]').fill('Ana Souza');
  await w.locator('input[name="email"]').fill('ana@example.com');
  await w.locator('select[name="country"]').selectOption('BR');
  await w.locator('input[name="handles.0.handle"]').fill(handle);
  await w.locator('input[name="handles.0.followers"]').fill('12400');
  await w.locator('input[name="consent"]').check();
  return page;
}

const send = (page: Page) => page.locator('troupe-apply button[type="submit"]').click();

/** Sends with the browser offline: the widget keeps the application on this device and says so. */
async function sendOffline(page: Page) {
  await browser.context.setOffline(true);
  await send(page);
  await expect.poll(() => page.locator('troupe-apply h2').textContent()).toMatch(/offline/);
}

const byHandle = (handle: string) =>
  [...site.stored.values()].filter((b) => (b.handles as { handle: string }[])[0]?.handle === handle);
const postsFor = (handle: string) =>
  site.posts.filter((p) => (p.body.handles as { handle: string }[])[0]?.handle === handle);

describe('delivery, exactly once', () => {
  it('an endpoint that drops the first two responses stores exactly one application', async () => {
    site.setMode({ kind: 'drop', n: 2 });
    const page = await openFilled('dropped.twice');
    await send(page);
    await waitForEvent(page, 'success');
    const posts = postsFor('dropped.twice');
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);
    expect(posts.every((p) => p.key === p.body.idempotencyKey)).toBe(true);
    expect(byHandle('dropped.twice')).toHaveLength(1);
    await page.close();
  });

  it('honours Retry-After on 503', async () => {
    site.setMode({ kind: 'busy', n: 1, retryAfter: 2 });
    const page = await openFilled('busy.once');
    await send(page);
    await waitForEvent(page, 'success');
    const [first, second] = postsFor('busy.once');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1900);
    expect(byHandle('busy.once')).toHaveLength(1);
    await page.close();
  });

  it('a double click sends one application', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('double.click');
    await page.locator('troupe-apply button[type="submit"]').dblclick();
    await waitForEvent(page, 'success');
    await page.waitForTimeout(500);
    expect(postsFor('double.click')).toHaveLength(1);
    await page.close();
  });

  it('offline: queued on this device, delivered once on the next visit after coming back online', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('offline.once'); // first interaction already fetched the rest of the widget
    await sendOffline(page);
    await waitForEvent(page, 'error');
    const queued = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(queued).toEqual(['troupe-apply']);
    expect(postsFor('offline.once')).toHaveLength(0);
    await page.close();

    await browser.context.setOffline(false);
    const next = await open();
    await waitForEvent(next, 'success');
    expect(byHandle('offline.once')).toHaveLength(1);
    expect(postsFor('offline.once')).toHaveLength(1);
    // A further visit finds an empty outbox and sends nothing again.
    await next.reload();
    await waitForEvent(next, 'ready');
    await next.waitForTimeout(500);
    expect(postsFor('offline.once')).toHaveLength(1);
    await next.close();
  });

  it('offline then back online on the same page: the outbox sends it once and the panel says so', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('online.again');
    await sendOffline(page);
    await browser.context.setOffline(false);
    await waitForEvent(page, 'success');
    await expect.poll(() => page.locator('troupe-apply h2').textContent()).toMatch(/Thank you/);
    expect(postsFor('online.again')).toHaveLength(1);
    await page.close();
  });
});

describe('refusals', () => {
  const status = (page: Page) => page.locator('troupe-apply [role="status"]').textContent();
  const databases = (page: Page) =>
    page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

  it('a refused application is not kept, the applicant is told, and the field the receiver named is marked', async () => {
    site.setMode({ kind: 'refuse' });
    const page = await openFilled('refused.now');
    await send(page);
    await waitForEvent(page, 'error');
    await expect.poll(() => status(page)).toMatch(/not accepted/);
    expect(
      await page.locator('troupe-apply input[name="handles.0.handle"]').getAttribute('aria-invalid'),
    ).toBe('true');
    expect(postsFor('refused.now')).toHaveLength(1); // given up at once: a retry cannot fix a 4xx
    expect(await databases(page)).toEqual([]);
    await page.close();
  });

  it('queued offline, refused on the next visit: the outbox drops it and the page says so', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('refused.later');
    await sendOffline(page);
    await page.close();

    await browser.context.setOffline(false);
    site.setMode({ kind: 'refuse' });
    const next = await open();
    await waitForEvent(next, 'error');
    const events = await next.evaluate(
      () => (window as unknown as { __events: { name: string; detail: { fromQueue?: boolean } }[] }).__events,
    );
    expect(events.find((e) => e.name === 'error')?.detail).toMatchObject({ fromQueue: true, queued: false });
    await expect.poll(() => status(next)).toMatch(/not accepted/);
    expect(await databases(next)).toEqual([]);
    await next.reload();
    await waitForEvent(next, 'ready');
    await next.waitForTimeout(500);
    expect(postsFor('refused.later')).toHaveLength(1); // not re-sent on every visit
    await next.close();
  });

  it('a NUL typed into a field is refused at that field and nothing is sent', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('nul.char');
    await page.locator('troupe-apply textarea[name="pitch"]').fill('Trails\u0000and camps');
    await send(page);
    await expect
      .poll(() => page.locator('troupe-apply textarea[name="pitch"]').getAttribute('aria-invalid'))
      .toBe('true');
    await page.waitForTimeout(300);
    expect(postsFor('nul.char')).toHaveLength(0);
    await page.close();
  });
});

describe('spam guards', () => {
  it('a filled honeypot looks like success to the bot and sends nothing', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('honey.bot');
    await page.locator('troupe-apply input[name="website"]').fill('https://spam.example', { force: true });
    await send(page);
    await waitForEvent(page, 'success');
    await page.waitForTimeout(300);
    expect(postsFor('honey.bot')).toHaveLength(0);
    await page.close();
  });

  it('sending faster than the minimum fill time asks the applicant to check, and sends nothing', async () => {
    site.setMode({ kind: 'ok' });
    const page = await openFilled('too.fast', { minFillMs: 60_000 });
    await send(page);
    await expect
      .poll(() => page.locator('troupe-apply [role="status"]').textContent())
      .toMatch(/take a moment/);
    await page.waitForTimeout(300);
    expect(postsFor('too.fast')).toHaveLength(0);
    await page.close();
  });
});

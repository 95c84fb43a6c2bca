// The demo landing page as `npm start` serves it, against the real receiver (embedded PGlite): an
// applicant fills the widget in Chromium, the application comes out of the marketer's export scored
// by the receiver, and the built extension imports it into the roster as `applied`. The widget's own
// delivery tests use a stand-in endpoint; this one does not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReceivedApplicationSchema } from '../../shared/schemas/received-application';
import { DEFAULT_BRIEF_PATH, readBrief } from '../../widget/receiver/config';
import { type ReceiverServer, startReceiverServer } from '../../widget/receiver/server';
import { type Launched, launch } from './support/chromium';
import { callFrom } from './support/extension-call';
import { BUNDLE_DIR, ensureWidgetBuilt, REPO } from './widget-site';

const TOKEN = 'e2e-receiver-token-0123456789abcdef';
let receiver: ReceiverServer;
let browser: Launched;
let dataDir: string;

beforeAll(async () => {
  ensureWidgetBuilt();
  dataDir = mkdtempSync(join(tmpdir(), 'troupe-e2e-receiver-'));
  receiver = await startReceiverServer({
    config: {
      brief: readBrief(DEFAULT_BRIEF_PATH),
      allowedOrigins: [],
      publicOrigin: null, // the page's origin is the server's own address, set once it listens
      exportToken: TOKEN,
      rateLimit: { burst: 20, perMinute: 10 },
      proxyHops: 0,
      webhook: null,
    },
    database: { dataDir: join(dataDir, 'db') },
    sites: [
      { prefix: '/widget', root: BUNDLE_DIR },
      { prefix: '/', root: join(REPO, 'widget/demo') },
    ],
  });
  browser = await launch({ extension: true });
});

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the demo page and fills the form as an applicant would (taking longer than the minimum fill time). */
async function fillDemoForm(
  page: Page,
  a: { name: string; email: string; handle: string; followers: string; pitch: string },
) {
  await page.goto(`${receiver.url}/`);
  const w = page.locator('troupe-apply');
  await w.locator('input[name="name"]').fill(a.name);
  await w.locator('input[name="email"]').fill(a.email);
  await w.locator('select[name="country"]').selectOption('PT');
  await w.locator('input[name="handles.0.handle"]').fill(a.handle);
  await w.locator('input[name="handles.0.followers"]').fill(a.followers);
  const niches = w.locator('[name="niches"]');
  if (await niches.count()) await niches.first().fill('hiking, camping');
  await w.locator('textarea[name="pitch"]').fill(a.pitch);
  await w.locator('input[name="consent"]').check();
  await page.waitForTimeout(3200);
  return w;
}

describe('demo landing page → receiver → export', () => {
  it('stores the application once, scored by the receiver, and exports it', async () => {
    const page = await browser.context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    const w = await fillDemoForm(page, {
      name: 'Rita Campos',
      email: 'rita@example.com',
      handle: 'rita.trails',
      followers: '15400',
      pitch: 'Long trails, camp cooking and honest gear reviews.',
    });

    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/applications') && r.request().method() === 'POST',
      { timeout: 30_000 },
    );
    await w.locator('button[type="submit"]').dblclick();
    const response = await answer;
    expect(response.status()).toBe(200);

    const res = await fetch(`${receiver.url}/applications`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const lines = (await res.text()).split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const item = ReceivedApplicationSchema.parse(JSON.parse(lines[0]!));
    expect(item.application.name).toBe('Rita Campos');
    expect(item.application.handles[0]).toMatchObject({
      platform: 'instagram',
      handle: 'rita.trails',
      followers: 15400,
    });
    expect(item.briefId).toBe('demo-outdoor-2026');
    expect(item.fits[0]!.confidence).toBe('low'); // self-reported until the profile is seen
    expect(item.score).toBe(item.fits[0]!.score);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the extension imports the applicant into the roster as applied, with the receiver URL and token', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The same messages the options page's Save and "Import applicants now" buttons send.
    await callFrom(options, 'settings.save', { receiverUrl: receiver.url, receiverToken: TOKEN });
    const imported = await callFrom(options, 'applicants.fetch', {});
    const again = await callFrom(options, 'applicants.fetch', {}); // the cursor: nothing new the second time
    const entry = await callFrom(options, 'roster.lookup', { key: 'instagram:rita.trails' });
    expect(imported).toMatchObject({ added: 1 });
    expect(again).toMatchObject({ added: 0 });
    expect(entry).toMatchObject({
      status: 'applied',
      profile: { selfReported: true, handle: 'rita.trails' },
    });
    await options.close();
  });

  it('a re-click after a failed send stores exactly one application (the same bytes are resent)', async () => {
    const page = await browser.context.newPage();
    // Storage unavailable (as in some private modes): the failure is shown, nothing queued, and
    // the applicant clicks again.
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    // The first attempts reach the receiver, which stores the application, but every answer is lost.
    let losing = true;
    let lost = 0;
    await page.route('**/applications', async (route) => {
      if (!losing || route.request().method() !== 'POST') return route.continue();
      await route.fetch();
      lost++;
      return route.abort('connectionreset');
    });
    const w = await fillDemoForm(page, {
      name: 'Iris Reclick',
      email: 'iris@example.com',
      handle: 'iris.reclick',
      followers: '2100',
      pitch: 'Coastal walks and wild swimming.',
    });
    await w.locator('button[type="submit"]').click();
    await expect
      .poll(() => w.locator('[role="status"]').textContent(), { timeout: 30_000 })
      .toMatch(/try again/);
    expect(lost).toBeGreaterThanOrEqual(1);

    losing = false;
    await w.locator('button[type="submit"]').click();
    await expect.poll(() => w.locator('h2').textContent(), { timeout: 30_000 }).toMatch(/Thank you/);

    const res = await fetch(`${receiver.url}/applications`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const mine = (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => ReceivedApplicationSchema.parse(JSON.parse(line)))
      .filter((item) => item.application.name === 'Iris Reclick');
    expect(mine).toHaveLength(1);
    await page.close();
  });
});

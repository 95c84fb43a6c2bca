// The brief editor and the receiver settings in Chromium (issue 11, items 11 and 13): labels in the
// marketer's words, typed fields refused at the field with a clear message and nothing saved, a delete
// that can be undone, and a refused receiver token said in words.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../shared/schemas/brief';
import { type Launched, launch } from './support/chromium';
import { callFrom } from './support/extension-call';

let browser: Launched;
let page: Page;
let starter: Brief;
let receiver: Server;

const stored = async () => (await callFrom(page, 'brief.list', {})).briefs.find((b) => b.id === starter.id);
const save = () => page.getByRole('button', { name: 'Save brief' }).click();

async function fresh() {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('form', { name: 'Brief editor' }).waitFor();
}

beforeAll(async () => {
  browser = await launch({ extension: true });
  page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  starter = await callFrom(page, 'brief.createStarter', {});
  // A receiver that refuses every token, with CORS so the extension sees the answer.
  receiver = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, accept',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    res
      .writeHead(401, { ...cors, 'content-type': 'application/json' })
      .end('{"error":{"code":"unauthorized","message":"bad token"}}');
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  await fresh();
});

afterAll(async () => {
  await browser?.close();
  receiver?.close();
});

describe('the brief editor (item 11)', () => {
  it('labels fields in the marketer’s words and explains the weights', async () => {
    const editor = page.getByRole('form', { name: 'Brief editor' });
    for (const label of [
      'Brand safety',
      'Professional signals',
      'Niche match',
      'X (Twitter)',
      'Germany (DE)',
    ])
      expect(await editor.getByLabel(label, { exact: true }).count(), label).toBe(1);
    for (const raw of ['brandSafety', 'x', 'DE'])
      expect(await editor.getByLabel(raw, { exact: true }).count(), raw).toBe(0);
    expect(await editor.getByText(/0 leaves it out, 10 counts most/).count()).toBe(1);
    const help = await editor.getByLabel('Brand safety', { exact: true }).getAttribute('aria-describedby');
    expect(await page.locator(`#${help}`).textContent()).toMatch(/caution terms/);
  });

  it('refuses a follower range with min above max at the field, and saves nothing', async () => {
    await fresh();
    await page.getByLabel('Followers from').fill('50000');
    await page.getByLabel('Followers up to').fill('10000');
    await save();
    await expect(page.getByTestId('problem-followersMax').textContent()).resolves.toBe(
      'Followers up to (10,000) is below followers from (50,000).',
    );
    expect(await page.getByLabel('Followers up to').getAttribute('aria-invalid')).toBe('true');
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/Not saved/);
    expect((await stored())?.followerRange).toEqual(starter.followerRange);
  });

  it('refuses "United States" as a region, suggesting US, and saves nothing', async () => {
    await fresh();
    await page.getByLabel(/^Countries wanted/).fill('United States');
    await save();
    await expect(page.getByTestId('problem-regions').textContent()).resolves.toBe(
      '"United States" is not a country code: write US for United States.',
    );
    expect((await stored())?.regions).toEqual([]);
  });

  it('refuses a 150% minimum engagement in words, never "Too big: expected number to be <=1"', async () => {
    await fresh();
    await page.getByLabel(/^Minimum engagement/).fill('150');
    await save();
    await expect(page.getByTestId('problem-minEngagement').textContent()).resolves.toMatch(
      /percentage from 0 to 100/,
    );
    expect(await page.locator('main').textContent()).not.toMatch(/Too big/);
    expect((await stored())?.minEngagementRate).toBeNull();
    // Fixed, it saves.
    await page.getByLabel(/^Minimum engagement/).fill('2.5');
    await save();
    await expect.poll(async () => (await stored())?.minEngagementRate).toBe(0.025);
  });

  it('lets a deleted brief be brought back', async () => {
    await fresh();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByTestId('brief-removed').waitFor();
    expect(await stored()).toBeUndefined();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(stored).toBeDefined();
    expect((await callFrom(page, 'brief.list', {})).activeId).toBe(starter.id);
  });
});

describe('the receiver settings (item 13)', () => {
  it('says a refused token in words, with the technical detail on demand', async () => {
    await fresh();
    const port = (receiver.address() as AddressInfo).port;
    await page.getByLabel('Receiver URL').fill(`http://127.0.0.1:${port}`);
    await page.getByLabel('Token').fill('wrong-token');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Import applicants now' }).click();
    const status = page.getByTestId('receiver-status');
    await expect
      .poll(() => status.locator('p').first().textContent())
      .toBe('The token was refused: check it in Options.');
    expect(await status.locator('details p').isVisible()).toBe(false);
    await status.getByText('Technical detail').click();
    expect(await status.locator('details p').textContent()).toMatch(/401/);
  });
});

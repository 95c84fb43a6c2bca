// The built extension's roster page in Chromium: seeded through the background service, then sorted,
// filtered, exported, imported (good and bad files), with axe-core finding no violations.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { disclosure, fitResult, profile } from '../shared/roster/creators';
import { type Launched, launch } from './support/chromium';
import { axeViolations, callFrom } from './support/extension-call';
import { openSeededRoster } from './support/seeded-roster';

const SEEDED = 30;

let browser: Launched;
let page: Page;

const call = <M extends RosterMethod>(method: M, input: Parameters<RosterApi[M]>[0]) =>
  callFrom(page, method, input);

const countText = () => page.getByTestId('roster-count').textContent();
const scores = async () =>
  (await page.getByTestId('roster-score').allTextContents()).map((s) => (s === '–' ? null : Number(s)));

beforeAll(async () => {
  browser = await launch({ extension: true });
  page = await openSeededRoster(browser, SEEDED, (i, platform) => ({
    profile: profile({
      handle: `seed_${platform}_${i}`,
      platform,
      bio: i === 7 ? 'Bakes sourdough at dawn' : 'Trail runner',
    }),
    fit: fitResult((i * 37) % 101),
    disclosures: [disclosure(i % 4 === 0 ? 'missing' : 'disclosed', `https://example.test/p/${i}`)],
  }));
});

afterAll(async () => {
  await browser?.close();
});

describe('roster page', () => {
  it('sorts by fit score both ways', async () => {
    await page.getByTestId('sort-score').click();
    const desc = await scores();
    expect(desc.length).toBeGreaterThan(5);
    expect(desc).toEqual([...desc].sort((a, b) => (b ?? -1) - (a ?? -1)));
    expect(desc[0]).toBe(Math.max(...Array.from({ length: SEEDED }, (_, i) => (i * 37) % 101)));
    await page.getByTestId('sort-score').click();
    const asc = await scores();
    expect(asc).toEqual([...asc].sort((a, b) => (a ?? 101) - (b ?? 101)));
  });

  it('filters by platform, disclosure and search', async () => {
    await page.getByTestId('filter-platforms-tiktok').check();
    await expect.poll(countText).toMatch(/^6 of 30/);
    await page.getByTestId('filter-disclosure-issues').check();
    // TikTok seeds are i = 1, 6, 11, 16, 21, 26; missing disclosures are i % 4 === 0: 16 only.
    await expect.poll(countText).toMatch(/^1 of 30/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('roster-search').fill('sourdough');
    await expect.poll(countText).toMatch(/^1 of 30/);
    await expect(page.getByTestId('roster-handle').first().textContent()).resolves.toBe('seed_youtube_7');
    await page.getByTestId('roster-search').fill('');
    await expect.poll(countText).toMatch(/^30 of 30/);
  });

  it('exports the shown rows as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^key,platform,handle,name,status,tags,score/);
    expect(lines).toHaveLength(SEEDED + 1);
    expect(csv).toContain('tiktok:seed_tiktok_1,tiktok,seed_tiktok_1');
  });

  it('imports a good CSV (merging, no duplicates) and refuses a bad one without changing anything', async () => {
    const good = [
      'platform,handle,name,status,tags,followers',
      'instagram,new_face,New Face,contacted,summer; trail,4200',
      'tiktok,seed_tiktok_1,,active,vip,',
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await expect.poll(countText).toMatch(/^31 of 31/);
    await expect(page.getByTestId('roster-message').textContent()).resolves.toMatch(/1 added, 1 updated/);
    const one = await call('roster.lookup', { key: 'tiktok:seed_tiktok_1' });
    expect(one).toMatchObject({ status: 'active', tags: ['vip'] });

    const bad = ['platform,handle,status', 'instagram,fine_one,prospect', 'friendster,nope,prospect'].join(
      '\n',
    );
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(page.getByTestId('import-error').textContent()).resolves.toMatch(
      /line 3: platform.*nothing changed|nothing changed.*line 3: platform/,
    );
    expect(await call('roster.lookup', { key: 'instagram:fine_one' })).toBeNull();
    await expect.poll(countText).toMatch(/^31 of 31/);
  });

  it('opens a creator with the score breakdown and adds a note', async () => {
    await page.getByTestId('roster-handle').first().click();
    await page.getByTestId('score-breakdown').waitFor();
    await page.getByLabel('Add a note').fill('Loves long-form');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => page.getByTestId('roster-detail').textContent()).toContain('Loves long-form');
  });

  it('never makes a link of a stored javascript: address in the detail view', async () => {
    // A record written before addresses were checked: straight into the extension's database.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('troupe-roster');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('creators', 'readwrite').objectStore('creators');
      const record = await new Promise<{ profile: { url: string }; disclosures: { postUrl: string }[] }>(
        (resolve) => {
          store.get('instagram:seed_instagram_0').onsuccess = (e) => resolve((e.target as IDBRequest).result);
        },
      );
      record.profile.url = 'javascript:alert(document.domain)';
      for (const d of record.disclosures) d.postUrl = 'javascript:alert(1)';
      await new Promise((resolve) => {
        store.put(record).onsuccess = resolve;
      });
      db.close();
    });
    const stored = await call('roster.lookup', { key: 'instagram:seed_instagram_0' });
    expect(stored?.profile.url).toMatch(/^javascript:/);
    // Reloaded, so no detail opened before shows what it had loaded then.
    await page.reload();
    await page.getByTestId('roster-search').fill('seed_instagram_0');
    await expect.poll(countText).toMatch(/^1 of /);
    await page.getByTestId('roster-handle').first().click();
    const detail = page.getByTestId('roster-detail');
    await expect.poll(() => detail.textContent()).toMatch(/@seed_instagram_0 .*Disclosure record/s);
    expect(await detail.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await detail.getByText('Open profile').count()).toBe(0);
    await page.getByTestId('roster-search').fill('');
  });

  it('has no axe-core violations', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

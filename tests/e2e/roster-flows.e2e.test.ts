// What a marketer does on the roster page day to day (issue 11): log a collaboration, come back to a
// saved view, restore a backup, change several creators at once, export for a spreadsheet, decide an
// application that claims a saved creator.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { disclosure, fitResult, profile } from '../shared/roster/creators';
import { type Launched, launch } from './support/chromium';
import { axeViolations, callFrom } from './support/extension-call';
import { openSeededRoster } from './support/seeded-roster';

const SEEDED = 12;

let browser: Launched;
let page: Page;
const pageErrors: string[] = [];

const call = <M extends RosterMethod>(method: M, input: Parameters<RosterApi[M]>[0]) =>
  callFrom(page, method, input);
const handles = () => page.getByTestId('roster-handle').allTextContents();
const scores = async () => (await page.getByTestId('roster-score').allTextContents()).map(Number);

beforeAll(async () => {
  browser = await launch({ extension: true });
  page = await openSeededRoster(
    browser,
    SEEDED,
    (i, platform) => ({
      profile: profile({
        handle: `flow_${platform}_${i}`,
        platform,
        displayName: i === 0 ? 'Zoë Peña' : null,
      }),
      fit: fitResult((i * 37) % 101),
      disclosures: [disclosure('disclosed', `https://example.test/p/${i}`)],
    }),
    (page) => page.on('pageerror', (e) => pageErrors.push(e.message)),
  );
});

afterAll(async () => {
  await browser?.close();
});

describe('roster flows', () => {
  it('logs a collaboration once: no error, the form clears and the list shows it (item 1)', async () => {
    await page.getByTestId('roster-handle').first().click();
    const detail = page.getByTestId('roster-detail');
    await detail.waitFor();
    const key = (await page.locator('tr.open').getAttribute('data-key'))!;
    await detail.getByLabel('Date').fill('2026-11-20');
    await detail.getByLabel('Campaign').fill('Autumn trail kit');
    await detail.getByLabel('Deliverables (comma separated)').fill('reel, story');
    await detail.getByRole('button', { name: 'Log collaboration' }).click();
    await expect
      .poll(() => detail.getByTestId('collaboration').textContent())
      .toContain('2026-11-20 · Autumn trail kit');
    expect(await detail.getByTestId('deliverable').allTextContents()).toEqual([
      expect.stringMatching(/^reel on \w+ · planned/),
      expect.stringMatching(/^story on \w+ · planned/),
    ]);
    expect(await detail.getByRole('alert').count()).toBe(0);
    expect(await detail.getByLabel('Campaign').inputValue()).toBe('');
    expect((await call('roster.detail', { key }))!.collaborations).toHaveLength(1);
    await detail.getByRole('button', { name: 'Close' }).click();
    expect(pageErrors).toEqual([]);
  });

  it('left-aligns the Creator column like the others (item 13)', async () => {
    const align = await page
      .locator('tbody th')
      .first()
      .evaluate((th) => getComputedStyle(th).textAlign);
    expect(['left', 'start']).toContain(align);
  });

  it('restores a saved view with its sort (item 13)', async () => {
    await page.getByTestId('sort-score').click();
    await page.getByTestId('filter-platforms-tiktok').check();
    const shown = await scores();
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    await page.getByRole('textbox', { name: 'Name' }).fill('TikTok by fit');
    await page.getByRole('button', { name: 'Save this view' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('sort-handle').click();
    await page.getByRole('button', { name: 'TikTok by fit', exact: true }).click();
    await expect.poll(scores).toEqual(shown);
    expect(await page.locator('th[aria-sort]').textContent()).toMatch(/^Fit/);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('shows the saved views of a restored backup without a reload (item 13)', async () => {
    const backup = await call('roster.backup', {});
    backup.segments.push({
      id: 'restored-view',
      name: 'From the backup',
      filter: { ...backup.segments[0]!.filter, platforms: ['youtube'] },
    });
    await page.getByTestId('import-file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await page.getByRole('button', { name: 'From the backup', exact: true }).waitFor({ timeout: 5000 });
  });

  it('keeps rows in their place after a bulk status change (item 13)', async () => {
    // The default order is "recently updated first": a status change updates those rows.
    await page.reload();
    await page.getByText(`${SEEDED} of ${SEEDED} creators`).waitFor();
    const before = await handles();
    await page.getByLabel(`Select ${before[4]}`).check();
    await page.getByLabel(`Select ${before[7]}`).check();
    await page.getByRole('combobox', { name: 'Status' }).first().selectOption('contacted');
    await page.getByRole('button', { name: 'Set status' }).click();
    await expect.poll(() => page.getByTestId('roster-message').textContent()).toMatch(/2 changed/);
    await expect.poll(() => page.locator('tr[data-key] .status-contacted').count()).toBe(2);
    expect(await handles()).toEqual(before);
  });

  it('exports CSV a spreadsheet reads: byte-order mark, engagement as a percentage (item 13)', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Zoë Peña');
    const [header, first] = csv.slice(1).split('\r\n');
    const engagement = header!.split(',').indexOf('engagement');
    expect(first!.split(',')[engagement]).toBe('4.50%');
  });

  it('keeps an applicant’s email, rate and niches on the entry and in the backup (item 4)', async () => {
    await call('brief.createStarter', {});
    const application = {
      id: '41',
      cursor: '100-41',
      receivedAt: '2026-11-20T09:00:00.000Z',
      briefId: 'receiver-brief',
      score: 55,
      claimedScore: 60,
      fits: [],
      application: {
        idempotencyKey: 'key-41-abcdef',
        brand: 'Northwind Outdoors',
        name: 'Ana Lima',
        email: 'ana@example.com',
        country: 'PT',
        languages: ['pt', 'en'],
        handles: [{ platform: 'instagram', handle: 'ana.trails', followers: 18_400, typicalViews: null }],
        niches: ['hiking', 'camp cooking'],
        samples: ['https://www.instagram.com/p/Cx1/'],
        pitch: 'I film backpacking food on long trails.',
        rates: { currency: 'EUR', amount: 450, per: 'post' },
        consent: { given: true, version: '2026-01', at: '2026-11-20T08:59:00.000Z' },
        attribution: {},
        fillMs: 45_000,
      },
    };
    await page.getByTestId('import-file').setInputFiles({
      name: 'applications.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(JSON.stringify(application)),
    });
    await expect.poll(() => page.getByTestId('roster-message').textContent()).toMatch(/1 added/);
    await page.getByTestId('roster-search').fill('ana.trails');
    await page.getByTestId('roster-handle').first().click();
    const shown = page.getByTestId('roster-application');
    await shown.waitFor();
    expect(await shown.textContent()).toMatch(/ana@example\.com.*450 EUR per post.*hiking, camp cooking/);
    expect(await page.getByTestId('score-breakdown').textContent()).not.toMatch(/no contact route/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-backup').click(),
    ]);
    const backup = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      creators: { key: string; applicant: unknown }[];
    };
    expect(backup.creators.find((c) => c.key === 'instagram:ana.trails')?.applicant).toMatchObject({
      email: 'ana@example.com',
      rates: { currency: 'EUR', amount: 450, per: 'post' },
      niches: ['hiking', 'camp cooking'],
    });
    await page.getByTestId('roster-search').fill('');
  });
  it('shows an application naming a saved creator as a pending claim, and Confirm makes it the applicant', async () => {
    const key = 'instagram:flow_instagram_0';
    const claim = {
      id: '77',
      cursor: '100-77',
      receivedAt: '2026-11-21T09:00:00.000Z',
      briefId: 'receiver-brief',
      score: 50,
      claimedScore: 80,
      fits: [],
      application: {
        idempotencyKey: 'key-77-abcdef',
        brand: 'Northwind Outdoors',
        name: 'Zoe Pena',
        email: 'zoe@example.com',
        country: 'ES',
        languages: ['es'],
        handles: [
          { platform: 'instagram', handle: 'flow_instagram_0', followers: 90_000, typicalViews: null },
        ],
        niches: ['trail running'],
        samples: [],
        pitch: 'It is my account; my manager runs the e-mail on the page.',
        consent: { given: true, version: '2026-01', at: '2026-11-21T08:59:00.000Z' },
        attribution: {},
      },
    };
    const before = (await call('roster.detail', { key }))!.entry;
    await page.getByTestId('import-file').setInputFiles({
      name: 'applications.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(JSON.stringify(claim)),
    });
    await expect.poll(() => page.getByTestId('roster-message').textContent()).toMatch(/1 updated/);
    // Nothing about the creator changed; the list says a claim waits, and the filter finds it.
    const pending = page.getByRole('group', { name: 'Applicant claims' }).getByLabel('pending');
    await pending.check();
    await expect.poll(handles).toEqual(['flow_instagram_0']);
    expect(await page.getByTestId('roster-claims-count').textContent()).toBe('1 pending claim');
    await page.getByTestId('roster-handle').first().click();
    const detail = page.getByTestId('roster-detail');
    const claims = detail.getByTestId('roster-claims');
    await claims.waitFor();
    expect(await detail.getByTestId('roster-application').count()).toBe(0);
    expect(await claims.getByTestId('roster-claim').textContent()).toMatch(
      /Zoe Pena, applied 2026-11-21.*zoe@example\.com.*claimed 90,000 · the page shows 12,400.*my manager runs the e-mail.*confirmed automatically when @flow_instagram_0's bio or links show zoe@example\.com/,
    );
    expect((await call('roster.detail', { key }))!.entry).toMatchObject({
      status: before.status,
      applicant: null,
      profile: before.profile,
    });
    expect(await axeViolations(page)).toEqual([]);

    await claims.getByRole('button', { name: 'Confirm: this is the creator' }).click();
    await expect
      .poll(() => detail.getByTestId('roster-application').textContent())
      .toMatch(/zoe@example\.com.*trail running.*ES · es/);
    expect(await claims.getByTestId('roster-claim').count()).toBe(0);
    expect(await detail.getByRole('combobox').first().inputValue()).toBe('applied');
    const after = (await call('roster.detail', { key }))!.entry;
    expect(after.applicant).toMatchObject({ applicationId: '77', email: 'zoe@example.com' });
    expect(after.claimDecisions).toEqual([
      expect.objectContaining({
        decision: 'confirmed',
        by: 'marketer',
        at: expect.stringMatching(/^20\d\d-/),
      }),
    ]);
    // The list drops the count, and the pending filter now finds no one.
    await expect.poll(handles).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await pending.uncheck();
    await detail.getByRole('button', { name: 'Close' }).click();
    expect(pageErrors).toEqual([]);
  });
});

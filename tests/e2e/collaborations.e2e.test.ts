// Collaborations in Debian's Chromium with the built extension: a post page whose caption carries a
// collaboration's promo code offers "Log as deliverable" on the card; a person's click logs the post
// with its disclosure verdict on the collaboration (seen in the roster's detail), the dashboard lists
// the usage rights ending soon, and a backup restores the collaboration with its deliverable.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { collaborationWith } from '../shared/roster/collaborations';
import { openCard as openCardAt } from './support/card';
import { type Launched, launch } from './support/chromium';
import { callFrom } from './support/extension-call';
import { ownPages, type SocialServer, startSocialServer } from './support/social-server';

declare const chrome: typeof import('wxt/browser').browser;

const own = ownPages();
const lena = own.find((p) => p.url === 'https://www.instagram.com/lena.makes/');
// Our own post page: "… made with @claybrand … Code LENA10 for 10% off. #ad …".
const post = own.find((p) => p.url === 'https://www.instagram.com/p/DAbc123XyZ_/');
const KEY = 'instagram:lena.makes';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let server: SocialServer;
let browser: Launched;
let userDataDir: string;
let rosterPage: Page;

/** Asks the background from the extension's own roster page. */
const fromRoster = <M extends RosterMethod>(method: M, input: Parameters<RosterApi[M]>[0]) =>
  callFrom(rosterPage, method, input);

const openCard = (url: string) => openCardAt(browser, url);

beforeAll(async () => {
  if (!lena || !post) throw new Error('tests/fixtures/pages/pages.json lists no Instagram profile and post');
  server = await startSocialServer([lena, post]);
  userDataDir = mkdtempSync(join(tmpdir(), 'troupe-collab-e2e-'));
  browser = await launch({ extension: true, mapHostsToPort: server.port, userDataDir });
  rosterPage = await browser.context.newPage();
  await rosterPage.goto(`chrome-extension://${browser.extensionId}/roster.html`);
  await fromRoster('brief.save', {
    brief: {
      id: 'clay',
      name: 'Clay makers',
      brand: 'Clay Brand',
      purpose: 'production',
      jurisdictions: ['US', 'UK'],
    },
    activate: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

describe('collaborations', () => {
  it('logs a post with the promo code as a deliverable, with its disclosure verdict', async () => {
    const profile = await openCard(lena!.url);
    await profile.card.click('[data-testid=troupe-save]');
    await profile.card.waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    await profile.page.close();
    await fromRoster(
      'roster.addCollaboration',
      collaborationWith({
        key: KEY,
        campaign: 'Spring glazes',
        date: inDays(-20),
        promoCodes: ['LENA10'],
        trackingLinks: [],
        deliverables: [],
        usageRights: { ...collaborationWith().usageRights!, start: inDays(-20), end: inDays(12) },
      }),
    );

    const { page, card } = await openCard(post!.url);
    await card.waitFor('[data-testid=troupe-log-deliverable]');
    expect(await card.text('troupe-log-deliverable')).toBe('Log as deliverable: Spring glazes (code LENA10)');
    // A script on the page clicking the button logs nothing.
    await page.evaluate(() => {
      document.querySelector('troupe-overlay')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect((await fromRoster('collaborations.list', {}))[0]!.deliverables).toHaveLength(0);
    await card.click('[data-testid=troupe-log-deliverable]');
    await card.waitFor('[data-testid=troupe-deliverable-logged]');
    const [logged] = await fromRoster('collaborations.list', {});
    expect(logged!.deliverables).toHaveLength(1);
    const deliverable = logged!.deliverables[0]!;
    expect(deliverable).toMatchObject({ status: 'posted', postUrl: post!.url, platform: 'instagram' });
    expect(deliverable.captures).toHaveLength(1);
    expect(deliverable.disclosure?.report.byJurisdiction.map((j) => j.jurisdiction).sort()).toEqual([
      'UK',
      'US',
    ]);
    const verdict = deliverable.disclosure!.report.verdict;
    expect(await card.text('troupe-deliverable-logged')).toMatch(/^Logged · disclosure: /);

    // A second visit adds a capture: the figures keep their history.
    await card.click('[data-testid=troupe-log-deliverable]');
    await expect
      .poll(async () => (await fromRoster('collaborations.list', {}))[0]!.deliverables[0]!.captures.length)
      .toBe(2);
    await page.close();

    await rosterPage.reload();
    await rosterPage.getByTestId('roster-handle').first().click();
    const detail = rosterPage.getByTestId('roster-detail');
    await expect.poll(() => detail.getByTestId('deliverable-disclosure').textContent()).toContain(verdict);
    expect(await detail.getByTestId('deliverable').textContent()).toContain('2 captures');
  });

  it('shows the usage rights ending soon on the dashboard', async () => {
    const ending = rosterPage.getByTestId('rights-ending');
    await expect
      .poll(() => ending.textContent())
      .toContain(`lena.makes · Spring glazes: ends ${inDays(12)} (in 12 days)`);
    expect(await rosterPage.getByTestId('deliverable-compliance').textContent()).toMatch(/of 1 checked/);
  });

  it('exports the collaborations as CSV and restores them from a backup', async () => {
    const [download] = await Promise.all([
      rosterPage.waitForEvent('download'),
      rosterPage.getByTestId('export-collaborations').click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text).toContain('LENA10');
    expect(text).toContain(post!.url);

    const backup = await fromRoster('roster.backup', {});
    expect(backup.version).toBeGreaterThanOrEqual(4);
    const before = await fromRoster('collaborations.list', {});
    await fromRoster('roster.remove', { keys: [KEY] });
    expect(await fromRoster('collaborations.list', {})).toEqual([]);
    await fromRoster('roster.import', { kind: 'backup', text: JSON.stringify(backup) });
    expect(await fromRoster('collaborations.list', {})).toEqual(before);
  });
});

// Collaborations in Debian's Chromium with the built extension: a post page whose caption carries a
// collaboration's promo code offers "Log as deliverable" on the card; a person's click logs the post
// with its disclosure verdict on the collaboration (seen in the roster's detail), the dashboard lists
// the usage rights ending soon, and a backup restores the collaboration with its deliverable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collaborationWith } from '../shared/roster/collaborations';
import { type ExtensionOnPages, startExtensionOn } from './support/extension-on-pages';
import { ownPages } from './support/social-server';

const own = ownPages();
const lena = own.find((p) => p.url === 'https://www.instagram.com/lena.makes/');
// Our own post page: "… made with @claybrand … Code LENA10 for 10% off. #ad …".
const post = own.find((p) => p.url === 'https://www.instagram.com/p/DAbc123XyZ_/');
const KEY = 'instagram:lena.makes';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

let extension: ExtensionOnPages;

beforeAll(async () => {
  if (!lena || !post) throw new Error('tests/fixtures/pages/pages.json lists no Instagram profile and post');
  extension = await startExtensionOn([lena, post]);
  await extension.fromRoster('brief.save', {
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

afterAll(() => extension?.close());

describe('collaborations', () => {
  it('logs a post with the promo code as a deliverable, with its disclosure verdict', async () => {
    const profile = await extension.openCard(lena!.url);
    await profile.card.click('[data-testid=troupe-save]');
    await profile.card.waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    await profile.page.close();
    await extension.fromRoster(
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

    const { page, card } = await extension.openCard(post!.url);
    await card.waitFor('[data-testid=troupe-log-deliverable]');
    expect(await card.text('troupe-log-deliverable')).toBe('Log as deliverable: Spring glazes (code LENA10)');
    // A script on the page clicking the button logs nothing.
    await page.evaluate(() => {
      document.querySelector('troupe-overlay')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect((await extension.fromRoster('collaborations.list', {}))[0]!.deliverables).toHaveLength(0);
    await card.click('[data-testid=troupe-log-deliverable]');
    await card.waitFor('[data-testid=troupe-deliverable-logged]');
    const [logged] = await extension.fromRoster('collaborations.list', {});
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
      .poll(
        async () =>
          (await extension.fromRoster('collaborations.list', {}))[0]!.deliverables[0]!.captures.length,
      )
      .toBe(2);
    await page.close();

    await extension.rosterPage.reload();
    await extension.rosterPage.getByTestId('roster-handle').first().click();
    const detail = extension.rosterPage.getByTestId('roster-detail');
    await expect.poll(() => detail.getByTestId('deliverable-disclosure').textContent()).toContain(verdict);
    expect(await detail.getByTestId('deliverable').textContent()).toContain('2 captures');
  });

  it('shows the usage rights ending soon on the dashboard', async () => {
    const ending = extension.rosterPage.getByTestId('rights-ending');
    await expect
      .poll(() => ending.textContent())
      .toContain(`lena.makes · Spring glazes: ends ${inDays(12)} (in 12 days)`);
    expect(await extension.rosterPage.getByTestId('deliverable-compliance').textContent()).toMatch(
      /of 1 checked/,
    );
  });

  it('exports the collaborations as CSV and restores them from a backup', async () => {
    const [download] = await Promise.all([
      extension.rosterPage.waitForEvent('download'),
      extension.rosterPage.getByTestId('export-collaborations').click(),
    ]);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text).toContain('LENA10');
    expect(text).toContain(post!.url);

    const backup = await extension.fromRoster('roster.backup', {});
    expect(backup.version).toBeGreaterThanOrEqual(4);
    const before = await extension.fromRoster('collaborations.list', {});
    await extension.fromRoster('roster.remove', { keys: [KEY] });
    expect(await extension.fromRoster('collaborations.list', {})).toEqual([]);
    await extension.fromRoster('roster.import', { kind: 'backup', text: JSON.stringify(backup) });
    expect(await extension.fromRoster('collaborations.list', {})).toEqual(before);
  });
});

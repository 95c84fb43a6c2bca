// The extension's roster page with creators already saved: each saved through the background as the
// card saves them, on the platforms in turn, then the page reloaded until its table lists them all.
import type { Page } from 'playwright-core';
import type { RosterApi } from '../../../shared/messages';
import { PLATFORMS, type Platform } from '../../../shared/schemas/enums';
import type { Launched } from './chromium';
import { callFrom } from './extension-call';

type Save = Parameters<RosterApi['roster.save']>[0];

/** Opens roster.html and saves `count` creators: the i-th is `creator(i, platform)`. */
export async function openSeededRoster(
  browser: Launched,
  count: number,
  creator: (i: number, platform: Platform) => Save,
  /** Set up before the page loads (say, listeners for its errors). */
  before?: (page: Page) => void,
): Promise<Page> {
  const page = await browser.context.newPage();
  before?.(page);
  await page.goto(`chrome-extension://${browser.extensionId}/roster.html`);
  for (let i = 0; i < count; i++)
    await callFrom(page, 'roster.save', creator(i, PLATFORMS[i % PLATFORMS.length]!));
  await page.reload();
  await page.getByText(`${count} of ${count} creators`).waitFor();
  return page;
}

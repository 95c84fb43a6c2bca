// Tells every open creator card that the active brief changed, so it rescores in place instead of
// showing a score against a brief that is no longer the marketer's (issue 11, item 12).
import { browser } from 'wxt/browser';
import type { TabRequest } from '../../shared/messages';
import { PLATFORM_HOSTS } from '../overlay.content/hosts';

export async function rescoreOpenCards(): Promise<void> {
  const request: TabRequest = { troupe: 1, method: 'overlay.rescore', input: {} };
  const tabs = await browser.tabs.query({ url: PLATFORM_HOSTS });
  // A tab without our content script (loaded before the extension, or not a creator page) refuses.
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, request).catch(() => undefined),
    ),
  );
}

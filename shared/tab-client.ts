// Asks the content script in a tab (browser.tabs.sendMessage) what its overlay shows, as
// roster-client.ts asks the background. A tab without an overlay (not a creator page, or a page
// loaded before the extension) has no listener: the answer is then null.
import { browser } from 'wxt/browser';
import { type TabApi, type TabMethod, type TabRequest, TROUPE } from './messages';

export async function callTab<M extends TabMethod>(
  tabId: number,
  method: M,
  input: Parameters<TabApi[M]>[0],
): Promise<Awaited<ReturnType<TabApi[M]>> | null> {
  const request: TabRequest<M> = { troupe: TROUPE, method, input };
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as Awaited<ReturnType<TabApi[M]>>) ?? null;
  } catch {
    return null;
  }
}

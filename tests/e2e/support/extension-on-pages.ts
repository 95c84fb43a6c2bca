// The built extension in a fresh Chromium profile with saved social pages served at their real
// addresses, and the extension's roster page open: the tests ask the background from there, as the
// extension's own pages do, and open each social page's card as a person would.
import type { Page } from 'playwright-core';
import type { RosterApi, RosterMethod } from '../../../shared/messages';
import { type CardView, openCard } from './card';
import { type Launched, launch } from './chromium';
import { callFrom } from './extension-call';
import { type SocialPage, startSocialServer } from './social-server';

export interface ExtensionOnPages {
  browser: Launched;
  /** The extension's roster page (chrome-extension://…/roster.html). */
  rosterPage: Page;
  /** Asks the background from the roster page. */
  fromRoster: <M extends RosterMethod>(
    method: M,
    input: Parameters<RosterApi[M]>[0],
  ) => Promise<Awaited<ReturnType<RosterApi[M]>>>;
  /** Opens one of the served pages in a new tab and waits for its card. */
  openCard: (url: string) => Promise<{ page: Page; card: CardView }>;
  /** Closes the browser (its profile folder goes with it) and the pages' server. */
  close: () => Promise<void>;
}

export async function startExtensionOn(pages: SocialPage[]): Promise<ExtensionOnPages> {
  const server = await startSocialServer(pages);
  let launched: Launched | undefined;
  const close = async () => {
    await launched?.close();
    await server.close();
  };
  try {
    const browser = await launch({ extension: true, mapHostsToPort: server.port });
    launched = browser;
    const rosterPage = await browser.context.newPage();
    await rosterPage.goto(`chrome-extension://${browser.extensionId}/roster.html`);
    return {
      browser,
      rosterPage,
      fromRoster: (method, input) => callFrom(rosterPage, method, input),
      openCard: (url) => openCard(browser, url),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

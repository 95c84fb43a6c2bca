// The page-world script: one small script for all five sites, run in the page's own JavaScript world
// at document_start (before the site's code), so it can see the answers of the web app's own API
// calls. Chrome and Firefox (128+, the extension asks for 142+) both run MAIN-world content scripts
// from the manifest, so neither needs a web-accessible copy injected into the page.
// It carries no adapter: which requests to read is plain data, the adapters' `apiCalls`, put here
// at build time (wxt.config.ts) so the list has one source.

import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ApiCall } from '../../shared/platforms/contract';
import { PLATFORM_MATCHES } from '../../shared/platforms/platform-records';
import { installCapture } from './capture';

declare const __TROUPE_API_CALLS__: readonly ApiCall[];

export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  world: 'MAIN',
  runAt: 'document_start',
  // No `var pageWorld` on the page's window: an anonymous IIFE leaves the page's globals as they were.
  globalName: false,
  main: () => {
    installCapture(window, __TROUPE_API_CALLS__);
  },
});

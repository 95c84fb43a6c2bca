// The one content-script definition every platform's entrypoint uses: WXT needs one file per
// content script (entrypoints/<platform>.content.ts), and each passes only its own adapter, so a
// page loads only its own platform's adapter. The script runs on the adapter's match patterns.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PlatformAdapter } from '../shared/platforms/contract';
import { startOverlay } from './start-overlay';

export function overlayContentScript(adapter: PlatformAdapter) {
  return defineContentScript({
    matches: [...adapter.matches],
    cssInjectionMode: 'ui',
    runAt: 'document_idle',
    main: (ctx) => startOverlay(ctx, adapter),
  });
}

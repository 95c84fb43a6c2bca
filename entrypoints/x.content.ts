// The overlay on X: only X's adapter ships in this script (see overlay/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/start-overlay';
import { x } from '../shared/platforms/x';

export default defineContentScript({
  matches: [...x.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, x),
});

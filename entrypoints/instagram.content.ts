// The overlay on Instagram: only Instagram's adapter ships in this script (see overlay/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/start-overlay';
import { instagram } from '../shared/platforms/instagram';

export default defineContentScript({
  matches: [...instagram.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, instagram),
});

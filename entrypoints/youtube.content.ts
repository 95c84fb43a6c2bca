// The overlay on YouTube: only YouTube's adapter ships in this script (see overlay/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/start-overlay';
import { youtube } from '../shared/platforms/youtube';

export default defineContentScript({
  matches: [...youtube.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, youtube),
});

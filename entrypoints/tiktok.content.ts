// The overlay on TikTok: only TikTok's adapter ships in this script (see overlay/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/start-overlay';
import { tiktok } from '../shared/platforms/tiktok';

export default defineContentScript({
  matches: [...tiktok.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, tiktok),
});

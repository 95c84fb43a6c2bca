// The overlay on TikTok: only TikTok's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { tiktok } from '../shared/platforms/tiktok';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: [...tiktok.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, tiktok),
});

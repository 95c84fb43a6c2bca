// The overlay on Twitch: only Twitch's adapter ships in this script (see overlay/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '../overlay/start-overlay';
import { twitch } from '../shared/platforms/twitch';

export default defineContentScript({
  matches: [...twitch.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, twitch),
});

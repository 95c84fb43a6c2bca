// The overlay on Twitch: only Twitch's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { twitch } from '../shared/platforms/twitch';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: [...twitch.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, twitch),
});

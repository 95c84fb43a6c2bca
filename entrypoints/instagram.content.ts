// The overlay on Instagram: only Instagram's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagram } from '../shared/platforms/instagram';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: [...instagram.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, instagram),
});

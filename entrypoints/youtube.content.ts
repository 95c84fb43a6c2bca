// The overlay on YouTube: only YouTube's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { youtube } from '../shared/platforms/youtube';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: [...youtube.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, youtube),
});

// The overlay on X: only X's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { x } from '../shared/platforms/x';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: [...x.matches],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, x),
});

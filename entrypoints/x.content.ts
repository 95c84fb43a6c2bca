// The overlay on X: only X's adapter ships in this script (see overlay.content/start-overlay.tsx).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { x } from '../shared/platforms/x';
import { HOSTS_BY_PLATFORM } from './overlay.content/hosts';
import { startOverlay } from './overlay.content/start-overlay';

export default defineContentScript({
  matches: HOSTS_BY_PLATFORM.x,
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main: (ctx) => startOverlay(ctx, x),
});

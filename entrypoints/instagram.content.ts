// The overlay on Instagram: only Instagram's adapter ships in this script (see overlay/content-script.ts).
import { overlayContentScript } from '../overlay/content-script';
import { instagram } from '../shared/platforms/instagram';

export default overlayContentScript(instagram);

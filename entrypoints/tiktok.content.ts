// The overlay on TikTok: only TikTok's adapter ships in this script (see overlay/content-script.ts).
import { overlayContentScript } from '../overlay/content-script';
import { tiktok } from '../shared/platforms/tiktok';

export default overlayContentScript(tiktok);

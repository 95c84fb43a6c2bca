// The overlay on YouTube: only YouTube's adapter ships in this script (see overlay/content-script.ts).
import { overlayContentScript } from '../overlay/content-script';
import { youtube } from '../shared/platforms/youtube';

export default overlayContentScript(youtube);

// The overlay on Twitch: only Twitch's adapter ships in this script (see overlay/content-script.ts).
import { overlayContentScript } from '../overlay/content-script';
import { twitch } from '../shared/platforms/twitch';

export default overlayContentScript(twitch);

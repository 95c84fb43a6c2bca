// The overlay on X: only X's adapter ships in this script (see overlay/content-script.ts).
import { overlayContentScript } from '../overlay/content-script';
import { x } from '../shared/platforms/x';

export default overlayContentScript(x);

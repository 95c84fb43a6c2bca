// Entry of troupe-submit.mjs (see later.ts). The scoring core validates briefs with classic zod,
// whose object schemas probe `new Function` when built; under a strict CSP that probe is reported
// as a violation. `./jitless` runs first (imports are evaluated in order) and turns the probe off.
import './jitless';

export { readApplication, receiverErrors } from './application';
export { attribution } from './attribution';
export { claimedFit } from './claimed-score';
export { flushOutbox, sendApplication } from './send';

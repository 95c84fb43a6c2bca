// The scoring core for tests of the roster service that must never score on its own: the caller
// sends the fit, as the overlay does, or the method scores nothing (imports). A call fails the test.
import type { Scoring } from '../../../../entrypoints/background/roster-service';

export const noScoring: Scoring = {
  fitScore: () => {
    throw new Error('fitScore should not be called: the caller sends the fit, or nothing is scored');
  },
  starterBrief: () => {
    throw new Error('starterBrief should not be called here');
  },
};

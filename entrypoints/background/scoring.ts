// The shared scoring core the roster service uses; kept to this one import so the service itself
// holds no scoring logic and tests can see exactly what is scored where.
import { fitScore, starterBrief } from '../../shared/score';
import { assessOverlay } from './overlay-assessment';
import type { Scoring } from './roster-service';

export const scoring: Scoring = {
  fitScore: (profile, brief, past) => fitScore(profile, brief, { past }),
  starterBrief: () => starterBrief(),
  assessOverlay,
};

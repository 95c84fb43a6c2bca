// The shared scoring core the roster service uses. (Wired to shared/score once fitScore lands there.)
import type { Scoring } from './roster-service';

const notYet = (what: string) => () => {
  throw new Error(`${what} is not available yet: the scoring core (shared/score) has not landed`);
};

export const scoring: Scoring = { fitScore: notYet('fitScore'), starterBrief: notYet('starterBrief') };

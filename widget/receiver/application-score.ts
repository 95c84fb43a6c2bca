// The receiver's own score for an application: each handle scored with the shared core against the
// configured brief. The browser's figure is never used here.
import { applicationProfiles } from '../../shared/application/profile';
import type { Application } from '../../shared/schemas/application';
import type { Brief } from '../../shared/schemas/brief';
import type { FitResult } from '../../shared/schemas/fit';
import { fitScore } from '../../shared/score/fit';

export interface ApplicationScore {
  /** The best score over the handles: the applicant's strongest platform for this brief. */
  score: number | null;
  fits: FitResult[];
}

export function applicationScore(
  application: Application,
  brief: Brief | null,
  at: string,
): ApplicationScore {
  const fits = applicationProfiles(application, at).map((profile) => fitScore(profile, brief));
  const scores = fits.map((f) => f.score).filter((s): s is number => s !== null);
  return { score: scores.length ? Math.max(...scores) : null, fits };
}

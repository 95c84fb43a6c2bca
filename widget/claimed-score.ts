// The applicant's fit against the brand's brief, computed by the shared core on the same profiles
// the receiver builds (best handle wins). It travels with the application as a hint only (the
// receiver recomputes it) and, if the brand wants, drives one friendly sentence for the applicant:
// a band, never the weights or the factor scores.
import { applicationProfiles } from '../shared/application/profile';
import type { Application } from '../shared/schemas/application';
import { fitScore } from '../shared/score/fit';
import { parseBrief } from '../shared/score/validation';

export interface ClaimedFit {
  score: number | null;
  band: 'high' | 'mid' | 'low';
}

/** Null without a brief or when the brief is malformed: the application goes out unscored. */
export function claimedFit(application: Application, brief: unknown, now = new Date()): ClaimedFit | null {
  if (brief === undefined || brief === null) return null;
  let parsed: ReturnType<typeof parseBrief>;
  try {
    parsed = parseBrief(brief);
  } catch {
    return null;
  }
  const scores = applicationProfiles(application, now.toISOString())
    .map((profile) => fitScore(profile, parsed))
    .map((fit) => (fit.excluded ? null : fit.score));
  const known = scores.filter((s): s is number => s !== null);
  const score = known.length ? Math.max(...known) : null;
  return { score, band: score === null ? 'low' : score >= 70 ? 'high' : score >= 45 ? 'mid' : 'low' };
}

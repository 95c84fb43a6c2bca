// What the card shows about a page reading. The background decides it (fitScore and disclosureCheck
// run there, see entrypoints/background/overlay-assessment.ts) so this script carries neither.
import type { OverlayAssessment, RosterEntry } from '../shared/messages';

/** The roster's disclosure history entries for a save. */
export function disclosuresForRoster(assessment: OverlayAssessment): RosterEntry['disclosures'] {
  const checkedAt = new Date().toISOString();
  return assessment.checks.map((c) => ({ postUrl: c.postUrl, checkedAt, report: c.report }));
}

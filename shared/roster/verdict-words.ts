// Disclosure verdicts in the words every surface uses (card, roster table, detail, CSV), so a post
// the card calls "Disclosed late" is never "not disclosed" in the roster.
import type { Verdict } from '../schemas/enums';

export const VERDICT_WORDS: Record<Verdict, string> = {
  disclosed: 'Disclosed',
  late: 'Disclosed late',
  ambiguous: 'Ambiguous',
  missing: 'Missing',
  not_needed: 'Not needed',
};

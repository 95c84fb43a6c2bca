// 'overlay.*': the card's one question per page reading.
import { sampleText } from '../../../shared/platforms/sample';
import { pastResults } from '../../../shared/roster/collaboration-figures';
import { creatorKey } from '../../../shared/schemas/creator-key';
import { RosterInputError } from '../input';
import { readingToAssess } from '../overlay-assessment';
import { offerFor } from './collaborations';
import type { Methods, Room } from './room';

export function overlayRoom({ db, scoring, activeBrief }: Room): Methods<'overlay'> {
  return {
    'overlay.assess': async (input) => {
      if (!scoring.assessOverlay) throw new RosterInputError('This roster service cannot assess pages');
      // The page reading with what the web app's own answers added (merged here, not in every page).
      const { extraction: reading, livePosts } = readingToAssess(input);
      const key = creatorKey(reading.kind === 'post' ? reading.author : reading.profile);
      const [brief, entry, collaborations] = await Promise.all([
        activeBrief(),
        db.get('creators', key),
        db.getAllFromIndex('collaborations', 'by-key', key),
      ]);
      // A saved creator is scored as the roster scores them, with what it knows (one assessment).
      const known = entry ? { saved: entry, past: pastResults(collaborations) } : null;
      const assessment = scoring.assessOverlay(reading, brief, known);
      const sample = sampleText(assessment.postSample, livePosts);
      return {
        assessment,
        entry: entry ?? null,
        livePosts,
        sample,
        deliverable: entry ? offerFor(reading, collaborations, brief) : null,
      };
    },
  };
}

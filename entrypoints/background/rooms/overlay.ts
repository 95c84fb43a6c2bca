// 'overlay.*': the card's one question per page reading.
import { sampleOf, sampleText } from '../../../shared/platforms/sample';
import { creatorKey } from '../../../shared/schemas/creator-key';
import { RosterInputError } from '../input';
import { readingToAssess } from '../overlay-assessment';
import type { Methods, Room } from './room';

export function overlayRoom({ db, scoring, activeBrief }: Room): Methods<'overlay'> {
  return {
    'overlay.assess': async (input) => {
      if (!scoring.assessOverlay) throw new RosterInputError('This roster service cannot assess pages');
      // The page reading with what the web app's own answers added (merged here, not in every page).
      const { extraction: reading, livePosts } = readingToAssess(input);
      const [brief, entry] = await Promise.all([
        activeBrief(),
        db.get('creators', creatorKey(reading.kind === 'post' ? reading.author : reading.profile)),
      ]);
      const assessment = scoring.assessOverlay(reading, brief);
      const sample = sampleText(sampleOf(assessment.profile.recentPosts), livePosts);
      return { assessment, entry: entry ?? null, livePosts, sample };
    },
  };
}

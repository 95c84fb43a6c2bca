// 'overlay.*': the card's one question per page reading.
import { creatorKey } from '../../../shared/schemas/profile';
import { RosterInputError } from '../input';
import { parseExtraction } from '../overlay-assessment';
import { offerFor } from './collaborations';
import type { Methods, Room } from './room';

export function overlayRoom({ db, scoring, activeBrief }: Room): Methods<'overlay'> {
  return {
    'overlay.assess': async ({ extraction }) => {
      if (!scoring.assessOverlay) throw new RosterInputError('This roster service cannot assess pages');
      const reading = parseExtraction(extraction);
      const key = creatorKey(reading.kind === 'post' ? reading.author : reading.profile);
      const [brief, entry, collaborations] = await Promise.all([
        activeBrief(),
        db.get('creators', key),
        reading.kind === 'post' ? db.getAllFromIndex('collaborations', 'by-key', key) : [],
      ]);
      return {
        assessment: scoring.assessOverlay(reading, brief),
        entry: entry ?? null,
        deliverable: entry ? offerFor(reading, collaborations, brief) : null,
      };
    },
  };
}

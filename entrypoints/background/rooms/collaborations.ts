// 'collaborations.*': the roster's collaborations across creators, and deliverables logged from posts.
import type { DeliverableOffer } from '../../../shared/messages';
import type { Extraction } from '../../../shared/platforms/contract';
import type { Collaboration } from '../../../shared/roster/collaboration';
import { deliverableMatch, logDeliverable } from '../../../shared/roster/deliverable-log';
import type { Brief } from '../../../shared/schemas/brief';
import { creatorKey } from '../../../shared/schemas/creator-key';
import { RosterInputError } from '../input';
import { parseExtraction } from '../overlay-assessment';
import { refreshRow } from './creator-writes';
import type { Methods, Room } from './room';

/** The offer the card shows for a post reading, or null (not a post, no match). */
export function offerFor(
  reading: Extraction,
  collaborations: readonly Collaboration[],
  brief: Brief | null,
): DeliverableOffer | null {
  if (reading.kind !== 'post' || !reading.post.url) return null;
  const match = deliverableMatch(reading.post, collaborations, brief?.brand ?? '');
  if (!match) return null;
  const url = reading.post.url;
  return {
    collaborationId: match.collaboration.id,
    campaign: match.collaboration.campaign,
    matched: match.matched,
    logged: match.collaboration.deliverables.some((d) => d.postUrl === url),
  };
}

export function collaborationsRoom(room: Room): Methods<'collaborations'> {
  const { db, scoring, now, newId, activeBrief, inOneTransaction } = room;
  return {
    'collaborations.list': async () =>
      (await db.getAll('collaborations')).sort((a, b) => b.date.localeCompare(a.date)),
    'collaborations.logDeliverable': async ({ extraction }) => {
      const reading = parseExtraction(extraction);
      if (reading.kind !== 'post' || !reading.post.url)
        throw new RosterInputError('Only a post with its address can be logged as a deliverable');
      const post = { ...reading.post, url: reading.post.url };
      const key = creatorKey(reading.author);
      const brief = await activeBrief();
      // The verdict is the background's own, under the active brief's jurisdictions.
      const checks = scoring.assessOverlay?.(reading, brief).checks ?? [];
      const report = (checks.find((c) => c.postUrl === post.url) ?? checks[0])?.report ?? null;
      const at = now();
      return inOneTransaction(async (tx) => {
        if (!(await tx.objectStore('creators').get(key)))
          throw new RosterInputError(`Save ${reading.author.handle} to the roster first`);
        const collaborations = await tx.objectStore('collaborations').index('by-key').getAll(key);
        const match = deliverableMatch(post, collaborations, brief?.brand ?? '');
        if (!match)
          throw new RosterInputError(
            "This post carries none of the creator's codes or links, nor the brand's tag",
          );
        const logged = logDeliverable(
          match.collaboration,
          { post, platform: reading.author.platform, report, at },
          newId,
        );
        await tx.objectStore('collaborations').put(logged.collaboration);
        await refreshRow(tx, key);
        return {
          collaborationId: logged.collaboration.id,
          campaign: logged.collaboration.campaign,
          deliverable: logged.deliverable,
          updated: logged.updated,
        };
      });
    },
  };
}

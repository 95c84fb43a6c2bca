// 'claims.*': the marketer's decision on an application that names a creator the roster already
// knows (shared/roster/claims.ts). Only the extension's own pages may ask (sender-policy.ts).
import { z } from 'zod';
import type { ClaimChoice } from '../../../shared/messages';
import { confirmClaim, dismissClaim, pendingClaim } from '../../../shared/roster/claims';
import type { CreatorRecord } from '../../../shared/roster/records';
import { parseInput, RosterInputError } from '../input';
import { putCreator } from './creator-writes';
import type { Methods, Room } from './room';

const ClaimChoiceSchema = z.object({ key: z.string().min(1), applicationId: z.string().min(1) });

export function claimsRoom(room: Room): Methods<'claims'> {
  const { now, inOneTransaction } = room;
  const decide =
    (change: (record: CreatorRecord, applicationId: string, at: string) => CreatorRecord) =>
    async (unchecked: ClaimChoice) => {
      const { key, applicationId } = parseInput(
        ClaimChoiceSchema,
        unchecked,
        'Troupe cannot decide this claim',
      );
      const at = now();
      return inOneTransaction(async (tx) => {
        const record = await tx.objectStore('creators').get(key);
        if (!record) throw new RosterInputError(`No creator ${key}`);
        // Decided already (another window, or the page confirmed it meanwhile): say so, change nothing.
        if (!pendingClaim(record, applicationId))
          throw new RosterInputError(`No pending claim ${applicationId} on ${key}`);
        const updated = change(record, applicationId, at);
        await putCreator(tx, updated);
        return updated;
      });
    };
  return {
    'claims.confirm': decide((record, id, at) => confirmClaim(record, id, 'marketer', at)),
    'claims.dismiss': decide(dismissClaim),
  };
}

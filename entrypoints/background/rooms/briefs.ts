// 'brief.*': the marketer's briefs and which one is active.
import { BriefSchema } from '../../../shared/schemas/brief';
import { parseInput, RosterInputError } from '../input';
import type { Methods, Room } from './room';

// Brief writes wait for a running import (Room.exclusive): a backup restores briefs too.
export function briefsRoom({ db, scoring, activeBrief, exclusive, options }: Room): Methods<'brief'> {
  // Open cards rescore when the active brief (or its content) changed.
  const changed = () => options.onActiveBriefChange?.();
  return {
    'brief.getActive': () => activeBrief(),
    'brief.createStarter': () =>
      exclusive(async () => {
        const starter = BriefSchema.parse(scoring.starterBrief());
        const tx = db.transaction(['briefs', 'meta'], 'readwrite');
        const existing = await tx.objectStore('briefs').get(starter.id);
        if (!existing) await tx.objectStore('briefs').put(starter);
        const activated = !(await tx.objectStore('meta').get('activeBriefId'));
        if (activated) await tx.objectStore('meta').put(starter.id, 'activeBriefId');
        await tx.done;
        if (activated) changed();
        return existing ?? starter;
      }),
    'brief.list': async () => ({
      briefs: (await db.getAll('briefs')).sort((a, b) => a.name.localeCompare(b.name)),
      activeId: ((await db.get('meta', 'activeBriefId')) as string | undefined) ?? null,
    }),
    'brief.save': ({ brief, activate }) =>
      exclusive(async () => {
        const parsed = parseInput(BriefSchema, brief, 'Troupe cannot save this brief');
        const tx = db.transaction(['briefs', 'meta'], 'readwrite');
        await tx.objectStore('briefs').put(parsed);
        const activeId = await tx.objectStore('meta').get('activeBriefId');
        if (activate || !activeId) await tx.objectStore('meta').put(parsed.id, 'activeBriefId');
        await tx.done;
        if (activate || !activeId || activeId === parsed.id) changed();
        return parsed;
      }),
    'brief.setActive': ({ id }) =>
      exclusive(async () => {
        const tx = db.transaction(['briefs', 'meta'], 'readwrite');
        if (!(await tx.objectStore('briefs').get(id))) throw new RosterInputError(`No brief ${id}`);
        await tx.objectStore('meta').put(id, 'activeBriefId');
        await tx.done;
        changed();
      }),
    'brief.remove': ({ id }) =>
      exclusive(async () => {
        const tx = db.transaction(['briefs', 'meta'], 'readwrite');
        await tx.objectStore('briefs').delete(id);
        if ((await tx.objectStore('meta').get('activeBriefId')) === id) {
          const [next] = await tx.objectStore('briefs').getAllKeys(undefined, 1);
          if (next) await tx.objectStore('meta').put(next, 'activeBriefId');
          else await tx.objectStore('meta').delete('activeBriefId');
        }
        await tx.done;
        changed();
      }),
    'brief.preview': async ({ brief, limit = 200 }) => {
      const parsed = parseInput(BriefSchema, brief, 'Troupe cannot preview this brief');
      const records = await db.getAll('creators');
      records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return records
        .slice(0, limit)
        .map((r) => {
          const fit = scoring.fitScore(r.profile, parsed);
          return {
            key: r.key,
            handle: r.profile.handle,
            platform: r.profile.platform,
            score: fit.score,
            excluded: fit.excluded?.reason ?? null,
            was: r.fit?.score ?? null,
          };
        })
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    },
  };
}

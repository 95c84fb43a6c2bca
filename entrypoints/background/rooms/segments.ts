// 'segments.*': saved views of the roster table.
import { SegmentSchema } from '../../../shared/roster/records';
import { parseInput } from '../input';
import type { Methods, Room } from './room';

export function segmentsRoom({ db, exclusive }: Room): Methods<'segments'> {
  return {
    'segments.list': async () => (await db.getAll('segments')).sort((a, b) => a.name.localeCompare(b.name)),
    'segments.save': async (input) => {
      const segment = parseInput(SegmentSchema, input, 'Troupe cannot save this view');
      // Waits for a running import, which may restore saved views.
      await exclusive(() => db.put('segments', segment));
      return segment;
    },
    'segments.remove': async ({ id }) => {
      await exclusive(() => db.delete('segments', id));
    },
  };
}

// 'collaborations.*': the roster's collaborations across creators, and deliverables logged from posts.
import type { Methods, Room } from './room';

export function collaborationsRoom({ db }: Room): Methods<'collaborations'> {
  return {
    'collaborations.list': async () =>
      (await db.getAll('collaborations')).sort((a, b) => b.date.localeCompare(a.date)),
  };
}

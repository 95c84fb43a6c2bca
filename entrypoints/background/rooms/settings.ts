// 'settings.*': the receiver's address and token, and first-run state.
import { RosterInputError } from '../input';
import type { Methods, Room } from './room';

export function settingsRoom({ db, settings }: Room): Methods<'settings'> {
  return {
    'settings.get': () => settings(),
    'settings.save': async (input) => {
      const next = { ...(await settings()), ...input };
      if (next.receiverUrl && !/^https?:\/\//.test(next.receiverUrl))
        throw new RosterInputError('The receiver URL must start with http:// or https://');
      await db.put('meta', next, 'settings');
      return next;
    },
  };
}

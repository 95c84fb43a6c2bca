// The background's implementation of RosterApi (shared/messages.ts), one room per API prefix in
// rooms/: each room is a plain object of methods over the shared Room (database, scoring, clock).
import type { RosterApi } from '../../shared/messages';
import { applicantsRoom } from './rooms/applicants';
import { briefsRoom } from './rooms/briefs';
import { claimsRoom } from './rooms/claims';
import { collaborationsRoom } from './rooms/collaborations';
import { resumeImport } from './rooms/import-loop';
import { importsRoom } from './rooms/imports';
import { overlayRoom } from './rooms/overlay';
import { openRoom, type RosterServiceOptions } from './rooms/room';
import { rosterRoom } from './rooms/roster';
import { segmentsRoom } from './rooms/segments';
import { settingsRoom } from './rooms/settings';

export { RosterInputError } from './input';
export type { RosterServiceOptions, Scoring } from './rooms/room';

export function createRosterService(options: RosterServiceOptions): RosterApi {
  const room = openRoom(options);
  // Queued first, so every write waits until an interrupted import is finished.
  void resumeImport(room);
  return {
    ...overlayRoom(room),
    ...rosterRoom(room),
    ...importsRoom(room),
    ...briefsRoom(room),
    ...segmentsRoom(room),
    ...collaborationsRoom(room),
    ...settingsRoom(room),
    ...applicantsRoom(room),
    ...claimsRoom(room),
  };
}

// How a creator's handle reads on the card. Pages from before YouTube's @handles (2022-10) name a
// channel only by its "UC…" id, which the adapter keeps as the handle (it is the stable key) and
// marks in `sources.handle`; shown as "@UCXPjxIofFid9z2JlKT6Jb3w" it would look like a handle
// that does not exist.
import type { CreatorProfile } from '../schemas/profile';

const YOUTUBE_CHANNEL_ID = /^UC[\w-]{22}$/;

/** True when the handle is a YouTube channel id standing in for a missing @handle. */
export function handleIsChannelId(profile: Pick<CreatorProfile, 'platform' | 'handle'>): boolean {
  return profile.platform === 'youtube' && YOUTUBE_CHANNEL_ID.test(profile.handle);
}

/** "@kurzgesagt", or "channel UCXPjxIofFid9z2JlKT6Jb3w" for a channel known only by its id. */
export function handleLabel(profile: Pick<CreatorProfile, 'platform' | 'handle'>): string {
  return handleIsChannelId(profile) ? `channel ${profile.handle}` : `@${profile.handle}`;
}

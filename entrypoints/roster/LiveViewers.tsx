// A Twitch creator's viewers seen live over the visits: the median and what each visit saw. Only
// shown once a visit found the channel live; concurrent viewers sit apart from the follower growth.
import type { RosterDetail } from '../../shared/messages';
import { liveViewersSeen, liveViewersText } from '../../shared/roster/live-viewers';

/** Visits listed one by one (the median counts them all); a creator saved weekly for years has hundreds. */
const VISITS_LISTED = 12;

export function LiveViewers({ detail }: { detail: RosterDetail }) {
  const seen = liveViewersSeen(detail.snapshots);
  if (!seen) return null;
  return (
    <section aria-label="Viewers seen live" data-testid="live-viewers">
      <p>{liveViewersText(seen)}</p>
      <p class="muted" data-testid="live-viewers-history">
        {detail.snapshots.length > VISITS_LISTED && `Last ${VISITS_LISTED} visits: `}
        {detail.snapshots
          .slice(-VISITS_LISTED)
          .map(
            (s) =>
              `${s.capturedAt.slice(0, 10)}: ${s.liveViewers === undefined ? 'not live' : `${s.liveViewers.toLocaleString('en')} watching`}`,
          )
          .join(' · ')}
      </p>
    </section>
  );
}

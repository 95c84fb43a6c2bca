// A Twitch creator's viewers seen live over the visits: the median and what each visit saw. Only
// shown once a visit found the channel live; concurrent viewers sit apart from the follower growth.
import type { RosterDetail } from '../../shared/messages';
import { liveViewersSeen, liveViewersText } from '../../shared/roster/live-viewers';

export function LiveViewers({ detail }: { detail: RosterDetail }) {
  const seen = liveViewersSeen(detail.snapshots);
  if (!seen) return null;
  return (
    <section aria-label="Viewers seen live" data-testid="live-viewers">
      <p>{liveViewersText(seen)}</p>
      <p class="muted" data-testid="live-viewers-history">
        {detail.snapshots
          .map(
            (s) =>
              `${s.capturedAt.slice(0, 10)}: ${s.liveViewers === undefined ? 'not live' : `${s.liveViewers.toLocaleString('en')} watching`}`,
          )
          .join(' · ')}
      </p>
    </section>
  );
}

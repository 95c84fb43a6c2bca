// The card's line for a stream live right now (Twitch): how many watch at this moment and for how
// long, the stream's title, and where it was read. Concurrent viewers are what a marketer weighs on
// Twitch; they are shown apart from followers and never as a post's views.
import type { CreatorProfile } from '../shared/schemas/profile';
import { countText } from './Card';

/** "2 h 10 min", "45 min", "under a minute": how long the stream has run at `at`; null when unknown. */
function streamDuration(startedAt: string | null, at: string): string | null {
  const minutes = Math.floor((Date.parse(at) - Date.parse(startedAt ?? '')) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 0) return null;
  if (minutes === 0) return 'under a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** Where the stream was read, in words (the field's source names the exact place). */
function readFrom(source: string | undefined): string {
  if (source?.startsWith('dom:')) return 'read from the page';
  return source?.startsWith('json:') ? "read from the site's live answer" : 'read live';
}

/** "Live now · 1,204 watching · for 2 h 10 min": what the card says; null when not live. */
function liveLineText(profile: CreatorProfile): string | null {
  const live = profile.live;
  if (!live) return null;
  const duration = streamDuration(live.startedAt, profile.capturedAt);
  return ['Live now', live.viewers && `${countText(live.viewers)} watching`, duration && `for ${duration}`]
    .filter(Boolean)
    .join(' · ');
}

export function LiveLine({ profile }: { profile: CreatorProfile }) {
  const text = liveLineText(profile);
  if (!text) return null;
  return (
    <div class="live" data-testid="troupe-live">
      <p title={profile.sources.live}>
        <span class="live-dot" aria-hidden="true" />
        <strong data-testid="troupe-live-line">{text}</strong>{' '}
        <span class="muted">({readFrom(profile.sources.live)})</span>
      </p>
      {profile.live?.title && (
        <p class="muted" data-testid="troupe-live-title">
          {profile.live.title}
        </p>
      )}
    </div>
  );
}

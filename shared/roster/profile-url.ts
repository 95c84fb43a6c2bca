// A creator's profile address from platform and handle, for entries that never came from the page
// itself (CSV imports, applicants).
import type { Platform } from '../schemas/enums';

const PROFILE_URL: Record<Platform, (handle: string) => string> = {
  instagram: (h) => `https://www.instagram.com/${h}/`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  x: (h) => `https://x.com/${h}`,
  twitch: (h) => `https://www.twitch.tv/${h}`,
};

export function profileUrl(platform: Platform, handle: string): string {
  return PROFILE_URL[platform](encodeURIComponent(handle.replace(/^@/, '')));
}

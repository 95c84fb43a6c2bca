// One record per platform: its name, the hosts it serves profiles and posts on, the content
// script's match patterns and its profile address. Each adapter carries its record (contract.ts),
// and everything else that needs a platform fact reads it here: the URL checks (platform-urls.ts),
// the manifest (wxt.config.ts), error messages, the roster's import and the widget. Plain data with
// no adapter code, so the widget can read names without pulling any adapter into its bundle.
import type { Platform } from '../schemas/enums';

export interface PlatformRecord {
  /** The platform's name as people write it ("TikTok"). */
  readonly name: string;
  /** Every host name its profiles and posts are served on; the adapter's matchUrl accepts no other. */
  readonly hosts: RegExp;
  /**
   * Match patterns of the platform's content script, which are also the manifest's host
   * permissions. They cover every host in `hosts` the browser can open a page on (youtu.be only
   * redirects to youtube.com, so no script runs there).
   */
  readonly matches: readonly string[];
  /** The profile address for a handle that is already without "@" and safe in a path. */
  readonly profileAt: (handle: string) => string;
}

export const PLATFORM_RECORDS: Record<Platform, PlatformRecord> = {
  instagram: {
    name: 'Instagram',
    hosts: /^(?:www\.|m\.)?instagram\.com$/,
    matches: ['*://*.instagram.com/*'],
    profileAt: (h) => `https://www.instagram.com/${h}/`,
  },
  tiktok: {
    name: 'TikTok',
    hosts: /^(?:www\.|m\.)?tiktok\.com$/,
    matches: ['*://*.tiktok.com/*'],
    profileAt: (h) => `https://www.tiktok.com/@${h}`,
  },
  youtube: {
    name: 'YouTube',
    hosts: /^(?:(?:www\.|m\.|music\.)?youtube\.com|youtu\.be)$/,
    matches: ['*://*.youtube.com/*'],
    profileAt: (h) => `https://www.youtube.com/@${h}`,
  },
  x: {
    name: 'X',
    hosts: /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/,
    matches: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
    profileAt: (h) => `https://x.com/${h}`,
  },
  twitch: {
    name: 'Twitch',
    hosts: /^(?:www\.|m\.|clips\.)?twitch\.tv$/,
    matches: ['*://*.twitch.tv/*'],
    profileAt: (h) => `https://www.twitch.tv/${h}`,
  },
};

/** Every platform's match patterns: the manifest's host permissions, the tabs a brief change reaches. */
export const PLATFORM_MATCHES: readonly string[] = Object.values(PLATFORM_RECORDS).flatMap((r) => r.matches);

/** A creator's profile address from platform and handle, for entries that never came from the page (imports, applicants). */
export function profileUrl(platform: Platform, handle: string): string {
  return PLATFORM_RECORDS[platform].profileAt(encodeURIComponent(handle.replace(/^@/, '')));
}

/** The platforms' names as a list in prose: "Instagram, TikTok, YouTube, X or Twitch". */
export function platformNames(last: 'or' | 'and' = 'or'): string {
  const names = Object.values(PLATFORM_RECORDS).map((r) => r.name);
  return `${names.slice(0, -1).join(', ')} ${last} ${names.at(-1)}`;
}

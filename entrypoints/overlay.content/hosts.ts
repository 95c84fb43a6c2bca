// The five platforms Troupe reads, as match patterns. The manifest's host permissions and each
// platform's content-script matches come from this one table.
import type { Platform } from '../../shared/schemas/enums';

export const HOSTS_BY_PLATFORM: Record<Platform, string[]> = {
  instagram: ['*://*.instagram.com/*'],
  tiktok: ['*://*.tiktok.com/*'],
  youtube: ['*://*.youtube.com/*'],
  x: ['*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  twitch: ['*://*.twitch.tv/*'],
};

export const PLATFORM_HOSTS = Object.values(HOSTS_BY_PLATFORM).flat();

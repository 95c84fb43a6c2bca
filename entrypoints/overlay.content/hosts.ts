// The five platforms Troupe reads, as match patterns. The manifest's host permissions and the
// overlay's content-script matches both come from this one list.
export const PLATFORM_HOSTS = [
  '*://*.instagram.com/*',
  '*://*.tiktok.com/*',
  '*://*.youtube.com/*',
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
  '*://*.twitch.tv/*',
];

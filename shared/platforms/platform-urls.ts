// Which addresses belong to which platform: the one place the background (saving and assessing a
// page reading) and the roster import check a stored URL against. Only https: addresses on the
// platform's own hosts count, so a page cannot plant a javascript: or look-alike link in the roster.
import { profileUrl } from '../roster/profile-url';
import type { Platform } from '../schemas/enums';
import type { CreatorProfile } from '../schemas/profile';

/** Host names each platform serves profiles and posts on (the adapters' matchUrl accepts these). */
const HOSTS: Record<Platform, RegExp> = {
  instagram: /^(?:www\.|m\.)?instagram\.com$/,
  tiktok: /^(?:www\.|m\.)?tiktok\.com$/,
  youtube: /^(?:(?:www\.|m\.|music\.)?youtube\.com|youtu\.be)$/,
  x: /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/,
  twitch: /^(?:www\.|m\.|clips\.)?twitch\.tv$/,
};

function parsed(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !u.username && !u.password ? u : null;
  } catch {
    return null;
  }
}

/** The platform an https: address belongs to; null for any other address or scheme. */
export function platformOfUrl(url: unknown): Platform | null {
  const u = parsed(url);
  if (!u) return null;
  for (const platform of Object.keys(HOSTS) as Platform[])
    if (HOSTS[platform].test(u.hostname)) return platform;
  return null;
}

/** True for an https: address on `platform`'s hosts. */
export function isPlatformUrl(url: unknown, platform: Platform): url is string {
  return platformOfUrl(url) === platform;
}

/** Links out of the platform (a creator's own site) may be anywhere, but only on the web. */
function isWebLink(url: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The profile with every address it would store checked: a profile or post address off the
 * platform becomes the canonical profile address or null, and links that are not web links go.
 */
export function withCheckedUrls(profile: CreatorProfile): CreatorProfile {
  const { platform } = profile;
  const postsOk = profile.recentPosts.every((p) => p.url === null || isPlatformUrl(p.url, platform));
  const linksOk = profile.links.every(isWebLink);
  if (isPlatformUrl(profile.url, platform) && postsOk && linksOk) return profile;
  return {
    ...profile,
    url: isPlatformUrl(profile.url, platform) ? profile.url : profileUrl(platform, profile.handle),
    recentPosts: postsOk
      ? profile.recentPosts
      : profile.recentPosts.map((p) =>
          p.url === null || isPlatformUrl(p.url, platform) ? p : { ...p, url: null },
        ),
    links: linksOk ? profile.links : profile.links.filter(isWebLink),
  };
}

/** Where a stored profile's addresses are off its platform ("profile.url", "profile.recentPosts.2.url"). */
export function uncheckedUrls(profile: CreatorProfile): string[] {
  const { platform } = profile;
  const bad: string[] = [];
  if (!isPlatformUrl(profile.url, platform)) bad.push('profile.url');
  profile.recentPosts.forEach((p, i) => {
    if (p.url !== null && !isPlatformUrl(p.url, platform)) bad.push(`profile.recentPosts.${i}.url`);
  });
  profile.links.forEach((l, i) => {
    if (!isWebLink(l)) bad.push(`profile.links.${i}`);
  });
  return bad;
}

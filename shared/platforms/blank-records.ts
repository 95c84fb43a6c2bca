// Empty CreatorProfile and Post records that adapters fill in field by field, so every adapter
// returns the same complete shape and records a source per field it sets.
import type { Platform } from '../schemas/enums';
import type { CreatorProfile, Post } from '../schemas/profile';

export function newProfile(platform: Platform, handle: string, url: string): CreatorProfile {
  return {
    platform,
    handle,
    displayName: null,
    url,
    followers: null,
    following: null,
    posts: null,
    verified: null,
    bio: null,
    links: [],
    category: null,
    languageHint: null,
    countryHint: null,
    recentPosts: [],
    capturedAt: new Date().toISOString(),
    selfReported: false,
    sources: {},
  };
}

export function newPost(): Post {
  return {
    id: null,
    url: null,
    authorHandle: null,
    caption: null,
    format: null,
    views: null,
    likes: null,
    comments: null,
    shares: null,
    postedAt: null,
    postedAtPrecision: null,
    pinned: false,
    paidPartnership: null,
    hashtags: [],
    mentions: [],
    sources: {},
  };
}

/**
 * Sets `field` when it is still empty and `value` is usable, recording where it came from.
 * Adapters call it with their sources most stable first, so the first good value wins.
 */
export function fill<T extends { sources: Record<string, string> }, K extends keyof T & string>(
  record: T,
  field: K,
  value: T[K] | undefined,
  source: string,
): boolean {
  if (value === undefined || value === null || (typeof value === 'string' && value === '')) return false;
  if (Array.isArray(value) && value.length === 0) return false;
  const current = record[field];
  if (current !== null && current !== undefined && !(Array.isArray(current) && current.length === 0)) {
    return false;
  }
  record[field] = value;
  record.sources[field] = source;
  return true;
}

/** ISO "Z" time from epoch seconds (TikTok createTime, Instagram taken_at). */
export function isoFromEpoch(seconds: number | string | undefined | null): string | null {
  const n = Number(seconds);
  if (!Number.isFinite(n) || n <= 0) return null;
  return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}

// The answers TikTok's web app loads after the first paint: the profile grid's pages
// (/api/post/item_list/, /api/creator/item_list/: {itemList, hasMore, cursor}) and the user card
// (/api/user/detail/: {userInfo: {user, stats, statsV2}}). Untrusted JSON: every read is optional,
// lists are capped, and only the open creator's own items are kept.
import type { ApiCall, ApiReading } from './contract';
import { arr, at, type Json, obj, str } from './json-path';
import { newProfile } from './records';
import {
  itemAuthor,
  MAX_ITEMS,
  ownPosts,
  readUserInfo,
  readUserRecord,
  readUserStats,
} from './tiktok-records';

export const TIKTOK_API_CALLS: readonly ApiCall[] = [
  { host: 'www.tiktok.com', path: '^/api/post/item_list/?$' },
  { host: 'www.tiktok.com', path: '^/api/creator/item_list/?$' },
  { host: 'www.tiktok.com', path: '^/api/user/detail/?$' },
];

/** True for an item_list answer ({itemList: [...]}), saved or live. */
export function isItemList(json: Json): boolean {
  return Array.isArray(at(json, 'itemList')) && !at(json, 'userInfo');
}

/**
 * The creator an item list is about: the open page's creator when any item is theirs, else the
 * author most items share (the live pipeline then drops the reading as someone else's).
 */
function listOwner(items: Json[], pageHandle: string | undefined): string | null {
  const authors = items
    .slice(0, MAX_ITEMS)
    .map(itemAuthor)
    .filter((a): a is string => !!a);
  if (pageHandle && authors.some((a) => a.toLowerCase() === pageHandle.toLowerCase())) return pageHandle;
  const tally = new Map<string, number>();
  for (const a of authors) tally.set(a, (tally.get(a) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** An item_list answer as a reading: the owner's posts, and the profile facts their items repeat. */
export function readItemList(json: Json, pageHandle: string | undefined): ApiReading | null {
  const items = arr(at(json, 'itemList'));
  const handle = listOwner(items, pageHandle);
  if (!handle) return null;
  const posts = ownPosts(items, handle, 'json:itemList');
  // Each item repeats its author and authorStats: the first own item gives the profile facts.
  const first = items.slice(0, MAX_ITEMS).find((i) => itemAuthor(i)?.toLowerCase() === handle.toLowerCase());
  const profile = newProfile('tiktok', handle, `https://www.tiktok.com/@${handle}`);
  const author = obj(at(first, 'author'));
  if (author) readUserRecord(author, profile, 'json:itemList[].author');
  readUserStats(first, 'authorStats', 'authorStatsV2', profile, 'json:itemList[]');
  profile.recentPosts = posts;
  return { handle: profile.handle, profile, posts };
}

/** A /api/user/detail/ answer (the same userInfo as the page's webapp.user-detail). */
export function readUserDetail(json: Json): ApiReading | null {
  const info = at(json, 'userInfo');
  const handle = str(at(info, 'user', 'uniqueId'));
  if (!handle) return null;
  const profile = newProfile('tiktok', handle, `https://www.tiktok.com/@${handle}`);
  readUserInfo(info, profile, 'json:userInfo');
  return { handle: profile.handle, profile, posts: profile.recentPosts };
}

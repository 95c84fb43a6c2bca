// TikTok's own JSON records, read the same way wherever they arrive: the page's embedded state
// (__UNIVERSAL_DATA_FOR_REHYDRATION__, SIGI_STATE) and the web app's API answers
// (/api/post/item_list/, /api/creator/item_list/, /api/user/detail/). An item in ItemModule, in
// userInfo.itemList and in an item_list answer is the same struct (id, desc, createTime, author,
// stats, statsV2, textExtra, adLabelVersion, isAd, isPinnedItem, textLanguage).
import type { Count, CreatorProfile, Post } from '../schemas/profile';
import { fill, isoFromEpoch, newPost } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { arr, at, type Json, num, obj, str } from './json-path';

/** At most this many items are read from one list (a forged answer may carry millions). */
export const MAX_ITEMS = 200;

/**
 * A TikTok counter. `stats` integers of 10,000 or more are platform-rounded (783427 is served as
 * 783400), so they are never exact. `statsV2` strings are the exact figures on profiles, but on
 * video items they are rounded too (25500, 192100): a round statsV2 figure that large is treated
 * as an estimate, one that is not round cannot have been rounded.
 */
export function tiktokCount(value: Json, fromV2: boolean, display: string | null = null): Count | null {
  const n = num(value);
  if (n === undefined || n < 0) return null;
  const exact = n < 10_000 || (fromV2 && n % 100 !== 0);
  return { value: n, display, exact };
}

/** The statsV2 figure when it is exact, else the best of the two readings. */
function statFrom(record: Json, v1: string, v2: string, key: string): Count | null {
  const fromV2 = tiktokCount(at(record, v2, key), true);
  const fromV1 = tiktokCount(at(record, v1, key), false);
  if (fromV2?.exact) return fromV2;
  return fromV1 ?? fromV2;
}

/** The handle an item is by: `author` is an object in item_list answers, a string in SIGI_STATE. */
export function itemAuthor(item: Json): string | undefined {
  return str(at(item, 'author', 'uniqueId')) ?? str(at(item, 'author'));
}

export function sameHandle(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

export function readItem(item: Record<string, Json>, post: Post, src: string): void {
  fill(post, 'id', str(item.id), `${src}.id`);
  fill(post, 'caption', str(item.desc), `${src}.desc`);
  fill(post, 'authorHandle', itemAuthor(item), `${src}.author.uniqueId`);
  if (fill(post, 'postedAt', isoFromEpoch(str(item.createTime) ?? num(item.createTime)), `${src}.createTime`))
    post.postedAtPrecision = 'time';
  const stat = (key: string) => statFrom(item, 'stats', 'statsV2', key);
  fill(post, 'views', stat('playCount'), `${src}.statsV2/stats.playCount`);
  fill(post, 'likes', stat('diggCount'), `${src}.statsV2/stats.diggCount`);
  fill(post, 'comments', stat('commentCount'), `${src}.statsV2/stats.commentCount`);
  fill(post, 'shares', stat('shareCount'), `${src}.statsV2/stats.shareCount`);
  // Branded-content disclosure: adLabelVersion > 0 is the "Paid partnership" label (isAd stays
  // false on such posts); isAd marks Promote ads. A present 0/false pair is the platform saying "no".
  const label = num(item.adLabelVersion);
  if ((label ?? 0) > 0 || item.isAd === true)
    fill(post, 'paidPartnership', true, `${src}.adLabelVersion/isAd`);
  else if (label === 0 || item.isAd === false)
    fill(post, 'paidPartnership', false, `${src}.adLabelVersion/isAd`);
  if (item.isPinnedItem === true) {
    post.pinned = true;
    post.sources.pinned = `${src}.isPinnedItem`;
  }
  const extra = arr(item.textExtra);
  if (Array.isArray(item.textExtra)) {
    const values = (key: string) => [
      ...new Set(extra.map((e) => str(at(e, key))).filter((t): t is string => !!t)),
    ];
    post.hashtags = values('hashtagName');
    post.mentions = values('userUniqueId');
    post.sources.hashtags = `${src}.textExtra[].hashtagName`;
    post.sources.mentions = `${src}.textExtra[].userUniqueId`;
  } else readCaptionEntities(post);
  post.format = obj(item.imagePost) ? 'carousel' : 'short';
  if (post.authorHandle && post.id)
    post.url = `https://www.tiktok.com/@${post.authorHandle}/video/${post.id}`;
}

/** Posts from a list of items, only those by `handle` (items with no author are left out too). */
export function ownPosts(items: Json[], handle: string, src: string): Post[] {
  const posts: Post[] = [];
  for (const [i, value] of items.slice(0, MAX_ITEMS).entries()) {
    const item = obj(value);
    if (!item || !sameHandle(itemAuthor(item), handle) || !str(item.id)) continue;
    const post = newPost();
    readItem(item, post, `${src}[${i}]`);
    posts.push(post);
  }
  return posts;
}

/** A user record (userInfo.user, UserModule.users[x], an item's author) into the profile. */
export function readUserRecord(u: Record<string, Json>, p: CreatorProfile, src: string): void {
  p.handle = str(u.uniqueId) ?? p.handle;
  p.sources.handle = `${src}.uniqueId`;
  fill(p, 'displayName', str(u.nickname), `${src}.nickname`);
  fill(p, 'verified', typeof u.verified === 'boolean' ? u.verified : undefined, `${src}.verified`);
  fill(p, 'bio', str(u.signature), `${src}.signature`);
  const link = str(at(u, 'bioLink', 'link'));
  fill(p, 'links', link ? [link] : undefined, `${src}.bioLink.link`);
  fill(p, 'countryHint', str(u.region) ?? null, `${src}.region`);
}

/** followerCount, followingCount, videoCount from a stats/statsV2 pair on `record`. */
export function readUserStats(record: Json, v1: string, v2: string, p: CreatorProfile, src: string): void {
  const stat = (key: string) => statFrom(record, v1, v2, key);
  fill(p, 'followers', stat('followerCount'), `${src}.${v2}/${v1}.followerCount`);
  fill(p, 'following', stat('followingCount'), `${src}.${v2}/${v1}.followingCount`);
  fill(p, 'posts', stat('videoCount'), `${src}.${v2}/${v1}.videoCount`);
}

/** userInfo of webapp.user-detail and of /api/user/detail/: user, stats, statsV2 and any itemList. */
export function readUserInfo(info: Json, p: CreatorProfile, src: string): void {
  const user = obj(at(info, 'user'));
  if (user) readUserRecord(user, p, `${src}.user`);
  readUserStats(info, 'stats', 'statsV2', p, src);
  p.recentPosts = ownPosts(arr(at(info, 'itemList')), p.handle, `${src}.itemList`);
}

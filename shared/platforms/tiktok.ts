// TikTok: profiles (/@handle) and videos (/@handle/video/ID, /@handle/photo/ID). Sources, most
// stable first: the rehydration state (__UNIVERSAL_DATA_FOR_REHYDRATION__ since 2023, SIGI_STATE
// before), JSON-LD, meta tags, then the DOM's data-e2e hooks.
import { countFromText } from '../counts/parse-count';
import type { Count, CreatorProfile, Post } from '../schemas/profile';
import { hashtagsOf, mentionsOf } from '../text/entities';
import { asUrl, type Extraction, ExtractionError, type PlatformAdapter, type UrlMatch } from './contract';
import { countBefore } from './counts-in-text';
import { canonicalUrl, jsonLd, meta, scriptJson, textOf } from './embedded';
import { arr, at, type Json, num, obj, str } from './json-path';
import { fill, isoFromEpoch, newPost, newProfile } from './records';

// data-e2e hooks, newest first. "browse-*" is the logged-in video page; the feed layout reuses
// the short names inside one article per video (the first is the page's own video).
const SELECTORS = {
  handle: ['[data-e2e="user-title"]'], // 2025-12 and 2022-08: h1 holds the handle, h2 the display name
  displayName: ['[data-e2e="user-subtitle"]'], // 2025-12, 2022-08
  followers: ['[data-e2e="followers-count"]'], // 2025-12, 2022-08
  following: ['[data-e2e="following-count"]'],
  bio: ['[data-e2e="user-bio"]'],
  bioLink: ['[data-e2e="user-link"]'],
  verifiedInHeader: ['[data-e2e="user-title"] svg', '[data-e2e="user-title"] + svg'],
  // 2025-10 feed layout: one article per video, the page's own first; the browse layout has one video
  videoRoot: ['article#one-column-item-0', 'article'],
  author: ['[data-e2e="browse-username"]', '[data-e2e="video-author-uniqueid"]'], // 2025-10 browse, 2025-12 feed
  desc: ['[data-e2e="browse-video-desc"]', '[data-e2e="video-desc"]'],
  likes: ['[data-e2e="browse-like-count"]', '[data-e2e="like-count"]'], // 2025-10 browse, 2025-12 feed
  comments: ['[data-e2e="browse-comment-count"]', '[data-e2e="comment-count"]'],
  shares: ['[data-e2e="browse-share-count"]', '[data-e2e="share-count"]'],
  sponsored: ['[data-e2e="sponsored-tag"]', '[data-e2e="ad-tag"]'], // 2025-12: "Paid partnership"; 2023: ad tag
} as const;

const HOST = /^(?:www\.|m\.)?tiktok\.com$/;

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (!HOST.test(url.hostname)) return null;
  const [first = '', second, third = ''] = url.pathname.split('/').filter(Boolean);
  if (!first.startsWith('@') || first.length < 2) return null;
  const handle = decodeURIComponent(first.slice(1));
  if (!second) return { kind: 'profile', handle };
  if ((second === 'video' || second === 'photo') && /^\d+$/.test(third))
    return { kind: 'post', handle, id: third };
  return null;
}

/**
 * TikTok's web payloads round every figure of 10,000 or more (783427 is served as 783400, even in
 * statsV2 on video pages). A round figure that large is therefore an estimate; one that is not
 * round cannot have been rounded.
 */
function tiktokCount(value: Json, display: string | null = null): Count | null {
  const n = num(value);
  if (n === undefined || n < 0) return null;
  const exact = n < 10_000 || n % 100 !== 0;
  return { value: n, display, exact };
}

/** The more exact of two readings of the same figure (statsV2 strings beat rounded stats). */
function best(...counts: (Count | null)[]): Count | null {
  const found = counts.filter((c): c is Count => !!c);
  return found.find((c) => c.exact) ?? found[0] ?? null;
}

function state(doc: Document): { scope?: Json; sigi?: Json } {
  const universal = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  return { scope: at(universal, '__DEFAULT_SCOPE__'), sigi: scriptJson(doc, 'SIGI_STATE') };
}

// ---- profile --------------------------------------------------------------------------------

interface UserState {
  user: Record<string, Json>;
  stats?: Json;
  statsV2?: Json;
  items: Json[];
  source: string;
}

function userState(scope: Json, sigi: Json, handle: string | undefined): UserState | null {
  const info = at(scope, 'webapp.user-detail', 'userInfo');
  const user = obj(at(info, 'user'));
  if (user && (!handle || str(user.uniqueId)?.toLowerCase() === handle.toLowerCase())) {
    return {
      user,
      stats: at(info, 'stats'),
      statsV2: at(info, 'statsV2'),
      items: arr(at(info, 'itemList')),
      source: 'json:__UNIVERSAL_DATA_FOR_REHYDRATION__["webapp.user-detail"].userInfo',
    };
  }
  const users = obj(at(sigi, 'UserModule', 'users')) ?? {};
  const key = Object.keys(users).find(
    (k) =>
      !handle ||
      k.toLowerCase() === handle.toLowerCase() ||
      str(at(users[k], 'uniqueId'))?.toLowerCase() === handle.toLowerCase(),
  );
  const sigiUser = key ? obj(users[key]) : undefined;
  if (!key || !sigiUser) return null;
  const id = str(sigiUser.uniqueId) ?? key;
  const items = Object.values(obj(at(sigi, 'ItemModule')) ?? {}).filter(
    (i) => str(at(i, 'author')) === id || str(at(i, 'author', 'uniqueId')) === id,
  );
  return {
    user: sigiUser,
    stats: at(sigi, 'UserModule', 'stats', key),
    items,
    source: `json:SIGI_STATE.UserModule`,
  };
}

function readUser(s: UserState, p: CreatorProfile): void {
  const u = s.user;
  p.handle = str(u.uniqueId) ?? p.handle;
  p.sources.handle = `${s.source}.user.uniqueId`;
  fill(p, 'displayName', str(u.nickname), `${s.source}.user.nickname`);
  fill(p, 'verified', typeof u.verified === 'boolean' ? u.verified : undefined, `${s.source}.user.verified`);
  fill(p, 'bio', str(u.signature), `${s.source}.user.signature`);
  const link = str(at(u, 'bioLink', 'link'));
  fill(p, 'links', link ? [link] : undefined, `${s.source}.user.bioLink.link`);
  fill(p, 'countryHint', str(u.region) ?? null, `${s.source}.user.region`);
  const pick = (key: string) => best(tiktokCount(at(s.statsV2, key)), tiktokCount(at(s.stats, key)));
  fill(p, 'followers', pick('followerCount'), `${s.source}.statsV2/stats.followerCount`);
  fill(p, 'following', pick('followingCount'), `${s.source}.statsV2/stats.followingCount`);
  fill(p, 'posts', pick('videoCount'), `${s.source}.statsV2/stats.videoCount`);
  p.recentPosts = s.items.map((item) => {
    const post = newPost();
    readItem(obj(item) ?? {}, post, 'json:itemList[]');
    return post;
  });
}

/** JSON-LD ProfilePage: exact follower count (TikTok's JSON rounds, this one does not). */
function readProfileJsonLd(doc: Document, p: CreatorProfile): void {
  for (const block of jsonLd(doc)) {
    const entity = obj(block.mainEntity) ?? block;
    const alt = str(entity.alternateName) ?? str(entity.additionalName);
    if (alt && alt.replace(/^@/, '').toLowerCase() !== p.handle.toLowerCase()) continue;
    for (const stat of arr(entity.interactionStatistic)) {
      const type = JSON.stringify(at(stat, 'interactionType') ?? '');
      // Same rounding rule as the state: the 2022 Person block carries "6200000".
      const count = tiktokCount(at(stat, 'userInteractionCount'));
      if (count?.exact && type.includes('FollowAction') && !p.followers?.exact) {
        p.followers = { ...count, display: p.followers?.display ?? null };
        p.sources.followers = 'jsonld:ProfilePage.interactionStatistic[FollowAction]';
      }
    }
  }
}

function readProfileDom(doc: Document, p: CreatorProfile): void {
  const domHandle = textOf(doc, ...SELECTORS.handle);
  // The DOM follows in-app navigation; only combine it with the record of the same creator.
  if (domHandle && domHandle.replace(/^@/, '').toLowerCase() !== p.handle.toLowerCase()) return;
  if (domHandle)
    fill(p, 'displayName', textOf(doc, ...SELECTORS.displayName), `dom:${SELECTORS.displayName[0]}`);
  const shown = textOf(doc, ...SELECTORS.followers);
  if (shown && p.followers && !p.followers.display) {
    p.followers = { ...p.followers, display: shown };
  } else if (shown) fill(p, 'followers', countFromText(shown), `dom:${SELECTORS.followers[0]}`);
  const following = textOf(doc, ...SELECTORS.following);
  fill(p, 'following', following ? countFromText(following) : null, `dom:${SELECTORS.following[0]}`);
  fill(p, 'bio', textOf(doc, ...SELECTORS.bio), `dom:${SELECTORS.bio[0]}`);
  const link = textOf(doc, ...SELECTORS.bioLink);
  fill(p, 'links', link ? [link] : undefined, `dom:${SELECTORS.bioLink[0]}`);
  if (domHandle)
    fill(
      p,
      'verified',
      SELECTORS.verifiedInHeader.some((s) => doc.querySelector(s)),
      'dom:badge after user-title',
    );
}

function readProfileMeta(doc: Document, p: CreatorProfile): void {
  // "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. <bio>" (older: "6.2M Fans.")
  const desc = meta(doc, 'og:description') ?? meta(doc, 'description');
  if (!desc?.toLowerCase().includes(`@${p.handle.toLowerCase()}`)) return;
  const shown = countBefore(desc, '(?:Followers|Fans)');
  if (shown && p.followers && !p.followers.display) p.followers = { ...p.followers, display: shown.display };
  else fill(p, 'followers', shown ? { ...shown, display: shown.display } : null, 'meta:og:description');
}

// ---- video ----------------------------------------------------------------------------------

function readItem(item: Record<string, Json>, post: Post, src: string): void {
  fill(post, 'id', str(item.id), `${src}.id`);
  fill(post, 'caption', str(item.desc), `${src}.desc`);
  const author = str(at(item, 'author', 'uniqueId')) ?? str(item.author);
  fill(post, 'authorHandle', author, `${src}.author.uniqueId`);
  fill(post, 'postedAt', isoFromEpoch(str(item.createTime) ?? num(item.createTime)), `${src}.createTime`);
  const pick = (key: string) =>
    best(tiktokCount(at(item, 'statsV2', key)), tiktokCount(at(item, 'stats', key)));
  fill(post, 'views', pick('playCount'), `${src}.stats.playCount`);
  fill(post, 'likes', pick('diggCount'), `${src}.stats.diggCount`);
  fill(post, 'comments', pick('commentCount'), `${src}.stats.commentCount`);
  fill(post, 'shares', pick('shareCount'), `${src}.stats.shareCount`);
  // Branded-content disclosure: adLabelVersion > 0 is the "Paid partnership" label; isAd marks
  // Promote ads. A present 0/false pair is the platform saying "no".
  const label = num(item.adLabelVersion);
  if ((label ?? 0) > 0 || item.isAd === true)
    fill(post, 'paidPartnership', true, `${src}.adLabelVersion/isAd`);
  else if (label === 0 || item.isAd === false)
    fill(post, 'paidPartnership', false, `${src}.adLabelVersion/isAd`);
  const extra = arr(item.textExtra);
  if (extra.length || Array.isArray(item.textExtra)) {
    post.hashtags = [...new Set(extra.map((e) => str(at(e, 'hashtagName'))).filter((t): t is string => !!t))];
    post.mentions = [
      ...new Set(extra.map((e) => str(at(e, 'userUniqueId'))).filter((t): t is string => !!t)),
    ];
    post.sources.hashtags = `${src}.textExtra[].hashtagName`;
    post.sources.mentions = `${src}.textExtra[].userUniqueId`;
  } else if (post.caption) {
    post.hashtags = hashtagsOf(post.caption);
    post.mentions = mentionsOf(post.caption);
  }
  post.format = obj(item.imagePost) ? 'carousel' : 'short';
  if (post.authorHandle && post.id)
    post.url = `https://www.tiktok.com/@${post.authorHandle}/video/${post.id}`;
}

function readAuthor(item: Record<string, Json>, a: CreatorProfile, src: string): void {
  const author = obj(item.author);
  if (!author) return;
  a.handle = str(author.uniqueId) ?? a.handle;
  a.sources.handle = `${src}.author.uniqueId`;
  fill(a, 'displayName', str(author.nickname), `${src}.author.nickname`);
  fill(
    a,
    'verified',
    typeof author.verified === 'boolean' ? author.verified : undefined,
    `${src}.author.verified`,
  );
  fill(a, 'bio', str(author.signature), `${src}.author.signature`);
  const pick = (key: string) =>
    best(tiktokCount(at(item, 'authorStatsV2', key)), tiktokCount(at(item, 'authorStats', key)));
  fill(a, 'followers', pick('followerCount'), `${src}.authorStats.followerCount`);
  fill(a, 'following', pick('followingCount'), `${src}.authorStats.followingCount`);
  fill(a, 'posts', pick('videoCount'), `${src}.authorStats.videoCount`);
}

function videoItem(
  scope: Json,
  sigi: Json,
  id: string | undefined,
): { item: Record<string, Json>; src: string } | null {
  const item = obj(at(scope, 'webapp.video-detail', 'itemInfo', 'itemStruct'));
  if (item && (!id || str(item.id) === id))
    return {
      item,
      src: 'json:__UNIVERSAL_DATA_FOR_REHYDRATION__["webapp.video-detail"].itemInfo.itemStruct',
    };
  const items = obj(at(sigi, 'ItemModule')) ?? {};
  const key = id ?? Object.keys(items)[0];
  const sigiItem = key ? obj(items[key]) : undefined;
  return sigiItem ? { item: sigiItem, src: `json:SIGI_STATE.ItemModule["${key}"]` } : null;
}

function readVideoDom(doc: Document, post: Post): void {
  const root = SELECTORS.videoRoot.map((s) => doc.querySelector(s)).find((e) => e) ?? doc;
  const num = (sels: readonly string[]) => {
    const t = textOf(root, ...sels);
    return t ? countFromText(t) : null;
  };
  const shownLikes = num(SELECTORS.likes);
  if (post.likes && shownLikes && !post.likes.display)
    post.likes = { ...post.likes, display: shownLikes.display };
  else fill(post, 'likes', shownLikes, `dom:${SELECTORS.likes[0]}`);
  const shownComments = num(SELECTORS.comments);
  if (post.comments && shownComments && !post.comments.display)
    post.comments = { ...post.comments, display: shownComments.display };
  else fill(post, 'comments', shownComments, `dom:${SELECTORS.comments[0]}`);
  fill(post, 'shares', num(SELECTORS.shares), `dom:${SELECTORS.shares[0]}`);
  fill(post, 'caption', textOf(root, ...SELECTORS.desc), `dom:${SELECTORS.desc[0]}`);
  const author = textOf(root, ...SELECTORS.author);
  fill(post, 'authorHandle', author?.replace(/^@/, ''), `dom:${SELECTORS.author[0]}`);
  // The page's own label beats the JSON's "no": TikTok renders it from fields we cannot all see.
  if (SELECTORS.sponsored.some((s) => root.querySelector(s))) {
    post.paidPartnership = true;
    post.sources.paidPartnership = `dom:${SELECTORS.sponsored[0]}`;
  }
}

// ---- entry points ---------------------------------------------------------------------------

function profileResult(p: CreatorProfile): Extraction {
  if (!p.displayName && !p.followers && !p.bio) {
    throw new ExtractionError(
      'no_creator_data',
      `TikTok profile @${p.handle}: no user data found (no rehydration state for this user, no data-e2e profile header).`,
    );
  }
  return { kind: 'profile', profile: p };
}

function postResult(post: Post, author: CreatorProfile, id: string | undefined): Extraction {
  if (!post.caption && !post.likes && !post.authorHandle) {
    throw new ExtractionError(
      'no_creator_data',
      `TikTok video ${id ?? ''}: no video data found (no itemStruct for this video, no data-e2e video hooks).`,
    );
  }
  if (author.handle === '?' && post.authorHandle) author.handle = post.authorHandle;
  if (!author.url) author.url = `https://www.tiktok.com/@${author.handle}`;
  if (!post.hashtags.length && !post.sources.hashtags && post.caption) {
    post.hashtags = hashtagsOf(post.caption);
    post.mentions = mentionsOf(post.caption);
  }
  return { kind: 'post', post, author };
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match) throw new ExtractionError('unsupported_url', `Not a TikTok profile or video URL: ${url.href}`);
  const { scope, sigi } = state(doc);
  const lang = doc.documentElement?.getAttribute('lang')?.split('-')[0] || null;
  if (match.kind === 'profile') {
    const p = newProfile('tiktok', match.handle ?? '?', canonicalUrl(doc) ?? url.href);
    p.sources.url = 'dom:link[rel=canonical]';
    const s = userState(scope, sigi, match.handle);
    if (s) readUser(s, p);
    readProfileJsonLd(doc, p);
    readProfileDom(doc, p);
    readProfileMeta(doc, p);
    p.languageHint = lang;
    return profileResult(p);
  }
  const post = newPost();
  const author = newProfile('tiktok', match.handle ?? '?', '');
  const found = videoItem(scope, sigi, match.id);
  if (found) {
    readItem(found.item, post, found.src);
    readAuthor(found.item, author, found.src);
  }
  readVideoDom(doc, post);
  fill(post, 'id', match.id, 'url');
  post.url = canonicalUrl(doc) ?? url.href;
  author.languageHint = lang;
  return postResult(post, author, match.id);
}

function recognizesJson(json: Json): boolean {
  return !!(
    at(json, '__DEFAULT_SCOPE__') ||
    at(json, 'UserModule') ||
    at(json, 'ItemModule') ||
    at(json, 'itemInfo', 'itemStruct') ||
    at(json, 'userInfo', 'user', 'uniqueId')
  );
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  const scope =
    at(json, '__DEFAULT_SCOPE__') ??
    (at(json, 'userInfo')
      ? { 'webapp.user-detail': json }
      : at(json, 'itemInfo')
        ? { 'webapp.video-detail': json }
        : undefined);
  const sigi = at(json, 'UserModule') || at(json, 'ItemModule') ? json : undefined;
  const wantsPost = match
    ? match.kind === 'post'
    : !!(
        at(scope, 'webapp.video-detail') ||
        (!at(scope, 'webapp.user-detail') && at(sigi, 'ItemModule') && !at(sigi, 'UserModule'))
      );
  if (!wantsPost) {
    const s = userState(scope, sigi, match?.handle);
    if (!s)
      throw new ExtractionError(
        'no_creator_data',
        'TikTok JSON has no user detail (webapp.user-detail or SIGI_STATE.UserModule) for this profile.',
      );
    const p = newProfile('tiktok', '?', '');
    readUser(s, p);
    p.url = `https://www.tiktok.com/@${p.handle}`;
    return profileResult(p);
  }
  const found = videoItem(scope, sigi, match?.id);
  if (!found)
    throw new ExtractionError(
      'no_creator_data',
      'TikTok JSON has no video detail (itemStruct or ItemModule) for this video.',
    );
  const post = newPost();
  const author = newProfile('tiktok', '?', '');
  readItem(found.item, post, found.src);
  readAuthor(found.item, author, found.src);
  return postResult(post, author, match?.id);
}

export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  examples: [
    { url: 'https://www.tiktok.com/@illojuan', match: { kind: 'profile', handle: 'illojuan' } },
    {
      url: 'https://www.tiktok.com/@huxleythepandapuppy?lang=en',
      match: { kind: 'profile', handle: 'huxleythepandapuppy' },
    },
    {
      url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710',
      match: { kind: 'post', handle: 'illojuan', id: '7571863205253778710' },
    },
    {
      url: 'https://m.tiktok.com/@someone/photo/7300000000000000000',
      match: { kind: 'post', handle: 'someone', id: '7300000000000000000' },
    },
    { url: 'https://www.tiktok.com/foryou', match: null },
    { url: 'https://www.tiktok.com/tag/ad', match: null },
    { url: 'https://www.tiktok.com/@illojuan/live', match: null },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  // Issue 9: filled in by this platform's adapter work (dated selectors, live API answers).
  selectors: {},
  apiCalls: [],
  readApiAnswer: () => null,
};

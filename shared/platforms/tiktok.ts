// TikTok: profiles (/@handle) and videos (/@handle/video/ID, /@handle/photo/ID). Sources, most
// stable first: the rehydration state (__UNIVERSAL_DATA_FOR_REHYDRATION__ since 2023, SIGI_STATE
// before), JSON-LD, meta tags, then the DOM's data-e2e hooks.
import { countFromText } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { type ApiReading, asUrl, type Extraction, ExtractionError, type UrlMatch } from './contract';
import { countIn } from './counts-in-text';
import { defineAdapter } from './define-adapter';
import { canonicalUrl, jsonLd, meta, scriptJson } from './embedded';
import { arr, at, type Json, obj, str } from './json-path';
import { languageHint } from './language-hint';
import { pageLanguage } from './page-language';
import { PLATFORM_RECORDS } from './platform-records';
import { authorFromPost } from './post-author';
import { domSource, pick, pickText, type SelectorList } from './selectors';
import { isItemList, readItemList, readUserDetail, TIKTOK_API_CALLS } from './tiktok-api';
import { GRID_SELECTORS, gridPosts, mergeGrid } from './tiktok-grid';
import {
  ownPosts,
  readItem,
  readUserInfo,
  readUserRecord,
  readUserStats,
  sameHandle,
  tiktokCount,
} from './tiktok-records';

// data-e2e hooks, newest first ("since": the month of the first capture or fixture that shows
// the layout). "browse-*" is the logged-in video page; the feed layout reuses the short names
// inside one article per video (the first is the page's own video).
const SELECTORS = {
  // h1 holds the handle, h2 the display name (2025-12 and 2022-08 captures alike)
  handle: [{ since: '2022-08', css: '[data-e2e="user-title"]' }],
  displayName: [{ since: '2022-08', css: '[data-e2e="user-subtitle"]' }],
  followers: [{ since: '2022-08', css: '[data-e2e="followers-count"]' }],
  following: [{ since: '2022-08', css: '[data-e2e="following-count"]' }],
  bio: [{ since: '2022-08', css: '[data-e2e="user-bio"]' }],
  bioLink: [{ since: '2022-08', css: '[data-e2e="user-link"]' }],
  verifiedInHeader: [
    { since: '2025-10', css: '[data-e2e="user-title"] + svg' }, // badge beside the h1
    { since: '2022-08', css: '[data-e2e="user-title"] svg' }, // badge inside the title
  ],
  // feed layout: one article per video, the page's own first; the browse layout has one video
  videoRoot: [
    { since: '2025-10', css: 'article#one-column-item-0' },
    { since: '2025-10', css: 'article' },
  ],
  author: [
    { since: '2025-12', css: '[data-e2e="video-author-uniqueid"]' }, // feed
    { since: '2025-10', css: '[data-e2e="browse-username"]' }, // browse
  ],
  desc: [
    { since: '2025-12', css: '[data-e2e="video-desc"]' },
    { since: '2025-10', css: '[data-e2e="browse-video-desc"]' },
  ],
  likes: [
    { since: '2025-12', css: '[data-e2e="like-count"]' },
    { since: '2025-10', css: '[data-e2e="browse-like-count"]' },
  ],
  comments: [
    { since: '2025-12', css: '[data-e2e="comment-count"]' },
    { since: '2025-10', css: '[data-e2e="browse-comment-count"]' },
  ],
  shares: [
    { since: '2025-12', css: '[data-e2e="share-count"]' },
    { since: '2025-10', css: '[data-e2e="browse-share-count"]' },
  ],
  sponsored: [
    { since: '2025-12', css: '[data-e2e="sponsored-tag"]' }, // "Paid partnership"
    { since: '2023-01', css: '[data-e2e="ad-tag"]' }, // 2023 ad tag (month unknown: January)
  ],
  ...GRID_SELECTORS,
} satisfies Record<string, SelectorList>;

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (!PLATFORM_RECORDS.tiktok.hosts.test(url.hostname)) return null;
  const [first = '', second, third = ''] = url.pathname.split('/').filter(Boolean);
  if (!first.startsWith('@') || first.length < 2) return null;
  let handle: string;
  try {
    handle = decodeURIComponent(first.slice(1));
  } catch {
    return null; // "%" not followed by a code: no handle TikTok would serve
  }
  if (!second) return { kind: 'profile', handle };
  if ((second === 'video' || second === 'photo') && /^\d+$/.test(third))
    return { kind: 'post', handle, id: third };
  return null;
}

function state(doc: Document): { scope?: Json; sigi?: Json } {
  const universal = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__');
  return { scope: at(universal, '__DEFAULT_SCOPE__'), sigi: scriptJson(doc, 'SIGI_STATE') };
}

// ---- profile --------------------------------------------------------------------------------

/** The open creator's user record and own posts from either generation of embedded state. */
function readUserState(scope: Json, sigi: Json, handle: string | undefined, p: CreatorProfile): boolean {
  const info = at(scope, 'webapp.user-detail', 'userInfo');
  const user = obj(at(info, 'user'));
  if (user && (!handle || sameHandle(str(user.uniqueId), handle))) {
    readUserInfo(info, p, 'json:__UNIVERSAL_DATA_FOR_REHYDRATION__["webapp.user-detail"].userInfo');
    return true;
  }
  const users = obj(at(sigi, 'UserModule', 'users')) ?? {};
  const key = Object.keys(users).find(
    (k) => !handle || sameHandle(k, handle) || sameHandle(str(at(users[k], 'uniqueId')), handle),
  );
  const sigiUser = key ? obj(users[key]) : undefined;
  if (!key || !sigiUser) return false;
  const src = 'json:SIGI_STATE';
  readUserRecord(sigiUser, p, `${src}.UserModule.users["${key}"]`);
  readUserStats(
    { stats: at(sigi, 'UserModule', 'stats', key) },
    'stats',
    'statsV2',
    p,
    `${src}.UserModule["${key}"]`,
  );
  // The grid's order is ItemList["user-post"].list; ItemModule holds the data (and may hold other
  // people's videos: liked, recommended), so only the creator's own items are kept.
  const modules = obj(at(sigi, 'ItemModule')) ?? {};
  const listed = arr(at(sigi, 'ItemList', 'user-post', 'list')).filter((id) => typeof id === 'string');
  const order = [...new Set([...listed, ...Object.keys(modules)])] as string[];
  p.recentPosts = ownPosts(
    order.map((id) => modules[id]),
    p.handle,
    `${src}.ItemModule[ItemList["user-post"].list]`,
  );
  return true;
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
      const count = tiktokCount(at(stat, 'userInteractionCount'), true);
      if (count?.exact && type.includes('FollowAction') && !p.followers?.exact) {
        p.followers = { ...count, display: p.followers?.display ?? null };
        p.sources.followers = 'jsonld:ProfilePage.interactionStatistic[FollowAction]';
      }
    }
  }
}

/** Reads the rendered header and grid; returns the grid's cover descriptions (for the language). */
function readProfileDom(doc: Document, p: CreatorProfile): string[] {
  const domHandle = pickText(doc, SELECTORS.handle);
  // The DOM follows in-app navigation; only combine it with the record of the same creator.
  if (domHandle && !sameHandle(domHandle.text.replace(/^@/, ''), p.handle)) return [];
  if (domHandle) {
    const name = pickText(doc, SELECTORS.displayName);
    fill(p, 'displayName', name?.text, name?.source ?? '');
  }
  const shown = pickText(doc, SELECTORS.followers);
  if (shown && p.followers && !p.followers.display) {
    p.followers = { ...p.followers, display: shown.text };
  } else if (shown) fill(p, 'followers', countFromText(shown.text), shown.source);
  const following = pickText(doc, SELECTORS.following);
  if (following) fill(p, 'following', countFromText(following.text), following.source);
  const bio = pickText(doc, SELECTORS.bio);
  fill(p, 'bio', bio?.text, bio?.source ?? '');
  const link = pickText(doc, SELECTORS.bioLink);
  fill(p, 'links', link ? [link.text] : undefined, link?.source ?? '');
  if (domHandle) {
    const badge = pick(doc, SELECTORS.verifiedInHeader);
    fill(p, 'verified', !!badge, badge ? domSource(badge) : 'dom:no badge beside user-title');
  }
  // The rendered grid: its display strings join the JSON posts; its cards are the posts when the
  // state carries none (2025: userInfo.itemList is empty).
  const grid = gridPosts(doc, p.handle);
  p.recentPosts = mergeGrid(p.recentPosts, grid.posts);
  return grid.words;
}

function readProfileMeta(doc: Document, p: CreatorProfile): void {
  // "IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. <bio>" (older: "6.2M Fans."), in
  // other languages with other words ("3.9M Me gusta. 783.4K seguidores."): the second figure.
  const desc = meta(doc, 'og:description') ?? meta(doc, 'description');
  if (!desc?.toLowerCase().includes(`@${p.handle.toLowerCase()}`)) return;
  const [likes, followers] = desc.split(' | ')[1]?.split(/\.\s+/) ?? [];
  const shown = countIn(likes) && countIn(followers);
  if (shown && p.followers && !p.followers.display) p.followers = { ...p.followers, display: shown.display };
  else fill(p, 'followers', shown ? { ...shown, display: shown.display } : null, 'meta:og:description');
}

// ---- video ----------------------------------------------------------------------------------

function readAuthor(item: Record<string, Json>, a: CreatorProfile, src: string): void {
  const author = obj(item.author);
  if (!author) return;
  readUserRecord(author, a, `${src}.author`);
  readUserStats(item, 'authorStats', 'authorStatsV2', a, src);
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
  const root = pick(doc, SELECTORS.videoRoot)?.element ?? doc;
  const shownCount = (list: SelectorList) => {
    const t = pickText(root, list);
    const count = t ? countFromText(t.text) : null;
    return count && t ? { count, source: t.source } : null;
  };
  for (const field of ['likes', 'comments', 'shares'] as const) {
    const shown = shownCount(SELECTORS[field]);
    if (!shown) continue;
    const current = post[field];
    if (current && !current.display) post[field] = { ...current, display: shown.count.display };
    else fill(post, field, shown.count, shown.source);
  }
  const desc = pickText(root, SELECTORS.desc);
  fill(post, 'caption', desc?.text, desc?.source ?? '');
  const author = pickText(root, SELECTORS.author);
  fill(post, 'authorHandle', author?.text.replace(/^@/, ''), author?.source ?? '');
  // The page's own label beats the JSON's "no": TikTok renders it from fields we cannot all see.
  const label = pick(root, SELECTORS.sponsored);
  if (label) {
    post.paidPartnership = true;
    post.sources.paidPartnership = domSource(label);
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
  authorFromPost(author, post);
  readCaptionEntities(post);
  return { kind: 'post', post, author };
}

/** The platform's own reading of a caption's language ("es"; "un" when it could not tell). */
function itemLanguage(item: Record<string, Json>): string | null {
  const code = str(item.textLanguage)?.toLowerCase();
  return code && /^[a-z]{2,3}$/.test(code) && code !== 'un' ? code : null;
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match) throw new ExtractionError('unsupported_url', `Not a TikTok profile or video URL: ${url.href}`);
  const { scope, sigi } = state(doc);
  const lang = pageLanguage(doc);
  if (match.kind === 'profile') {
    const p = newProfile('tiktok', match.handle ?? '?', canonicalUrl(doc) ?? url.href);
    p.sources.url = 'dom:link[rel=canonical]';
    readUserState(scope, sigi, match.handle, p);
    readProfileJsonLd(doc, p);
    const covers = readProfileDom(doc, p);
    readProfileMeta(doc, p);
    p.languageHint = languageHint([p.bio, ...p.recentPosts.map((post) => post.caption), ...covers], lang);
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
  author.languageHint = (found && itemLanguage(found.item)) ?? languageHint([post.caption], lang);
  return postResult(post, author, match.id);
}

function recognizesJson(json: Json): boolean {
  return !!(
    at(json, '__DEFAULT_SCOPE__') ||
    at(json, 'UserModule') ||
    at(json, 'ItemModule') ||
    at(json, 'itemInfo', 'itemStruct') ||
    at(json, 'userInfo', 'user', 'uniqueId') ||
    (isItemList(json) && at(json, 'itemList', 0, 'author', 'uniqueId'))
  );
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  if (isItemList(json) && match?.kind !== 'post') {
    const reading = readItemList(json, match?.handle);
    if (!reading?.profile)
      throw new ExtractionError('no_creator_data', 'TikTok item_list answer has no items by this creator.');
    return { kind: 'profile', profile: reading.profile };
  }
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
    const p = newProfile('tiktok', '?', '');
    if (!readUserState(scope, sigi, match?.handle, p))
      throw new ExtractionError(
        'no_creator_data',
        'TikTok JSON has no user detail (webapp.user-detail or SIGI_STATE.UserModule) for this profile.',
      );
    p.url = PLATFORM_RECORDS.tiktok.profileAt(p.handle);
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

function readApiAnswer(json: unknown, requestUrl: URL, pageUrl: URL): ApiReading | null {
  const path = requestUrl.pathname;
  const pageHandle = matchUrl(pageUrl)?.handle;
  if (/^\/api\/(?:post|creator)\/item_list\/?$/.test(path)) return readItemList(json, pageHandle);
  if (/^\/api\/user\/detail\/?$/.test(path)) return readUserDetail(json);
  return null;
}

export const tiktok = defineAdapter('tiktok', {
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
    {
      url: 'https://www.tiktok.com/@illojuan/video/7571863205253778710?is_from_webapp=1&sender_device=pc',
      match: { kind: 'post', handle: 'illojuan', id: '7571863205253778710' },
    },
    { url: 'https://www.tiktok.com/@illojuan/', match: { kind: 'profile', handle: 'illojuan' } },
    { url: 'https://vm.tiktok.com/ZMh4kQ2rX/', match: null },
    { url: 'https://www.tiktok.com/t/ZTRw9kQ2r/', match: null },
    { url: 'https://www.tiktok.com/@%E0%A4%', match: null },
    { url: 'https://www.tiktok.com/foryou', match: null },
    { url: 'https://www.tiktok.com/tag/ad', match: null },
    { url: 'https://www.tiktok.com/@illojuan/live', match: null },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  selectors: SELECTORS,
  apiCalls: TIKTOK_API_CALLS,
  readApiAnswer,
});

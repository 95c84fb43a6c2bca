// Instagram: profiles (/handle/) and posts (/p/CODE/, /reel/CODE/, /tv/CODE/). Sources, most
// stable first: embedded API JSON (2023+ data-sjs scripts carrying the same media/user objects
// as the private API; window._sharedData before 2022), then meta tags (the only facts on a
// logged-out page), then the logged-in DOM (header stats links, "Paid partnership" label).
import { countFromText, exactCount } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { hashtagsOf, mentionsOf } from '../text/entities';
import { asUrl, type Extraction, ExtractionError, type PlatformAdapter, type UrlMatch } from './contract';
import { countBefore } from './counts-in-text';
import { dateFromText } from './dates';
import { assignedJson, canonicalUrl, meta, textOf } from './embedded';
import { arr, at, findAll, type Json, num, obj, str } from './json-path';
import { fill, isoFromEpoch, newPost, newProfile } from './records';

// Logged-in DOM, newest first. Instagram's classes are generated; only link shapes, roles,
// titles and visible words are used.
const SELECTORS = {
  headerHandle: ['header h2', 'header h1'], // 2025-10: h2 holds the handle; 2023: h1
  followersLink: ['header a[href$="/followers/"]'], // 2025-10: span[title] inside holds the exact count
  followingLink: ['header a[href$="/following/"]'], // 2025-10
  postAuthor: ['article header a[href^="/"][role="link"]', 'main header a[href^="/"]'], // 2025-10 modal, 2024 page
  postTime: ['article time[datetime]', 'main time[datetime]'], // 2025-10
  postHeader: ['article header', 'main header'], // 2025-10: "Paid partnership with …" under the handle
  verifiedBadge: ['header svg[aria-label="Verified"]'], // 2025-10
  bioLink: ['header a[href^="https://l.instagram.com/"]'], // 2025-10: outbound links via the l.instagram.com redirect
} as const;

const HOST = /^(?:www\.|m\.)?instagram\.com$/;
const RESERVED = new Set([
  'explore',
  'accounts',
  'direct',
  'stories',
  'reels',
  'about',
  'legal',
  'developer',
  'p',
  'reel',
  'tv',
  'web',
  'api',
  'graphql',
  'challenge',
  'emails',
  'session',
  'privacy',
  'oauth',
]);

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (!HOST.test(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [first = '', second = '', third = ''] = parts;
  if ((first === 'p' || first === 'reel' || first === 'tv') && /^[\w-]+$/.test(second))
    return { kind: 'post', id: second };
  // /handle/p/CODE/ and /handle/reel/CODE/ (2024-10: post URLs with the author's handle)
  if ((second === 'p' || second === 'reel') && /^[\w-]+$/.test(third) && !RESERVED.has(first))
    return { kind: 'post', handle: first, id: third };
  if (
    /^[\w.]{1,30}$/.test(first) &&
    !RESERVED.has(first) &&
    (parts.length === 1 || ['tagged', 'reels', 'followers', 'following'].includes(second))
  ) {
    return { kind: 'profile', handle: first };
  }
  return null;
}

// ---- embedded JSON --------------------------------------------------------------------------

/** Media objects in the 2023+ data-sjs JSON scripts, parsed only when they mention the code. */
function embeddedMedia(doc: Document, code: string | undefined): Record<string, Json> | undefined {
  for (const el of doc.querySelectorAll('script[type="application/json"]')) {
    const text = el.textContent ?? '';
    if (!code || !text.includes(`"code":"${code}"`)) continue;
    try {
      const media = findAll(JSON.parse(text), 'items')
        .flatMap(arr)
        .map(obj)
        .find((m) => m?.code === code);
      if (media) return media;
    } catch {}
  }
  return undefined;
}

function embeddedUser(doc: Document, handle: string | undefined): Record<string, Json> | undefined {
  if (!handle) return undefined;
  for (const el of doc.querySelectorAll('script[type="application/json"]')) {
    const text = el.textContent ?? '';
    if (!text.includes(`"username":"${handle}"`) || !text.includes('follower_count')) continue;
    try {
      const user = findAll(JSON.parse(text), 'user')
        .map(obj)
        .find((u) => u?.username === handle && u.follower_count !== undefined);
      if (user) return user;
    } catch {}
  }
  return undefined;
}

/** API media item (private API / 2023+ web JSON): items[0] of /media/<id>/info. */
function readApiMedia(m: Record<string, Json>, post: Post, author: CreatorProfile, src: string): void {
  fill(post, 'id', str(m.code), `${src}.code`);
  fill(post, 'caption', str(at(m, 'caption', 'text')), `${src}.caption.text`);
  fill(post, 'likes', exactCount(num(m.like_count) ?? -1), `${src}.like_count`);
  fill(post, 'comments', exactCount(num(m.comment_count) ?? -1), `${src}.comment_count`);
  fill(post, 'views', exactCount(num(m.play_count) ?? num(m.view_count) ?? -1), `${src}.play_count`);
  fill(post, 'postedAt', isoFromEpoch(num(m.taken_at)), `${src}.taken_at`);
  if (typeof m.is_paid_partnership === 'boolean')
    fill(
      post,
      'paidPartnership',
      m.is_paid_partnership || arr(m.sponsor_tags).length > 0,
      `${src}.is_paid_partnership`,
    );
  const media = num(m.media_type);
  post.format =
    media === 8 ? 'carousel' : media === 2 ? (m.product_type === 'clips' ? 'short' : 'video') : 'image';
  readApiUser(obj(m.user) ?? obj(m.owner) ?? {}, author, `${src}.user`);
  fill(post, 'authorHandle', author.handle === '?' ? undefined : author.handle, `${src}.user.username`);
}

function readApiUser(u: Record<string, Json>, p: CreatorProfile, src: string): void {
  if (str(u.username)) {
    p.handle = str(u.username)!;
    p.sources.handle = `${src}.username`;
  }
  fill(p, 'displayName', str(u.full_name), `${src}.full_name`);
  if (typeof u.is_verified === 'boolean') fill(p, 'verified', u.is_verified, `${src}.is_verified`);
  fill(p, 'bio', str(u.biography), `${src}.biography`);
  const links = [...arr(u.bio_links).map((l) => str(at(l, 'url'))), str(u.external_url)].filter(
    (l): l is string => !!l,
  );
  fill(p, 'links', [...new Set(links)], `${src}.bio_links/external_url`);
  fill(
    p,
    'category',
    str(u.category) ?? str(u.category_name) ?? str(u.business_category_name),
    `${src}.category`,
  );
  const count = (v: Json) => exactCount(num(v) ?? -1);
  fill(
    p,
    'followers',
    count(u.follower_count ?? at(u, 'edge_followed_by', 'count')),
    `${src}.follower_count`,
  );
  fill(p, 'following', count(u.following_count ?? at(u, 'edge_follow', 'count')), `${src}.following_count`);
  fill(
    p,
    'posts',
    count(u.media_count ?? at(u, 'edge_owner_to_timeline_media', 'count')),
    `${src}.media_count`,
  );
}

/** Legacy graphql shortcode_media (window._sharedData, ?__a=1). */
function readGraphqlMedia(m: Record<string, Json>, post: Post, author: CreatorProfile, src: string): void {
  fill(post, 'id', str(m.shortcode), `${src}.shortcode`);
  fill(
    post,
    'caption',
    str(at(m, 'edge_media_to_caption', 'edges', 0, 'node', 'text')),
    `${src}.edge_media_to_caption`,
  );
  const count = (v: Json) => exactCount(num(v) ?? -1);
  fill(
    post,
    'likes',
    count(at(m, 'edge_media_preview_like', 'count') ?? at(m, 'edge_liked_by', 'count')),
    `${src}.edge_media_preview_like.count`,
  );
  fill(
    post,
    'comments',
    count(at(m, 'edge_media_to_parent_comment', 'count') ?? at(m, 'edge_media_to_comment', 'count')),
    `${src}.edge_media_to_parent_comment.count`,
  );
  fill(post, 'views', count(m.video_view_count), `${src}.video_view_count`);
  fill(post, 'postedAt', isoFromEpoch(num(m.taken_at_timestamp)), `${src}.taken_at_timestamp`);
  if (typeof m.is_paid_partnership === 'boolean') {
    fill(
      post,
      'paidPartnership',
      m.is_paid_partnership || arr(at(m, 'edge_media_to_sponsor_user', 'edges')).length > 0,
      `${src}.is_paid_partnership`,
    );
  }
  post.format = m.__typename === 'GraphSidecar' ? 'carousel' : m.is_video ? 'video' : 'image';
  readApiUser(obj(m.owner) ?? {}, author, `${src}.owner`);
  fill(post, 'authorHandle', author.handle === '?' ? undefined : author.handle, `${src}.owner.username`);
}

// ---- meta tags (logged-out pages) -----------------------------------------------------------

/** The quoted part of '… on Instagram: "<text>"' or '…: "<text>". '. */
function quoted(text: string | null): string | null {
  if (!text) return null;
  const start = text.indexOf(': "');
  const end = text.lastIndexOf('"');
  return start >= 0 && end > start + 2 ? text.slice(start + 3, end) : null;
}

function readProfileMeta(doc: Document, p: CreatorProfile): void {
  const og = meta(doc, 'og:description');
  const desc = meta(doc, 'description');
  const title = meta(doc, 'og:title');
  // "Pluto (@pluto__travel) • Instagram photos and videos"
  const m = title ? /^(.*) \(@([\w.]+)\)/.exec(title) : null;
  if (m && m[2]?.toLowerCase() !== p.handle.toLowerCase()) return; // meta describes another page
  if (m?.[2]) p.handle = m[2];
  fill(p, 'displayName', m?.[1], 'meta:og:title');
  // "2,362 Followers, 136 Following, 224 Posts - …" (the figures are the shown ones)
  fill(p, 'followers', countBefore(og ?? desc, 'Followers'), 'meta:og:description');
  fill(p, 'following', countBefore(og ?? desc, 'Following'), 'meta:og:description');
  fill(p, 'posts', countBefore(og ?? desc, 'Posts'), 'meta:og:description');
  fill(p, 'bio', quoted(desc), 'meta:description (quoted)');
}

function readPostMeta(doc: Document, post: Post, author: CreatorProfile): void {
  const og = meta(doc, 'og:description') ?? meta(doc, 'description');
  // '298K likes, 553 comments - willyrex on May 29, 2021: "<caption>". '
  const head = og ? /^(.*?) - ([\w.]+) on ([^:"]+?)(?::|$)/.exec(og) : null;
  if (head) {
    fill(post, 'likes', countBefore(head[1], 'likes?'), 'meta:og:description');
    fill(post, 'comments', countBefore(head[1], 'comments?'), 'meta:og:description');
    fill(post, 'authorHandle', head[2], 'meta:og:description');
    fill(post, 'postedAt', dateFromText(head[3]), 'meta:og:description');
    fill(post, 'caption', quoted(og), 'meta:og:description (quoted)');
  }
  const twitterTitle = meta(doc, 'twitter:title');
  const named = twitterTitle ? /^(.*) \(@([\w.]+)\)/.exec(twitterTitle) : null;
  fill(author, 'displayName', named?.[1], 'meta:twitter:title');
  const ogTitle = meta(doc, 'og:title');
  fill(author, 'displayName', ogTitle?.split(' on Instagram')[0], 'meta:og:title');
}

// ---- logged-in DOM --------------------------------------------------------------------------

function readProfileDom(doc: Document, p: CreatorProfile): void {
  const shown = textOf(doc, ...SELECTORS.headerHandle);
  if (!shown || shown.toLowerCase() !== p.handle.toLowerCase()) return;
  // The followers link shows "12.3K" and carries the exact figure in a title attribute.
  const link = doc.querySelector(SELECTORS.followersLink[0]);
  const exactTitle = link?.querySelector('[title]')?.getAttribute('title') ?? link?.getAttribute('title');
  const display = link?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const exact = exactTitle ? countFromText(exactTitle) : null;
  const displayCount = display ? (countBefore(display, 'followers') ?? countFromText(display)) : null;
  if (exact?.exact)
    fill(
      p,
      'followers',
      { ...exact, display: displayCount?.display ?? exact.display },
      `dom:${SELECTORS.followersLink[0]} [title]`,
    );
  else fill(p, 'followers', displayCount, `dom:${SELECTORS.followersLink[0]}`);
  const following = textOf(doc, ...SELECTORS.followingLink);
  fill(
    p,
    'following',
    following ? (countBefore(following, 'following') ?? countFromText(following)) : null,
    `dom:${SELECTORS.followingLink[0]}`,
  );
  fill(p, 'verified', !!doc.querySelector(SELECTORS.verifiedBadge[0]), `dom:${SELECTORS.verifiedBadge[0]}`);
  const links = [...doc.querySelectorAll(SELECTORS.bioLink[0])]
    .map((a) => {
      try {
        return new URL(a.getAttribute('href') ?? '').searchParams.get('u');
      } catch {
        return null;
      }
    })
    .filter((u): u is string => !!u);
  fill(p, 'links', [...new Set(links)], `dom:${SELECTORS.bioLink[0]}`);
}

function readPostDom(doc: Document, post: Post): void {
  const header = SELECTORS.postHeader.map((s) => doc.querySelector(s)).find((e) => e);
  if (header && /Paid partnership/i.test(header.textContent ?? '')) {
    post.paidPartnership = true;
    post.sources.paidPartnership = `dom:${SELECTORS.postHeader[0]} "Paid partnership"`;
  }
  const time = SELECTORS.postTime.map((s) => doc.querySelector(s)).find((e) => e);
  fill(
    post,
    'postedAt',
    time?.getAttribute('datetime')?.replace('.000Z', 'Z'),
    `dom:${SELECTORS.postTime[0]}`,
  );
  const author = SELECTORS.postAuthor.map((s) => doc.querySelector(s)).find((e) => e);
  fill(
    post,
    'authorHandle',
    author?.getAttribute('href')?.split('/').filter(Boolean)[0],
    `dom:${SELECTORS.postAuthor[0]}`,
  );
}

// ---- entry points ---------------------------------------------------------------------------

function postResult(post: Post, author: CreatorProfile, code: string | undefined): Extraction {
  if (!post.authorHandle && !post.caption && !post.likes) {
    throw new ExtractionError(
      'no_creator_data',
      `Instagram post ${code ?? ''}: no post data found (no embedded media JSON, no og:description, no post header).`,
    );
  }
  if (post.id) post.url = post.url ?? `https://www.instagram.com/p/${post.id}/`;
  if (author.handle === '?' && post.authorHandle) author.handle = post.authorHandle;
  if (!author.url) author.url = `https://www.instagram.com/${author.handle}/`;
  if (post.caption) {
    post.hashtags = hashtagsOf(post.caption);
    post.mentions = mentionsOf(post.caption);
  }
  return { kind: 'post', post, author };
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match)
    throw new ExtractionError('unsupported_url', `Not an Instagram profile or post URL: ${url.href}`);
  const lang = doc.documentElement?.getAttribute('lang')?.split('-')[0] || null;
  const canonical = canonicalUrl(doc);
  if (match.kind === 'profile') {
    const handle = match.handle ?? '?';
    const p = newProfile('instagram', handle, `https://www.instagram.com/${handle}/`);
    const shared = at(assignedJson(doc, '_sharedData'), 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
    const user =
      embeddedUser(doc, handle) ??
      (str(at(shared, 'username'))?.toLowerCase() === handle.toLowerCase() ? obj(shared) : undefined);
    if (user) readApiUser(user, p, 'json:embedded user');
    readProfileDom(doc, p);
    readProfileMeta(doc, p);
    if (canonical && matchUrl(canonical)?.handle?.toLowerCase() === handle.toLowerCase()) {
      p.url = canonical;
      p.sources.url = 'dom:link[rel=canonical]';
    }
    p.languageHint = lang;
    if (!p.displayName && !p.followers && !p.bio) {
      throw new ExtractionError(
        'no_creator_data',
        `Instagram profile @${handle}: no profile data found (no embedded user, no header stats, no og:description).`,
      );
    }
    return { kind: 'profile', profile: p };
  }
  const post = newPost();
  const author = newProfile('instagram', '?', '');
  const media = embeddedMedia(doc, match.id);
  if (media) readApiMedia(media, post, author, 'json:embedded media');
  const shared = obj(
    at(assignedJson(doc, '_sharedData'), 'entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'),
  );
  if (shared && shared.shortcode === match.id)
    readGraphqlMedia(shared, post, author, 'json:_sharedData…shortcode_media');
  readPostDom(doc, post);
  // Meta tags belong to the page as first served: trust them only for this post.
  if (!canonical || matchUrl(canonical)?.id === match.id) readPostMeta(doc, post, author);
  fill(post, 'id', match.id, 'url');
  if (canonical && matchUrl(canonical)?.id === match.id) post.url = canonical;
  author.languageHint = lang;
  return postResult(post, author, match.id);
}

function recognizesJson(json: Json): boolean {
  const first = at(json, 'items', 0);
  return !!(
    (str(at(first, 'code')) && at(first, 'user', 'username')) ||
    at(json, 'graphql', 'shortcode_media') ||
    at(json, 'entry_data') ||
    at(json, 'graphql', 'user', 'edge_followed_by')
  );
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  const post = newPost();
  const author = newProfile('instagram', '?', '');
  const items = arr(at(json, 'items')).map(obj);
  const item = items.find((i) => i && (!match?.id || i.code === match.id));
  if (item) {
    readApiMedia(item, post, author, 'json:items[0]');
    return postResult(post, author, match?.id);
  }
  const media = obj(
    at(json, 'graphql', 'shortcode_media') ??
      at(json, 'entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'),
  );
  if (media) {
    readGraphqlMedia(media, post, author, 'json:graphql.shortcode_media');
    return postResult(post, author, match?.id);
  }
  const user = obj(
    at(json, 'graphql', 'user') ??
      at(json, 'entry_data', 'ProfilePage', 0, 'graphql', 'user') ??
      at(json, 'data', 'user') ??
      at(json, 'user'),
  );
  if (user && str(user.username)) {
    readApiUser(user, author, 'json:user');
    author.url = `https://www.instagram.com/${author.handle}/`;
    return { kind: 'profile', profile: author };
  }
  throw new ExtractionError(
    'no_creator_data',
    'Instagram JSON has no media item (items[], graphql.shortcode_media) or user (graphql.user, data.user).',
  );
}

export const instagram: PlatformAdapter = {
  platform: 'instagram',
  examples: [
    { url: 'https://www.instagram.com/pluto__travel/', match: { kind: 'profile', handle: 'pluto__travel' } },
    { url: 'https://www.instagram.com/teslamotors', match: { kind: 'profile', handle: 'teslamotors' } },
    {
      url: 'https://www.instagram.com/jaimelorentelo/reels/',
      match: { kind: 'profile', handle: 'jaimelorentelo' },
    },
    { url: 'https://www.instagram.com/p/CPeC-Eenc8l/', match: { kind: 'post', id: 'CPeC-Eenc8l' } },
    { url: 'https://www.instagram.com/reel/CN2VQ1yI_MA/', match: { kind: 'post', id: 'CN2VQ1yI_MA' } },
    {
      url: 'https://www.instagram.com/willyrex/p/CPeC-Eenc8l/',
      match: { kind: 'post', handle: 'willyrex', id: 'CPeC-Eenc8l' },
    },
    { url: 'https://www.instagram.com/explore/', match: null },
    { url: 'https://www.instagram.com/accounts/login/', match: null },
    { url: 'https://www.instagram.com/', match: null },
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

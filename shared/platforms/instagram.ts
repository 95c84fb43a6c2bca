// Instagram: profiles (/handle/) and posts (/p/CODE/, /reel/CODE/, /tv/CODE/). Sources, most
// stable first: embedded API JSON (2023+ data-sjs scripts carrying the same media/user objects
// as the private API; window._sharedData before 2022), then meta tags (the only facts on a
// logged-out page), then the logged-in DOM (header stats links, "Paid partnership" label).
import { countFromText } from '../counts/parse-count';
import type { Count, CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { type ApiReading, asUrl, type Extraction, ExtractionError, type UrlMatch } from './contract';
import { countBefore, countIn } from './counts-in-text';
import { dateFromText } from './dates';
import { defineAdapter } from './define-adapter';
import { assignedJson, canonicalUrl, meta } from './embedded';
import { embeddedPosts, INSTAGRAM_API_CALLS, isPostList, ownMedia, readFeedAnswer } from './instagram-feeds';
import { type MediaShape, readApiUser, readMedia } from './instagram-media';
import { arr, at, findAll, type Json, obj, str } from './json-path';
import { languageHint } from './language-hint';
import { pageLanguage } from './page-language';
import { PLATFORM_RECORDS } from './platform-records';
import { authorFromPost } from './post-author';
import { domSource, pick, pickAll, pickText, pickWhere, type SelectorList } from './selectors';

// Logged-in DOM, newest first ("since": the month of the layout's first capture or fixture).
// Instagram's classes are generated; only link shapes, roles, titles and visible words are used.
const SELECTORS = {
  headerHandle: [
    { since: '2025-10', css: 'header h2' }, // h2 holds the handle
    { since: '2023-01', css: 'header h1' }, // 2023 layout (month unknown: January)
  ],
  // span[title] inside holds the exact count
  followersLink: [{ since: '2025-10', css: 'header a[href$="/followers/"]' }],
  followingLink: [{ since: '2025-10', css: 'header a[href$="/following/"]' }],
  postAuthor: [
    { since: '2025-10', css: 'article header a[href^="/"][role="link"]' }, // modal
    { since: '2024-01', css: 'main header a[href^="/"]' }, // 2024 post page (month unknown)
  ],
  postTime: [
    { since: '2025-10', css: 'article time[datetime]' },
    { since: '2025-10', css: 'main time[datetime]' },
  ],
  // "Paid partnership with …" under the handle
  postHeader: [
    { since: '2025-10', css: 'article header' },
    { since: '2025-10', css: 'main header' },
  ],
  verifiedBadge: [{ since: '2025-10', css: 'header svg[aria-label]' }], // labelled as in VERIFIED
  // outbound links go through the l.instagram.com redirect
  bioLink: [{ since: '2025-10', css: 'header a[href^="https://l.instagram.com/"]' }],
} satisfies Record<string, SelectorList>;

// The badge's label per interface language (2025-10). On a page in a language not listed, a header
// without a badge we recognise leaves "verified" unknown rather than false.
const VERIFIED: Record<string, string> = {
  en: 'Verified',
  de: 'Verifiziert',
  es: 'Verificado',
  pt: 'Verificado',
  fr: 'Vérifié',
  it: 'Verificato',
  nl: 'Geverifieerd',
  tr: 'Doğrulanmış',
  pl: 'Zweryfikowane',
  sv: 'Verifierad',
  id: 'Terverifikasi',
};
const VERIFIED_LABELS = new Set(Object.values(VERIFIED));

// "Paid partnership with …" above a post, in the same languages.
const PAID =
  /paid partnership|bezahlte partnerschaft|colaboración pagada|parceria paga|partenariat rémunéré|partnership retribuita|betaald partnerschap|ücretli ortaklık|płatne partnerstwo|betalt partnerskap|kemitraan berbayar/i;

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
  if (!PLATFORM_RECORDS.instagram.hosts.test(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [first = '', second = '', third = ''] = parts;
  if ((first === 'p' || first === 'reel' || first === 'tv') && /^[\w-]+$/.test(second))
    return { kind: 'post', id: second };
  // /reels/CODE/: a reel opened from the Reels feed (a shortcode, never a word like "audio")
  if (first === 'reels' && /^[\w-]{10,}$/.test(second)) return { kind: 'post', id: second };
  // /handle/p/CODE/ and /handle/reel/CODE/ (2024-10: post URLs with the author's handle)
  if ((second === 'p' || second === 'reel') && /^[\w-]+$/.test(third) && !RESERVED.has(first))
    return { kind: 'post', handle: first, id: third };
  // /stories/<handle>/<id>/: a creator's story is their page (highlights carry no handle)
  if (first === 'stories' && /^[\w.]{1,30}$/.test(second) && second !== 'highlights')
    return { kind: 'profile', handle: second };
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

// ---- meta tags (logged-out pages) -----------------------------------------------------------

/** The quoted part of '… on Instagram: "<text>"' or '…: "<text>". '. */
function quoted(text: string | null): string | null {
  if (!text) return null;
  const start = text.indexOf(': "');
  const end = text.lastIndexOf('"');
  return start >= 0 && end > start + 2 ? text.slice(start + 3, end) : null;
}

// "Pluto (@pluto__travel) • Instagram photos and videos" in every language, "Name(@handle)" in
// Japanese, "@homegate.ch • Instagram-Fotos und -Videos" for an account with no name.
const TITLE = /^(?:(.+?) ?\()?@([\w.]+)\)?/;

/**
 * The figures before the dash of a meta description, in their order: "2,362 Followers, 136
 * Following, 224 Posts - …" reads the same in every interface language ("1.234 Follower, 56 Gefolgt,
 * 78 Beiträge – …", "フォロワー2,362人、フォロー中136人、投稿224件 - …"), so position, not wording, says which is which.
 */
function leadingFigures(text: string | null, count: number): (Count | null)[] | null {
  const head = text?.split(/\s[-–—―]\s/)[0];
  const parts = head?.split(/,\s+|、/);
  return parts?.length === count ? parts.map((part) => countIn(part)) : null;
}

function readProfileMeta(doc: Document, p: CreatorProfile): void {
  const og = meta(doc, 'og:description');
  const desc = meta(doc, 'description');
  const m = TITLE.exec(meta(doc, 'og:title') ?? '');
  if (m && m[2]?.toLowerCase() !== p.handle.toLowerCase()) return; // meta describes another page
  if (m?.[2]) p.handle = m[2];
  fill(p, 'displayName', m?.[1], 'meta:og:title');
  const [followers, following, posts] = leadingFigures(og ?? desc, 3) ?? [];
  fill(p, 'followers', followers, 'meta:og:description');
  fill(p, 'following', following, 'meta:og:description');
  fill(p, 'posts', posts, 'meta:og:description');
  fill(p, 'bio', quoted(desc), 'meta:description (quoted)');
}

function readPostMeta(doc: Document, post: Post, author: CreatorProfile): void {
  const og = meta(doc, 'og:description') ?? meta(doc, 'description');
  // '298K likes, 553 comments - willyrex on May 29, 2021: "<caption>". ', the same in other
  // languages with other words ('1.234 „Gefällt mir“-Angaben, 56 Kommentare - lena.makes am 3. März 2025: …').
  const head = og ? /^(.*?) [-–] ([\w.]+) \p{L}+ ([^:"]+?)(?::|$)/u.exec(og) : null;
  if (head) {
    const [likes, comments] = leadingFigures(head[1]!, 2) ?? [
      countBefore(head[1], 'likes?'),
      countBefore(head[1], 'comments?'),
    ];
    fill(post, 'likes', likes, 'meta:og:description');
    fill(post, 'comments', comments, 'meta:og:description');
    fill(post, 'authorHandle', head[2], 'meta:og:description');
    // "May 29, 2021": a calendar date with no time zone, so no time is invented.
    if (fill(post, 'postedAt', dateFromText(head[3]), 'meta:og:description')) post.postedAtPrecision = 'day';
    fill(post, 'caption', quoted(og), 'meta:og:description (quoted)');
  }
  const twitterTitle = meta(doc, 'twitter:title');
  const named = twitterTitle ? /^(.*) \(@([\w.]+)\)/.exec(twitterTitle) : null;
  fill(author, 'displayName', named?.[1], 'meta:twitter:title');
  const ogTitle = meta(doc, 'og:title');
  fill(author, 'displayName', ogTitle?.split(' on Instagram')[0], 'meta:og:title');
}

// ---- logged-in DOM --------------------------------------------------------------------------

function readProfileDom(doc: Document, p: CreatorProfile, lang: string | null): void {
  const shown = pickText(doc, SELECTORS.headerHandle);
  if (!shown || shown.text.toLowerCase() !== p.handle.toLowerCase()) return;
  // The followers link shows "12.3K" and carries the exact figure in a title attribute.
  const picked = pick(doc, SELECTORS.followersLink);
  const link = picked?.element;
  const exactTitle = link?.querySelector('[title]')?.getAttribute('title') ?? link?.getAttribute('title');
  const display = link?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const exact = exactTitle ? countFromText(exactTitle) : null;
  const displayCount = display ? (countBefore(display, 'followers') ?? countFromText(display)) : null;
  const source = picked ? domSource(picked) : '';
  if (exact?.exact)
    fill(p, 'followers', { ...exact, display: displayCount?.display ?? exact.display }, `${source} [title]`);
  else fill(p, 'followers', displayCount, source);
  const following = pickText(doc, SELECTORS.followingLink);
  fill(
    p,
    'following',
    following ? (countBefore(following.text, 'following') ?? countFromText(following.text)) : null,
    following?.source ?? '',
  );
  const badge = pickWhere(doc, SELECTORS.verifiedBadge, (el) =>
    VERIFIED_LABELS.has(el.getAttribute('aria-label')!),
  );
  if (badge || (lang ?? 'en') in VERIFIED)
    fill(p, 'verified', !!badge, badge ? domSource(badge) : 'dom:no Verified badge in the header');
  const outbound = pickAll(doc, SELECTORS.bioLink);
  const links = (outbound?.elements ?? [])
    .map((a) => {
      try {
        return new URL(a.getAttribute('href') ?? '').searchParams.get('u');
      } catch {
        return null;
      }
    })
    .filter((u): u is string => !!u);
  fill(p, 'links', [...new Set(links)], outbound ? domSource(outbound) : '');
}

function readPostDom(doc: Document, post: Post): void {
  const header = pick(doc, SELECTORS.postHeader);
  if (header && PAID.test(header.element.textContent ?? '')) {
    post.paidPartnership = true;
    post.sources.paidPartnership = `${domSource(header)} "Paid partnership"`;
  }
  const time = pick(doc, SELECTORS.postTime);
  const datetime = time?.element.getAttribute('datetime')?.replace('.000Z', 'Z');
  if (time && fill(post, 'postedAt', datetime, domSource(time))) post.postedAtPrecision = 'time';
  const author = pick(doc, SELECTORS.postAuthor);
  fill(
    post,
    'authorHandle',
    author?.element.getAttribute('href')?.split('/').filter(Boolean)[0],
    author ? domSource(author) : '',
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
  authorFromPost(author, post);
  readCaptionEntities(post);
  return { kind: 'post', post, author };
}

/** The field each media shape names its owner in. */
const OWNER_FIELD = { v1: 'user', graphql: 'owner' } as const;

/** A media object into the post page's post, and its owner record into the author. */
function readPostMedia(
  m: Record<string, Json>,
  shape: MediaShape,
  post: Post,
  author: CreatorProfile,
  src: string,
): void {
  readMedia(m, shape, post, src);
  const owner = obj(m.user) ?? obj(m.owner);
  if (owner) readApiUser(owner, author, `${src}.${OWNER_FIELD[shape]}`);
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match)
    throw new ExtractionError('unsupported_url', `Not an Instagram profile or post URL: ${url.href}`);
  const lang = pageLanguage(doc);
  const canonical = canonicalUrl(doc);
  if (match.kind === 'profile') {
    const handle = match.handle ?? '?';
    const p = newProfile('instagram', handle, PLATFORM_RECORDS.instagram.profileAt(handle));
    const shared = at(assignedJson(doc, '_sharedData'), 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
    const sharedUser =
      str(at(shared, 'username'))?.toLowerCase() === handle.toLowerCase() ? obj(shared) : undefined;
    const user = embeddedUser(doc, handle) ?? sharedUser;
    if (user) readApiUser(user, p, 'json:embedded user');
    // The grid's first page: today's timeline/clips connections, or the 2021 _sharedData user.
    p.recentPosts = embeddedPosts(doc, handle);
    if (p.recentPosts.length === 0 && sharedUser)
      p.recentPosts = ownMedia({ data: { user: sharedUser } }, handle, str(sharedUser.id));
    readProfileDom(doc, p, lang);
    readProfileMeta(doc, p);
    if (canonical && matchUrl(canonical)?.handle?.toLowerCase() === handle.toLowerCase()) {
      p.url = canonical;
      p.sources.url = 'dom:link[rel=canonical]';
    }
    p.languageHint = languageHint([p.bio, ...p.recentPosts.map((post) => post.caption)], lang);
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
  if (media) {
    readPostMedia(media, 'v1', post, author, 'json:embedded media');
  }
  const shared = obj(
    at(assignedJson(doc, '_sharedData'), 'entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'),
  );
  if (shared && shared.shortcode === match.id) {
    readPostMedia(shared, 'graphql', post, author, 'json:_sharedData…shortcode_media');
  }
  readPostDom(doc, post);
  // Meta tags belong to the page as first served: trust them only for this post.
  if (!canonical || matchUrl(canonical)?.id === match.id) readPostMeta(doc, post, author);
  fill(post, 'id', match.id, 'url');
  if (canonical && matchUrl(canonical)?.id === match.id) post.url = canonical;
  // The caption's own language wins over the page chrome's (every logged-out page says "en").
  author.languageHint = languageHint([post.caption], lang);
  return postResult(post, author, match.id);
}

function recognizesJson(json: Json): boolean {
  const first = at(json, 'items', 0);
  return !!(
    (str(at(first, 'code')) && at(first, 'user', 'username')) ||
    (str(at(first, 'media', 'code')) && at(first, 'media', 'user', 'username')) ||
    at(json, 'graphql', 'shortcode_media') ||
    at(json, 'entry_data') ||
    at(json, 'graphql', 'user', 'edge_followed_by') ||
    at(json, 'data', 'user', 'edge_followed_by') ||
    (isPostList(json) && at(json, 'data'))
  );
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  // A creator's post list (timeline/clips connection, web_profile_info, feed/user) is a profile.
  if (match ? match.kind === 'profile' : isPostList(json)) {
    const reading = readFeedAnswer(json, match?.handle);
    if (reading?.profile) return { kind: 'profile', profile: reading.profile };
  }
  const post = newPost();
  const author = newProfile('instagram', '?', '');
  const items = arr(at(json, 'items')).map(obj);
  const item = items.find((i) => i && (!match?.id || i.code === match.id));
  if (item) {
    readPostMedia(item, 'v1', post, author, 'json:items[0]');
    return postResult(post, author, match?.id);
  }
  const media = obj(
    at(json, 'graphql', 'shortcode_media') ??
      at(json, 'entry_data', 'PostPage', 0, 'graphql', 'shortcode_media'),
  );
  if (media) {
    readPostMedia(media, 'graphql', post, author, 'json:graphql.shortcode_media');
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
    author.url = PLATFORM_RECORDS.instagram.profileAt(author.handle);
    author.recentPosts = ownMedia({ data: { user } }, author.handle, str(user.id));
    return { kind: 'profile', profile: author };
  }
  throw new ExtractionError(
    'no_creator_data',
    'Instagram JSON has no media item (items[], graphql.shortcode_media), post list (timeline, clips, feed) or user (graphql.user, data.user).',
  );
}

function readApiAnswer(json: unknown, requestUrl: URL, pageUrl: URL): ApiReading | null {
  if (!INSTAGRAM_API_CALLS.some((c) => new RegExp(c.path).test(requestUrl.pathname))) return null;
  return readFeedAnswer(json, matchUrl(pageUrl)?.handle);
}

export const instagram = defineAdapter('instagram', {
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
    {
      url: 'https://www.instagram.com/stories/pluto__travel/3512345678901234567/',
      match: { kind: 'profile', handle: 'pluto__travel' },
    },
    {
      url: 'https://www.instagram.com/stories/jaimelorentelo/',
      match: { kind: 'profile', handle: 'jaimelorentelo' },
    },
    { url: 'https://www.instagram.com/stories/highlights/17912345678901234/', match: null },
    { url: 'https://www.instagram.com/reels/CN2VQ1yI_MA/', match: { kind: 'post', id: 'CN2VQ1yI_MA' } },
    {
      url: 'https://www.instagram.com/jaimelorentelo/reel/CN2VQ1yI_MA/',
      match: { kind: 'post', handle: 'jaimelorentelo', id: 'CN2VQ1yI_MA' },
    },
    {
      url: 'https://www.instagram.com/p/CPeC-Eenc8l/?img_index=2',
      match: { kind: 'post', id: 'CPeC-Eenc8l' },
    },
    { url: 'https://www.instagram.com/reels/', match: null },
    { url: 'https://www.instagram.com/reels/audio/1234567890123456/', match: null },
    { url: 'https://www.instagram.com/explore/tags/travel/', match: null },
    { url: 'https://www.instagram.com/accounts/login/?next=%2Fpluto__travel%2F', match: null },
    { url: 'https://www.instagram.com/explore/', match: null },
    { url: 'https://www.instagram.com/accounts/login/', match: null },
    { url: 'https://www.instagram.com/', match: null },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  selectors: SELECTORS,
  apiCalls: INSTAGRAM_API_CALLS,
  readApiAnswer,
});

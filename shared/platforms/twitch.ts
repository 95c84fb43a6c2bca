// Twitch: channels (/name), clips (clips.twitch.tv/SLUG, /name/clip/SLUG) and videos
// (/videos/ID). Twitch embeds no creator JSON in its pages and only generic og tags (never read),
// so a saved page is read from the rendered DOM through data-a-target / data-test-selector hooks
// and link shapes; on a live page the web app's own GraphQL answers (twitch-gql.ts) add the
// profile, past broadcasts and clips.
import { countFromText } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import {
  type ApiCall,
  type ApiReading,
  asUrl,
  type Extraction,
  ExtractionError,
  type LiveStream,
  type UrlMatch,
} from './contract';
import { countIn } from './counts-in-text';
import { defineAdapter } from './define-adapter';
import { type Json, obj } from './json-path';
import { pageLanguage } from './page-language';
import { PLATFORM_RECORDS } from './platform-records';
import { authorFromPost } from './post-author';
import { domSource, pick, pickAll, pickText, type SelectorList } from './selectors';
import { mergeLive, OPERATIONS, operationsIn, readGql, streamSeen } from './twitch-gql';

// Newest first. Twitch's classes are generated (ScCoreLink-sc-…); never used. Lists whose comment
// gave one month keep it for every entry (their fallbacks are at least that old): the clip page's
// by the 2023-08 capture, the rest by Troupe's 2025-10 pages.
const SELECTORS = {
  // the clip page's broadcaster link (avatar and name) under the player
  broadcasterLink: [
    { since: '2023-08', css: 'a[data-test-selector="game-name-link"]' },
    { since: '2023-08', css: 'a[data-a-target="clip-broadcaster-link"]' },
  ],
  channelName: [
    { since: '2025-10', css: '[data-a-target="channel-header-display-name"]' },
    { since: '2025-10', css: 'h1[data-a-target="stream-display-name"]' },
    { since: '2025-10', css: 'main h1' },
  ],
  streamTitle: [{ since: '2025-10', css: '[data-a-target="stream-title"]' }],
  // the channel header while live: the viewer count, else the red LIVE badge alone
  liveViewers: [{ since: '2025-10', css: '[data-a-target="animated-channel-viewers-count"]' }],
  liveBadge: [{ since: '2025-10', css: '.tw-channel-status-text-indicator' }],
  liveTime: [{ since: '2025-10', css: '.live-time' }],
  aboutPanel: [
    { since: '2025-10', css: '[data-a-target="about-panel"]' },
    { since: '2025-10', css: '#live-channel-about-panel' },
  ],
  verified: [
    { since: '2025-10', css: '[data-a-target="verified-badge"]' },
    { since: '2025-10', css: 'svg[aria-label="Verified Partner"]' },
    { since: '2025-10', css: '[aria-label="Verified Partner"]' },
  ],
  paidPromotion: [
    { since: '2025-10', css: '[data-a-target="paid-promotion-label"]' },
    { since: '2025-10', css: '[data-test-selector="paid-promotion-label"]' },
  ],
} satisfies Record<string, SelectorList>;

const RESERVED = new Set([
  'directory',
  'videos',
  'settings',
  'subscriptions',
  'inventory',
  'wallet',
  'drops',
  'search',
  'downloads',
  'jobs',
  'p',
  'login',
  'signup',
  'friends',
  'messages',
  'u',
  'moderator',
  'popout',
]);

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'clips.twitch.tv') {
    return parts[0] && /^[\w-]+$/.test(parts[0]) && parts[0] !== 'embed'
      ? { kind: 'post', id: parts[0] }
      : null;
  }
  if (!PLATFORM_RECORDS.twitch.hosts.test(url.hostname)) return null;
  const [first = '', second = '', third = ''] = parts;
  if (first === 'videos' && /^\d+$/.test(second)) return { kind: 'post', id: second };
  if (!/^\w{2,25}$/.test(first) || RESERVED.has(first.toLowerCase())) return null;
  if (second === 'clip' && /^[\w-]+$/.test(third)) return { kind: 'post', handle: first, id: third };
  if (!second || ['about', 'videos', 'clips', 'schedule'].includes(second))
    return { kind: 'profile', handle: first };
  return null;
}

/** Channel login from a channel link ("https://www.twitch.tv/washingtonpost/clips?…"). */
function loginFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const m = matchUrl(new URL(href, 'https://www.twitch.tv'));
    return m?.kind === 'profile' ? m.handle : undefined;
  } catch {
    return undefined;
  }
}

// What Twitch calls views and followers in its interface languages (stems, matched anywhere in the
// line: Japanese and Korean put the word before the figure, "フォロワー1.2万人").
const VIEWS =
  /\bviews?\b|aufrufe|visualiza|vues|visualizzazion|weergave|wyświetle|görüntüleme|просмотр|視聴|조회|观看|觀看|zhlédnutí|visning|katselu|megtekint|vizionăr|προβολ|การดู|lượt xem|перегляд/iu;
const FOLLOWERS =
  /follower|seguidor|abonné|volger|obserwuj|takipçi|подписчик|фолловер|フォロワー|팔로워|关注|追隨|sledující|följare|følger|seuraaj|követő|urmăritor|ακόλουθ|ผู้ติดตาม|theo dõi/iu;

/** A leaf that prints a figure, in a line (itself or its parent) that names what it counts. */
const figureOf = (el: Element, words: RegExp) =>
  el.children.length === 0 &&
  /\d/.test(el.textContent ?? '') &&
  words.test(`${el.textContent} ${el.parentElement?.textContent ?? ''}`);

/**
 * The clip's own "N views": the nearest one around the broadcaster link (the recommendation
 * rail further away lists other clips' views).
 */
function viewsNear(start: Element): string | null {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 8; depth++) {
    for (const el of node.querySelectorAll('span, p')) {
      // The figure and its word in one leaf ("31.408 Aufrufe"), not a title that mentions views.
      if (figureOf(el, VIEWS) && VIEWS.test(el.textContent ?? '')) return el.textContent!.trim();
    }
    node = node.parentElement;
  }
  return null;
}

function readClip(doc: Document, post: Post, author: CreatorProfile): void {
  const found = pickAll(doc, SELECTORS.broadcasterLink);
  const links = found?.elements ?? [];
  const link = links.find((a) => a.textContent?.trim()) ?? links[0];
  const login = links.map((a) => loginFromHref(a.getAttribute('href'))).find(Boolean);
  const src = found ? domSource(found) : '';
  fill(post, 'authorHandle', login, `${src} href`);
  fill(author, 'displayName', link?.textContent?.replace(/\s+/g, ' ').trim(), src);
  const views = link ? viewsNear(link) : null;
  const locale = author.languageHint ?? undefined;
  fill(
    post,
    'views',
    views ? countFromText(views, { locale }) : null,
    'dom:"N views" beside the broadcaster link',
  );
}

function readChannel(doc: Document, p: CreatorProfile): void {
  const name = pickText(doc, SELECTORS.channelName);
  fill(p, 'displayName', name?.text, name?.source ?? '');
  const panel = pick(doc, SELECTORS.aboutPanel);
  const about = panel?.element;
  const src = panel ? domSource(panel) : '';
  const line = [...(about?.querySelectorAll('span, div') ?? [])].find((el) => figureOf(el, FOLLOWERS));
  fill(p, 'followers', countIn(line?.textContent, p.languageHint ?? undefined), `${src} "N followers"`);
  const bio = about?.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
  fill(p, 'bio', bio, `${src} p`);
  const links = about
    ? [...about.querySelectorAll('a[href^="http"]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !/twitch\.tv/.test(h))
    : [];
  fill(p, 'links', [...new Set(links)], `${src} a`);
  if (name) {
    const badge = pick(doc, SELECTORS.verified);
    fill(p, 'verified', !!badge, badge ? domSource(badge) : 'dom:channel header (no verified badge)');
  }
}

/** Seconds in the header's uptime ("2:10:33", "45:02"); null for anything else. */
function uptimeSeconds(text: string | undefined): number | null {
  const m = text?.trim().match(/^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)$/);
  return m ? (Number(m[1] ?? 0) * 60 + Number(m[2])) * 60 + Number(m[3]) : null;
}

/** The stream live right now, as the channel header shows it (viewers watching, uptime, title). */
function readLive(doc: Document, p: CreatorProfile): void {
  const count = pick(doc, SELECTORS.liveViewers);
  const badge = count ?? pick(doc, SELECTORS.liveBadge);
  if (!badge) return;
  const locale = p.languageHint ?? undefined;
  const shown = count?.element.textContent?.trim();
  const uptime = uptimeSeconds(pickText(doc, SELECTORS.liveTime)?.text);
  p.live = {
    viewers: shown ? countFromText(shown, { locale }) : null,
    startedAt: uptime === null ? null : new Date(Date.parse(p.capturedAt) - uptime * 1000).toISOString(),
    title: pickText(doc, SELECTORS.streamTitle)?.text ?? null,
  };
  p.sources.live = domSource(badge);
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match)
    throw new ExtractionError('unsupported_url', `Not a Twitch channel, clip or video URL: ${url.href}`);
  const lang = pageLanguage(doc);
  if (match.kind === 'profile') {
    const p = newProfile(
      'twitch',
      match.handle ?? '?',
      PLATFORM_RECORDS.twitch.profileAt(String(match.handle)),
    );
    p.sources.url = 'url';
    p.languageHint = lang; // the interface language, which words the figures
    readChannel(doc, p);
    readLive(doc, p);
    if (!p.displayName && !p.followers) {
      throw new ExtractionError(
        'no_creator_data',
        `Twitch channel ${match.handle}: no channel header found in the rendered page (is it still loading?).`,
      );
    }
    return { kind: 'profile', profile: p };
  }
  const post = newPost();
  const author = newProfile('twitch', match.handle ?? '?', '');
  author.languageHint = lang;
  readClip(doc, post, author);
  fill(post, 'authorHandle', match.handle, 'url');
  const title = pickText(doc, SELECTORS.streamTitle);
  fill(post, 'caption', title?.text, title?.source ?? '');
  const paid = pick(doc, SELECTORS.paidPromotion);
  if (paid) fill(post, 'paidPartnership', true, domSource(paid));
  post.id = match.id ?? null;
  post.sources.id = 'url';
  post.url =
    url.hostname === 'clips.twitch.tv' || url.pathname.includes('/clip/')
      ? `https://clips.twitch.tv/${match.id}`
      : `https://www.twitch.tv/videos/${match.id}`;
  post.format = post.url.startsWith('https://clips.') ? 'clip' : 'video';
  if (!post.authorHandle && !post.views) {
    throw new ExtractionError(
      'no_creator_data',
      `Twitch ${post.format} ${match.id}: no broadcaster link or view count in the rendered page.`,
    );
  }
  readCaptionEntities(post);
  authorFromPost(author, post);
  return { kind: 'post', post, author };
}

// ---- GraphQL answers ----------------------------------------------------------------------------

const API_CALLS: readonly ApiCall[] = [{ host: 'gql.twitch.tv', path: '^/gql$', operations: OPERATIONS }];

/** The open channel's part of an answer: its facts from every operation, its own videos and clips. */
interface ChannelPart {
  profile: CreatorProfile;
  posts: Post[];
  live: LiveStream | null;
  /** True when the answer said anything about this channel. */
  found: boolean;
}

function channelPart(json: Json, login: string): ChannelPart {
  const gql = readGql(json);
  const key = login.toLowerCase();
  const named = gql.profiles.get(key);
  const profile = named ?? newProfile('twitch', login, PLATFORM_RECORDS.twitch.profileAt(key));
  profile.url = PLATFORM_RECORDS.twitch.profileAt(key);
  profile.sources.url = 'derived:https://www.twitch.tv/<login>';
  // ChannelRoot_AboutPanel names no login: the web app asks it for the channel whose page is open.
  const unnamed = gql.profiles.get('');
  if (unnamed) {
    for (const field of ['displayName', 'bio', 'followers', 'verified', 'links'] as const)
      fill(profile, field, unnamed[field] as never, unnamed.sources[field] ?? 'json');
  }
  const posts = gql.posts.filter((p) => p.login === key).map((p) => p.post);
  profile.recentPosts = posts;
  // StreamMetadata names no login either: its stream is the open channel's too.
  const live = mergeLive(gql.live.get(key), gql.live.get(''));
  if (live) {
    profile.live = streamSeen(live);
    profile.sources.live = named?.sources.live ?? unnamed?.sources.live ?? 'json';
  }
  return { profile, posts, live, found: !!named || !!unnamed || posts.length > 0 || !!live };
}

/** The channel a GraphQL answer is about: the URL's, else the one its cards or profile name. */
function loginOf(json: Json, match: UrlMatch | null): string | null {
  if (match?.handle) return match.handle;
  const gql = readGql(json);
  if (match?.id) {
    const post = gql.posts.find((p) => p.post.id === match.id);
    if (post) return post.post.authorHandle;
  }
  const logins = new Set(
    [...gql.posts.map((p) => p.post.authorHandle), ...gql.profiles.keys()].filter(Boolean),
  );
  return logins.size === 1 ? ([...logins][0] ?? null) : null;
}

function recognizesJson(json: Json): boolean {
  return readGqlNames(json) > 0;
}

const readGqlNames = (json: Json) => (Array.isArray(json) || obj(json) ? operationsIn(json).length : 0);

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  if (url && !match)
    throw new ExtractionError('unsupported_url', `Not a Twitch channel, clip or video URL: ${url.href}`);
  if (!recognizesJson(json)) {
    throw new ExtractionError(
      'no_creator_data',
      `JSON is no Twitch GraphQL answer this adapter reads (operations: ${OPERATIONS.join(', ')}).`,
    );
  }
  const login = loginOf(json, match);
  if (!login) {
    throw new ExtractionError(
      'no_creator_data',
      'This Twitch answer names no channel (ChannelRoot_AboutPanel carries no login): pass the page it was loaded on, --url https://www.twitch.tv/<login>.',
    );
  }
  const part = channelPart(json, login);
  const post = match?.kind === 'post' ? part.posts.find((p) => p.id === match.id) : undefined;
  if (post) return { kind: 'post', post, author: { ...part.profile, recentPosts: [] } };
  if (!part.found)
    throw new ExtractionError('no_creator_data', `This Twitch answer says nothing about ${login}.`);
  return { kind: 'profile', profile: part.profile };
}

function readApiAnswer(json: unknown, requestUrl: URL, pageUrl: URL): ApiReading | null {
  if (requestUrl.hostname !== 'gql.twitch.tv' || requestUrl.pathname !== '/gql') return null;
  const match = matchUrl(pageUrl);
  if (!match) return null;
  const login = loginOf(json, match);
  if (!login) return null;
  const part = channelPart(json, login);
  if (!part.found) return null; // only other channels (sidebar, recommendations) or other operations
  return { handle: part.profile.handle, profile: part.profile, posts: part.posts, live: part.live };
}

export const twitch = defineAdapter('twitch', {
  examples: [
    { url: 'https://www.twitch.tv/washingtonpost', match: { kind: 'profile', handle: 'washingtonpost' } },
    { url: 'https://www.twitch.tv/illojuan/about', match: { kind: 'profile', handle: 'illojuan' } },
    {
      url: 'https://clips.twitch.tv/GorgeousFunnyNeanderthalBIRB',
      match: { kind: 'post', id: 'GorgeousFunnyNeanderthalBIRB' },
    },
    {
      url: 'https://www.twitch.tv/washingtonpost/clip/GorgeousFunnyNeanderthalBIRB',
      match: { kind: 'post', handle: 'washingtonpost', id: 'GorgeousFunnyNeanderthalBIRB' },
    },
    { url: 'https://www.twitch.tv/videos/1234567890', match: { kind: 'post', id: '1234567890' } },
    { url: 'https://www.twitch.tv/directory/game/Just%20Chatting', match: null },
    { url: 'https://www.twitch.tv/', match: null },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  selectors: SELECTORS,
  apiCalls: API_CALLS,
  readApiAnswer,
});

// The video cards a YouTube channel page or InnerTube /browse answer carries: the Videos and Live
// tabs' grids (richItemRenderer → videoRenderer, or lockupViewModel since 2025), the Shorts tab
// (shortsLockupViewModel), the Home tab's featured video and shelves (gridVideoRenderer), the 2021
// grid (gridRenderer → gridVideoRenderer) and the items a scroll adds (appendContinuationItemsAction,
// reloadContinuationItemsCommand). Only the channel's own videos count: other channels' videos in
// Home shelves, playlists, live-now and upcoming streams and cards without a view count are left out.
import { countFromText, type ParseCountOptions } from '../counts/parse-count';
import type { Count, Post } from '../schemas/profile';
import { newPost } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { relativeDate } from './dates';
import { arr, at, findAll, type Json, obj, str } from './json-path';

/** Whose page is open, as far as it is known: cards of anyone else are left out. */
export interface ChannelContext {
  /** "UC…" channel id (from the answer's metadata or the page URL). */
  channelId: string | null;
  /** @handle without "@" (from the header or the page URL). */
  handle: string | null;
  /** When the page was read: "3 weeks ago" is counted back from it. */
  capturedAt: string;
  /** The Live tab (/streams) is open: its videos are past streams. */
  streamsTab: boolean;
  /** The page's interface language, which decides what "1,2 B" means. */
  locale?: string;
}

/** Most cards one answer may yield (a forged answer could carry millions). */
export const MAX_CARDS = 200;
const MAX_NODES = 300_000;
// A video this long or longer counts as long-form (the role score reads it as production effort).
const LONG_FORM_SECONDS = 10 * 60;

const CARD_KINDS = [
  'videoRenderer',
  'gridVideoRenderer',
  'lockupViewModel',
  'shortsLockupViewModel',
  'reelItemRenderer',
  'channelVideoPlayerRenderer',
] as const;
type CardKind = (typeof CARD_KINDS)[number];
const IS_CARD = new Set<string>(CARD_KINDS);
// Subtrees that never hold the channel's own cards: menus, thumbnails and the like are skipped so a
// 900 KB answer is walked quickly.
const SKIP = new Set(['menu', 'thumbnail', 'thumbnails', 'trackingParams', 'loggingDirectives', 'topbar']);

/** A URL path segment decoded, or as it stands when its escapes are broken (a forged answer). */
export function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Text of a YouTube text object: {simpleText}, {runs:[{text}]} or {content}. */
export function ytText(node: Json): string | undefined {
  const o = obj(node);
  if (!o) return undefined;
  if (typeof o.simpleText === 'string') return o.simpleText;
  if (Array.isArray(o.runs)) return o.runs.map((r) => str(at(r, 'text')) ?? '').join('');
  if (typeof o.content === 'string') return o.content;
  return undefined;
}

/** Where cards live in a /browse answer (or ytInitialData): the open tab and continuation items. */
function cardRoots(data: Json): Json[] {
  const roots: Json[] = [];
  for (const tab of arr(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'))) {
    const renderer = at(tab, 'tabRenderer') ?? at(tab, 'expandableTabRenderer');
    if (at(renderer, 'content')) roots.push(at(renderer, 'content'));
  }
  for (const key of ['onResponseReceivedActions', 'onResponseReceivedEndpoints']) {
    for (const action of arr(at(data, key))) {
      roots.push(at(action, 'appendContinuationItemsAction', 'continuationItems'));
      roots.push(at(action, 'reloadContinuationItemsCommand', 'continuationItems'));
    }
  }
  return roots;
}

class FoundCard {
  constructor(
    readonly kind: CardKind,
    readonly card: Record<string, Json>,
  ) {}
}

/** Every card below `roots`, in document order, without descending into a card. */
function findCards(roots: Json[]): { kind: CardKind; card: Record<string, Json> }[] {
  const out: { kind: CardKind; card: Record<string, Json> }[] = [];
  // Cards go on the stack as found cards, so they come out in document order among their siblings.
  const stack: (Json | FoundCard)[] = [...roots].reverse();
  let seen = 0;
  while (stack.length && seen++ < MAX_NODES && out.length < MAX_CARDS * 4) {
    const v = stack.pop();
    if (v instanceof FoundCard) {
      out.push(v);
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const entries = Object.entries(v as Record<string, Json>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i]!;
      const card = obj(value);
      if (IS_CARD.has(key) && card) stack.push(new FoundCard(key as CardKind, card));
      else if (!SKIP.has(key) && value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return out;
}

/** Channel ids and handles a card names as its owner (byline, owner row, avatar link). */
function ownersOf(kind: CardKind, card: Record<string, Json>): { ids: string[]; handles: string[] } {
  const bylines =
    kind === 'lockupViewModel'
      ? [
          at(card, 'metadata', 'lockupMetadataViewModel', 'metadata'),
          at(card, 'metadata', 'lockupMetadataViewModel', 'image'),
        ]
      : [card.ownerText, card.shortBylineText, card.longBylineText];
  const ids: string[] = [];
  const handles: string[] = [];
  for (const byline of bylines) {
    for (const endpoint of findAll(byline, 'browseEndpoint', 2_000)) {
      const id = str(at(endpoint, 'browseId'));
      if (id?.startsWith('UC')) ids.push(id);
      const base = str(at(endpoint, 'canonicalBaseUrl'));
      if (base?.startsWith('/@')) handles.push(decodedPath(base.slice(2)).toLowerCase());
    }
  }
  return { ids, handles };
}

function isOwn(kind: CardKind, card: Record<string, Json>, ctx: ChannelContext): boolean {
  const { ids, handles } = ownersOf(kind, card);
  // No owner row: the channel's own tab (Videos, Shorts, Live, its uploads shelf).
  if (ids.length === 0 && handles.length === 0) return true;
  if (ctx.channelId && ids.includes(ctx.channelId)) return true;
  return !!ctx.handle && handles.includes(ctx.handle.toLowerCase());
}

/** Badge and overlay styles a card carries ("BADGE_STYLE_TYPE_LIVE_NOW", "UPCOMING"…). */
function styles(card: Record<string, Json>): string {
  const found = [
    ...findAll(card.badges, 'style', 500),
    ...findAll(card.thumbnailOverlays, 'style', 500),
    ...findAll(at(card, 'contentImage'), 'badgeStyle', 2_000),
  ];
  return found.filter((s) => typeof s === 'string').join(' ');
}

/** "1:07:34" or "14:18" in seconds. */
function seconds(text: string | undefined): number | null {
  if (!text || !/^\d+(?::\d\d){1,2}$/.test(text.trim())) return null;
  return text
    .trim()
    .split(':')
    .reduce((total, part) => total * 60 + Number(part), 0);
}

/** What one video card shows, whichever renderer it came from. */
interface CardFacts {
  id: string | undefined;
  /** Where the card was read ("json:lockupViewModel"). */
  source: string;
  short: boolean;
  title?: string | undefined;
  /** The full figure ("1,545,374 views"), when the card prints one. */
  viewsText?: string | undefined;
  /** The rounded figure shown on the card ("1.5m views"). */
  shortViewsText?: string | undefined;
  posted?: string | undefined;
  length?: string | undefined;
}

/**
 * A card's metadata parts ("28 views", "13 days ago", the channel's name): the view count is the
 * part that starts with a figure and is no age.
 */
function splitMetadata(parts: string[], capturedAt: string): { views?: string; posted?: string } {
  const out: { views?: string; posted?: string } = {};
  for (const text of parts) {
    if (relativeDate(text, capturedAt)) out.posted ??= text;
    else if (/^\d/.test(text) && countFromText(text)) out.views ??= text;
  }
  return out;
}

function lockupFacts(card: Record<string, Json>, ctx: ChannelContext): CardFacts | null {
  if (str(card.contentType) !== 'LOCKUP_CONTENT_TYPE_VIDEO') return null; // playlists, podcasts
  const md = at(card, 'metadata', 'lockupMetadataViewModel');
  const parts: string[] = [];
  for (const row of arr(at(md, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
    for (const part of arr(at(row, 'metadataParts'))) {
      const text = ytText(at(part, 'text'))?.trim();
      // The channel's name links to its page; it is never the count.
      if (text && !at(part, 'text', 'commandRuns')) parts.push(text);
    }
  }
  const { views, posted } = splitMetadata(parts, ctx.capturedAt);
  const badges = findAll(at(card, 'contentImage'), 'thumbnailBadgeViewModel', 2_000);
  const length = badges.map((b) => str(at(b, 'text'))).find((t) => seconds(t) !== null);
  return {
    id: str(card.contentId),
    source: 'json:lockupViewModel',
    short: false,
    title: ytText(at(md, 'title')),
    shortViewsText: views,
    posted,
    length,
  };
}

function cardFacts(kind: CardKind, card: Record<string, Json>, ctx: ChannelContext): CardFacts | null {
  switch (kind) {
    case 'lockupViewModel':
      return lockupFacts(card, ctx);
    case 'shortsLockupViewModel': {
      const fromEntity = /^shorts-shelf-item-([\w-]{11})$/.exec(str(card.entityId) ?? '')?.[1];
      return {
        id: str(at(card, 'onTap', 'innertubeCommand', 'reelWatchEndpoint', 'videoId')) ?? fromEntity,
        source: 'json:shortsLockupViewModel',
        short: true,
        title: ytText(at(card, 'overlayMetadata', 'primaryText')),
        shortViewsText: ytText(at(card, 'overlayMetadata', 'secondaryText')),
      };
    }
    case 'reelItemRenderer':
      return {
        id: str(card.videoId),
        source: 'json:reelItemRenderer',
        short: true,
        title: ytText(card.headline),
        shortViewsText: ytText(card.viewCountText),
      };
    default: {
      const length =
        ytText(card.lengthText) ??
        findAll(card.thumbnailOverlays, 'thumbnailOverlayTimeStatusRenderer', 50)
          .map((o) => ytText(at(o, 'text')))
          .find((t) => seconds(t) !== null);
      return {
        id: str(card.videoId),
        source:
          kind === 'channelVideoPlayerRenderer'
            ? 'json:channelVideoPlayerRenderer (featured video)'
            : `json:${kind}`,
        short: false,
        title: ytText(card.title),
        viewsText: ytText(card.viewCountText),
        shortViewsText: ytText(card.shortViewCountText),
        posted: ytText(card.publishedTimeText),
        length,
      };
    }
  }
}

/** Exact where the card prints the whole figure, the rounded figure otherwise; display as shown. */
function viewsOf(facts: CardFacts, options: ParseCountOptions): Count | null {
  const full = facts.viewsText ? countFromText(facts.viewsText, options) : null;
  const short = facts.shortViewsText ? countFromText(facts.shortViewsText, options) : null;
  const display = (facts.shortViewsText ?? facts.viewsText)?.trim() ?? null;
  if (full?.exact) return { value: full.value, exact: true, display };
  if (short) return { ...short, display };
  return full ? { ...full, display } : null;
}

function formatOf(facts: CardFacts, ctx: ChannelContext): Post['format'] {
  if (facts.short) return 'short';
  if (ctx.streamsTab || /^streamed\b/i.test(facts.posted ?? '')) return 'live';
  const length = seconds(facts.length);
  return length !== null && length >= LONG_FORM_SECONDS ? 'long_video' : 'video';
}

/** The channel's own videos below `data`, deduplicated by id, in document order, at most MAX_CARDS. */
export function channelVideos(data: Json, ctx: ChannelContext): Post[] {
  const posts: Post[] = [];
  const ids = new Set<string>();
  for (const { kind, card } of findCards(cardRoots(data))) {
    if (posts.length >= MAX_CARDS) break;
    const status = styles(card);
    // A stream now live shows concurrent viewers, an upcoming one people waiting: neither is views.
    if (/LIVE|UPCOMING/.test(status) || card.upcomingEventData) continue;
    if (!isOwn(kind, card, ctx)) continue;
    const facts = cardFacts(kind, card, ctx);
    const post = facts && !ids.has(facts.id ?? '') ? cardPost(facts, ctx) : null;
    if (!post?.id) continue;
    ids.add(post.id);
    posts.push(post);
  }
  return posts;
}

/** The post a card shows; null without a video id or without any view count (Premium extras). */
function cardPost(facts: CardFacts, ctx: ChannelContext): Post | null {
  const views = viewsOf(facts, ctx);
  if (!facts.id || !/^[\w-]{11}$/.test(facts.id) || !views) return null;
  const post = newPost();
  const src = facts.source;
  post.id = facts.id;
  post.sources.id = src;
  post.format = formatOf(facts, ctx);
  post.url =
    post.format === 'short'
      ? `https://www.youtube.com/shorts/${post.id}`
      : `https://www.youtube.com/watch?v=${post.id}`;
  post.views = views;
  post.sources.views = `${src} view count`;
  if (ctx.handle) post.authorHandle = ctx.handle;
  if (facts.title) {
    post.caption = facts.title;
    post.sources.caption = `${src} title`;
    readCaptionEntities(post);
  }
  const date = relativeDate(facts.posted, ctx.capturedAt);
  if (date) {
    post.postedAt = date;
    post.postedAtPrecision = 'approximate';
    post.sources.postedAt = `${src} ("${facts.posted}")`;
  }
  return post;
}

// The video grid as the channel page renders it: what a live page shows after in-app navigation
// (when ytInitialData describes the previous page) and what a page saved from the browser keeps.
// Counts here are the rounded figures the cards print ("48K views"); small ones are exact.
import type { Post } from '../schemas/profile';
import { visibleText } from './embedded';
import { domSource, pickAll, type SelectorList } from './selectors';
import {
  type CardFacts,
  type ChannelContext,
  cardPost,
  decodedPath,
  MAX_CARDS,
  splitMetadata,
} from './youtube-videos';

export const GRID_SELECTORS = {
  // One entry per layout of a grid card, newest first.
  gridItem: [
    { since: '2025-04', css: 'ytd-rich-item-renderer yt-lockup-view-model' },
    { since: '2024-05', css: 'ytd-rich-item-renderer ytm-shorts-lockup-view-model' },
    { since: '2022-10', css: 'ytd-rich-item-renderer ytd-rich-grid-media' },
    { since: '2021-05', css: 'ytd-grid-video-renderer' },
  ],
} satisfies Record<string, SelectorList>;

// Inside one card, whichever layout it has.
const LINK = 'a[href*="/watch?v="], a[href^="/shorts/"], a[href*="youtube.com/shorts/"]';
const TITLE =
  '#video-title, .yt-lockup-metadata-view-model__title, .shortsLockupViewModelHostMetadataTitle, h3';
const PARTS =
  '#metadata-line > span, .yt-content-metadata-view-model__metadata-text, yt-content-metadata-view-model span[role="text"], .shortsLockupViewModelHostMetadataSubhead span';
const LENGTH =
  'ytd-thumbnail-overlay-time-status-renderer #text, .badge-shape-wiz__text, .yt-badge-shape__text';
// A stream live now or still to come: its figure is viewers or people waiting, not views.
const LIVE_OR_UPCOMING =
  '[overlay-style="LIVE"], [overlay-style="UPCOMING"], .badge-style-type-live-now-alternate, .badge-shape-wiz--thumbnail-live, .yt-badge-shape--thumbnail-live';
// A card whose channel link points elsewhere belongs to another channel (Home-tab shelves).
const CHANNEL_LINK = 'ytd-channel-name a[href], a[href^="/@"], a[href^="/channel/"]';

const text = (el: Element | null | undefined) => (el ? visibleText(el).replace(/\s+/g, ' ').trim() : '');

function videoIdOf(href: string | null): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.youtube.com');
    const id = u.pathname.startsWith('/shorts/') ? u.pathname.split('/')[2] : u.searchParams.get('v');
    return id ?? undefined;
  } catch {
    return undefined;
  }
}

function ownedElsewhere(card: Element, ctx: ChannelContext): boolean {
  for (const a of card.querySelectorAll(CHANNEL_LINK)) {
    const href = decodedPath(a.getAttribute('href') ?? '').toLowerCase();
    const own =
      (ctx.handle && href.includes(`/@${ctx.handle.toLowerCase()}`)) ||
      (ctx.channelId && href.includes(`/channel/${ctx.channelId.toLowerCase()}`));
    if (!own) return true;
  }
  return false;
}

/** The channel's own videos in the rendered grid, deduplicated, in page order. */
export function gridVideos(doc: Document, ctx: ChannelContext): Post[] {
  const found = pickAll(doc, GRID_SELECTORS.gridItem);
  if (!found) return [];
  const posts: Post[] = [];
  const ids = new Set<string>();
  for (const card of found.elements) {
    if (posts.length >= MAX_CARDS) break;
    if (card.querySelector(LIVE_OR_UPCOMING) || ownedElsewhere(card, ctx)) continue;
    const link = card.querySelector(LINK);
    const href = link?.getAttribute('href') ?? null;
    const parts = [...card.querySelectorAll(PARTS)].map((e) => text(e)).filter(Boolean);
    const { views, posted } = splitMetadata(parts, ctx.capturedAt);
    const facts: CardFacts = {
      id: videoIdOf(href),
      source: domSource(found),
      short: /\/shorts\//.test(href ?? ''),
      title: text(card.querySelector(TITLE)) || link?.getAttribute('title') || undefined,
      viewsText: undefined,
      shortViewsText: views,
      posted,
      length: text(card.querySelector(LENGTH)) || undefined,
    };
    const post = facts.id && !ids.has(facts.id) ? cardPost(facts, ctx) : null;
    if (!post?.id) continue;
    ids.add(post.id);
    posts.push(post);
  }
  return posts;
}

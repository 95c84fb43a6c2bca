// The rendered video grid of a TikTok profile: one card per video with the rounded view count
// TikTok shows ("192.1K"). It is the only source of recent posts when the embedded state carries
// no item list (2025: userInfo.itemList is [] while 18 cards render), and the only place the
// shown display strings live when it does (2022 SIGI_STATE).
import { countFromText } from '../counts/parse-count';
import type { Post } from '../schemas/profile';
import { newPost } from './blank-records';
import { domSource, pickAll, pickText, type SelectorList } from './selectors';
import { MAX_ITEMS, sameHandle } from './tiktok-records';

export const GRID_SELECTORS = {
  // 2022-08 (SIGI page) and 2025-12 (rehydration page): the same hook on both
  gridCard: [{ since: '2022-08', css: '[data-e2e="user-post-item"]' }],
  gridViews: [{ since: '2022-08', css: '[data-e2e="video-views"]' }],
  // Not in the captures (none has a pinned video); the badge TikTok renders over a pinned card
  // since the pinned-videos feature reached the web grid (2022-10, best month known).
  gridPinned: [{ since: '2022-10', css: '[data-e2e="video-card-badge"]' }],
} satisfies Record<string, SelectorList>;

const VIDEO_LINK = /^\/@([^/]+)\/(?:video|photo)\/(\d+)/;

/**
 * The creator's own cards, in grid order; cards linking to someone else's video are left out.
 * `words` are the cards' cover descriptions (img alt: the caption, then "created by … with …'s
 * original sound" on 2025 pages): good enough to tell the language, not to stand for the caption.
 */
export function gridPosts(doc: ParentNode, handle: string): { posts: Post[]; words: string[] } {
  const cards = pickAll(doc, GRID_SELECTORS.gridCard);
  const words: string[] = [];
  if (!cards) return { posts: [], words };
  const posts: Post[] = [];
  for (const card of cards.elements.slice(0, MAX_ITEMS)) {
    const link = [...card.querySelectorAll('a[href]')]
      .map((a) => {
        try {
          return VIDEO_LINK.exec(new URL(a.getAttribute('href') ?? '', 'https://www.tiktok.com').pathname);
        } catch {
          return null;
        }
      })
      .find((m) => m);
    if (!link || !sameHandle(decodeURIComponent(link[1]!), handle)) continue;
    const post = newPost();
    post.id = link[2]!;
    post.authorHandle = decodeURIComponent(link[1]!);
    post.url = `https://www.tiktok.com/@${post.authorHandle}/video/${post.id}`;
    post.format = 'short';
    post.sources.id = `${domSource(cards)} a[href*="/video/"]`;
    const views = pickText(card, GRID_SELECTORS.gridViews);
    const count = views ? countFromText(views.text) : null;
    if (views && count) {
      post.views = count;
      post.sources.views = views.source;
    }
    const badge = pickText(card, GRID_SELECTORS.gridPinned);
    if (badge && /pin/i.test(badge.text)) {
      post.pinned = true;
      post.sources.pinned = badge.source;
    }
    const alt = card.querySelector('img[alt]')?.getAttribute('alt');
    if (alt) words.push(alt);
    posts.push(post);
  }
  return { posts, words };
}

/**
 * The JSON posts with the grid's display strings merged in by id, in grid order (what the page
 * shows); posts only one side has keep their place (grid-only cards, JSON items not rendered yet).
 */
export function mergeGrid(json: Post[], grid: Post[]): Post[] {
  if (grid.length === 0) return json;
  const byId = new Map(json.map((p) => [p.id, p]));
  const merged: Post[] = [];
  for (const card of grid) {
    const post = byId.get(card.id);
    if (!post) {
      merged.push(card);
      continue;
    }
    byId.delete(card.id);
    if (card.views?.display) {
      // The JSON figure stays (exact or the payload's rounded integer); the shown text joins it.
      post.views = post.views ? { ...post.views, display: card.views.display } : card.views;
    }
    if (card.pinned && !post.pinned) {
      post.pinned = true;
      post.sources.pinned = card.sources.pinned!;
    }
    merged.push(post);
  }
  return [...merged, ...byId.values()];
}

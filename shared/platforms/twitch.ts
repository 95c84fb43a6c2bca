// Twitch: channels (/name), clips (clips.twitch.tv/SLUG, /name/clip/SLUG) and videos
// (/videos/ID). Twitch embeds no creator JSON in its pages and only generic og tags, so facts
// come from the rendered DOM through data-a-target / data-test-selector hooks and link shapes.
import { countFromText } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { hashtagsOf, mentionsOf } from '../text/entities';
import { asUrl, type Extraction, ExtractionError, type PlatformAdapter, type UrlMatch } from './contract';
import { countBefore } from './counts-in-text';
// og tags on Twitch are generic ("Twitch") and deliberately not read.
import { textOf } from './embedded';
import type { Json } from './json-path';
import { fill, newPost, newProfile } from './records';

// Newest first. Twitch's classes are generated (ScCoreLink-sc-…); never used.
const SELECTORS = {
  // 2023-08 clip page: the broadcaster link (avatar and name) under the player
  broadcasterLink: ['a[data-test-selector="game-name-link"]', 'a[data-a-target="clip-broadcaster-link"]'],
  channelName: [
    '[data-a-target="channel-header-display-name"]', // 2025-10
    'h1[data-a-target="stream-display-name"]',
    'main h1',
  ],
  streamTitle: ['[data-a-target="stream-title"]'], // 2025-10
  aboutPanel: ['[data-a-target="about-panel"]', '#live-channel-about-panel'], // 2025-10
  verified: [
    '[data-a-target="verified-badge"]',
    'svg[aria-label="Verified Partner"]',
    '[aria-label="Verified Partner"]',
  ],
  paidPromotion: ['[data-a-target="paid-promotion-label"]', '[data-test-selector="paid-promotion-label"]'], // 2025-10
} as const;

const HOST = /^(?:www\.|m\.)?twitch\.tv$/;
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
  if (!HOST.test(url.hostname)) return null;
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

const VIEWS = /^\s*[\d.,\u00a0\u202f]+\s*[KMkm]?\s+views?\s*$/;

/**
 * The clip's own "N views": the nearest one around the broadcaster link (the recommendation
 * rail further away lists other clips' views).
 */
function viewsNear(start: Element): string | null {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 8; depth++) {
    for (const el of node.querySelectorAll('span, p')) {
      const t = el.textContent ?? '';
      if (el.children.length === 0 && VIEWS.test(t)) return t.trim();
    }
    node = node.parentElement;
  }
  return null;
}

function readClip(doc: Document, post: Post, author: CreatorProfile): void {
  const links = SELECTORS.broadcasterLink.flatMap((s) => [...doc.querySelectorAll(s)]);
  const link = links.find((a) => a.textContent?.trim()) ?? links[0];
  const login = links.map((a) => loginFromHref(a.getAttribute('href'))).find(Boolean);
  fill(post, 'authorHandle', login, `dom:${SELECTORS.broadcasterLink[0]} href`);
  fill(
    author,
    'displayName',
    link?.textContent?.replace(/\s+/g, ' ').trim(),
    `dom:${SELECTORS.broadcasterLink[0]}`,
  );
  const views = link ? viewsNear(link) : null;
  fill(post, 'views', views ? countFromText(views) : null, 'dom:"N views" beside the broadcaster link');
}

function readChannel(doc: Document, p: CreatorProfile): void {
  fill(p, 'displayName', textOf(doc, ...SELECTORS.channelName), `dom:${SELECTORS.channelName[0]}`);
  const about = SELECTORS.aboutPanel.map((s) => doc.querySelector(s)).find((e) => e);
  const aboutText = about?.textContent?.replace(/\s+/g, ' ') ?? '';
  fill(p, 'followers', countBefore(aboutText, 'followers'), `dom:${SELECTORS.aboutPanel[0]} "N followers"`);
  const bio = about?.querySelector('p')?.textContent?.replace(/\s+/g, ' ').trim();
  fill(p, 'bio', bio, `dom:${SELECTORS.aboutPanel[0]} p`);
  const links = about
    ? [...about.querySelectorAll('a[href^="http"]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !/twitch\.tv/.test(h))
    : [];
  fill(p, 'links', [...new Set(links)], `dom:${SELECTORS.aboutPanel[0]} a`);
  if (textOf(doc, ...SELECTORS.channelName))
    fill(
      p,
      'verified',
      SELECTORS.verified.some((s) => doc.querySelector(s)),
      'dom:verified badge',
    );
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match)
    throw new ExtractionError('unsupported_url', `Not a Twitch channel, clip or video URL: ${url.href}`);
  const lang = doc.documentElement?.getAttribute('lang')?.split('-')[0] || null;
  if (match.kind === 'profile') {
    const p = newProfile('twitch', match.handle ?? '?', `https://www.twitch.tv/${match.handle}`);
    p.sources.url = 'url';
    readChannel(doc, p);
    p.languageHint = lang;
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
  readClip(doc, post, author);
  fill(post, 'authorHandle', match.handle, 'url');
  const title = textOf(doc, ...SELECTORS.streamTitle);
  fill(post, 'caption', title, `dom:${SELECTORS.streamTitle[0]}`);
  if (SELECTORS.paidPromotion.some((s) => doc.querySelector(s)))
    fill(post, 'paidPartnership', true, 'dom:paid promotion label');
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
  if (post.caption) {
    post.hashtags = hashtagsOf(post.caption);
    post.mentions = mentionsOf(post.caption);
  }
  if (author.handle === '?' && post.authorHandle) author.handle = post.authorHandle;
  author.url = `https://www.twitch.tv/${author.handle}`;
  author.languageHint = lang;
  return { kind: 'post', post, author };
}

export const twitch: PlatformAdapter = {
  platform: 'twitch',
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
  recognizesJson: (_json: Json) => false,
  extractFromJson: () => {
    throw new ExtractionError(
      'malformed_input',
      'Twitch pages carry no creator JSON; pass the saved HTML page instead.',
    );
  },
  // Issue 9: filled in by this platform's adapter work (dated selectors, live API answers).
  selectors: {},
  apiCalls: [],
  readApiAnswer: () => null,
};

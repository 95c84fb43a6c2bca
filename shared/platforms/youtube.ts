// YouTube: channel pages (/@handle, /channel/UC…, /c/…, /user/…) and videos (/watch, /shorts,
// youtu.be). Sources, most stable first: ytInitialPlayerResponse and ytInitialData (the same
// shapes as InnerTube /player, /next and /browse responses), then meta tags, then the DOM.
import { countFromText, exactCount } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { hashtagsOf, mentionsOf } from '../text/entities';
import { asUrl, type Extraction, ExtractionError, type PlatformAdapter, type UrlMatch } from './contract';
import { lastCountIn, withDisplay } from './counts-in-text';
import { dateFromText } from './dates';
import { assignedJson, canonicalUrl, meta, textOf } from './embedded';
import { arr, at, findKey, type Json, obj, str } from './json-path';
import { fill, newPost, newProfile } from './records';

// Rendered-DOM fallbacks, newest first. Used when the embedded JSON describes another page
// (in-app navigation) or is missing. Custom element names and ids are YouTube's public hooks.
const SELECTORS = {
  channelName: [
    'yt-page-header-view-model yt-dynamic-text-view-model h1', // 2024-11: page header view model
    'ytd-c4-tabbed-header-renderer ytd-channel-name #text', // 2021-05: c4 tabbed header
  ],
  channelMetadataParts: [
    'yt-page-header-view-model yt-content-metadata-view-model span[role="text"]', // 2024-11
    'ytd-c4-tabbed-header-renderer #channel-handle, ytd-c4-tabbed-header-renderer #subscriber-count, ytd-c4-tabbed-header-renderer #videos-count', // 2021-05
  ],
  channelVerified: [
    'yt-page-header-view-model yt-dynamic-text-view-model [aria-label*="erified" i]', // 2024-11
    'ytd-c4-tabbed-header-renderer ytd-badge-supported-renderer .badge-style-type-verified', // 2021-05
  ],
  videoTitle: ['ytd-watch-metadata #title h1', 'h1.title.ytd-video-primary-info-renderer'], // 2022-10, 2021
  ownerLink: [
    'ytd-watch-metadata ytd-video-owner-renderer ytd-channel-name a',
    'ytd-video-owner-renderer a[href^="/@"]',
  ],
  ownerSubscribers: ['#owner-sub-count'], // 2022-10
  ownerVerified: ['ytd-video-owner-renderer ytd-badge-supported-renderer [aria-label]'], // 2022-10
  likeButton: [
    'ytd-watch-metadata like-button-view-model button[aria-label]', // 2023-11: segmented like view model
    'ytd-watch-metadata #segmented-like-button button[aria-label]',
  ],
  description: [
    'ytd-watch-metadata #description-inline-expander yt-attributed-string',
    '#description-inline-expander',
  ],
  paidOverlay: [
    '.ytp-paid-content-overlay-text', // 2020-06: player overlay "Includes paid promotion"
    'ytd-watch-metadata [aria-label="Includes paid promotion"]',
  ],
} as const;

const HOSTS = /^(?:www\.|m\.|music\.)?youtube\.com$/;
const VIDEO_ID = /^[\w-]{11}$/;

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (url.hostname === 'youtu.be') {
    const id = url.pathname.slice(1).split('/')[0] ?? '';
    return VIDEO_ID.test(id) ? { kind: 'post', id } : null;
  }
  if (!HOSTS.test(url.hostname)) return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [first = '', second = ''] = parts;
  if (first === 'watch') {
    const id = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(id) ? { kind: 'post', id } : null;
  }
  if ((first === 'shorts' || first === 'live') && VIDEO_ID.test(second)) return { kind: 'post', id: second };
  if (first.startsWith('@') && first.length > 1)
    return { kind: 'profile', handle: decodeURIComponent(first.slice(1)) };
  if (first === 'channel' && /^UC[\w-]{22}$/.test(second)) return { kind: 'profile', id: second };
  if ((first === 'c' || first === 'user') && second) return { kind: 'profile', handle: second };
  return null;
}

/** Text of a YouTube text object: {simpleText}, {runs:[{text}]} or {content}. */
function ytText(node: Json): string | undefined {
  const o = obj(node);
  if (!o) return undefined;
  if (typeof o.simpleText === 'string') return o.simpleText;
  if (Array.isArray(o.runs)) return o.runs.map((r) => str(at(r, 'text')) ?? '').join('');
  if (typeof o.content === 'string') return o.content;
  return undefined;
}

/** Target of a YouTube redirect link (…/redirect?q=<target>), or the URL itself. */
function unredirect(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href, 'https://www.youtube.com');
    return u.pathname === '/redirect' ? (u.searchParams.get('q') ?? undefined) : u.href;
  } catch {
    return undefined;
  }
}

function handleFromPath(path: string | undefined): string | undefined {
  const m = path ? /\/@([^/?#]+)/.exec(path) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : undefined;
}

const isVerifiedStyle = (s: Json) => typeof s === 'string' && /^BADGE_STYLE_TYPE_VERIFIED/.test(s);

function badgesVerified(badges: Json): boolean {
  return arr(badges).some((b) => isVerifiedStyle(at(b, 'metadataBadgeRenderer', 'style')));
}

function channelUrl(handle: string | undefined, channelId: string | undefined): string {
  return handle ? `https://www.youtube.com/@${handle}` : `https://www.youtube.com/channel/${channelId ?? ''}`;
}

// ---- channel --------------------------------------------------------------------------------

/** True when browse data describes the channel the URL names (it may be stale after navigation). */
function browseMatches(data: Json, match: UrlMatch | null): boolean {
  const md = obj(at(data, 'metadata', 'channelMetadataRenderer'));
  if (!md) return false;
  if (!match) return true;
  if (match.id) return md.externalId === match.id;
  const wanted = match.handle?.toLowerCase();
  const urls = [str(md.vanityChannelUrl), ...arr(md.ownerUrls).map(str)].filter(Boolean) as string[];
  return (
    urls.some(
      (u) =>
        decodeURIComponent(u).toLowerCase().replace(/\/$/, '').endsWith(`/${wanted}`) ||
        handleFromPath(u)?.toLowerCase() === wanted,
    ) || readChannelHandle(data)?.toLowerCase() === wanted
  );
}

function readChannelHandle(data: Json): string | undefined {
  const c4 = at(data, 'header', 'c4TabbedHeaderRenderer');
  const fromC4 = ytText(at(c4, 'channelHandleText'));
  if (fromC4?.startsWith('@')) return fromC4.slice(1);
  for (const row of arr(at(pageHeader(data), 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
    for (const part of arr(at(row, 'metadataParts'))) {
      const t = ytText(at(part, 'text'));
      if (t?.startsWith('@')) return t.slice(1);
    }
  }
  const md = at(data, 'metadata', 'channelMetadataRenderer');
  return handleFromPath(str(at(md, 'vanityChannelUrl'))) ?? handleFromPath(str(at(md, 'ownerUrls', 0)));
}

const pageHeader = (data: Json) => at(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel');

function readChannel(data: Json, p: CreatorProfile): void {
  const md = obj(at(data, 'metadata', 'channelMetadataRenderer'));
  const c4 = obj(at(data, 'header', 'c4TabbedHeaderRenderer'));
  const ph = obj(pageHeader(data));
  const handle = readChannelHandle(data);
  if (handle) {
    p.handle = handle;
    p.sources.handle = 'json:ytInitialData.header…channelHandleText';
  }
  fill(
    p,
    'url',
    str(at(data, 'microformat', 'microformatDataRenderer', 'urlCanonical')),
    'json:microformat.urlCanonical',
  );
  if (c4) {
    const src = 'json:ytInitialData.header.c4TabbedHeaderRenderer';
    fill(p, 'displayName', str(c4.title), `${src}.title`);
    const subs = ytText(c4.subscriberCountText);
    fill(p, 'followers', subs ? countFromText(subs) : null, `${src}.subscriberCountText`);
    const videos = ytText(c4.videosCountText);
    fill(p, 'posts', videos ? countFromText(videos) : null, `${src}.videosCountText`);
    fill(p, 'verified', badgesVerified(c4.badges), `${src}.badges`);
    const links = headerLinks(c4.headerLinks);
    fill(p, 'links', links, `${src}.headerLinks`);
  }
  if (ph) {
    const src = 'json:ytInitialData.header.pageHeaderViewModel';
    fill(p, 'displayName', ytText(at(ph, 'title', 'dynamicTextViewModel', 'text')), `${src}.title`);
    const figures: string[] = [];
    for (const row of arr(at(ph, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
      for (const part of arr(at(row, 'metadataParts'))) {
        const t = ytText(at(part, 'text'));
        if (t && !t.startsWith('@') && /\d/.test(t)) figures.push(t);
      }
    }
    // Rows read "@handle" then "N subscribers • N videos": subscribers come first in every locale.
    fill(p, 'followers', figures[0] ? countFromText(figures[0]) : null, `${src}.metadataRows (subscribers)`);
    fill(p, 'posts', figures[1] ? countFromText(figures[1]) : null, `${src}.metadataRows (videos)`);
    const badge = arr(at(ph, 'title', 'dynamicTextViewModel', 'text', 'attachmentRuns')).some((r) =>
      arr(at(r, 'element', 'type', 'imageType', 'image', 'sources')).some((s) =>
        /CHECK_CIRCLE|VERIFIED/.test(str(at(s, 'clientResource', 'imageName')) ?? ''),
      ),
    );
    fill(p, 'verified', badge, `${src}.title.attachmentRuns`);
    const attribution = at(ph, 'attribution', 'attributionViewModel', 'text');
    const target = unredirect(
      str(at(attribution, 'commandRuns', 0, 'onTap', 'innertubeCommand', 'urlEndpoint', 'url')),
    );
    fill(p, 'links', target ? [target] : undefined, `${src}.attribution`);
  }
  if (md) {
    const src = 'json:ytInitialData.metadata.channelMetadataRenderer';
    fill(p, 'displayName', str(md.title), `${src}.title`);
    fill(p, 'bio', str(md.description), `${src}.description`);
    if (p.handle === '?' && str(md.externalId)) p.handle = str(md.externalId)!;
    fill(p, 'url', str(md.channelUrl), `${src}.channelUrl`);
  }
}

function headerLinks(node: Json): string[] {
  const out: string[] = [];
  const vm = at(node, 'channelHeaderLinksViewModel');
  if (vm) {
    for (const key of ['firstLink', 'more']) {
      const link = at(vm, key);
      const target = unredirect(str(findKey(at(link, 'commandRuns'), 'url')));
      if (target && key === 'firstLink') out.push(target);
    }
  }
  const old = at(node, 'channelHeaderLinksRenderer');
  for (const link of [...arr(at(old, 'primaryLinks')), ...arr(at(old, 'secondaryLinks'))]) {
    const target = unredirect(str(at(link, 'navigationEndpoint', 'urlEndpoint', 'url')));
    if (target) out.push(target);
  }
  return [...new Set(out)];
}

function readChannelDom(doc: Document, p: CreatorProfile): void {
  fill(p, 'displayName', textOf(doc, ...SELECTORS.channelName), `dom:${SELECTORS.channelName[0]}`);
  const parts = [...doc.querySelectorAll(SELECTORS.channelMetadataParts.join(', '))]
    .map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const handle = parts.find((t) => t.startsWith('@'));
  if (handle && p.handle === '?') {
    p.handle = handle.slice(1);
    p.sources.handle = `dom:${SELECTORS.channelMetadataParts[0]}`;
  }
  const figures = parts.filter((t) => !t.startsWith('@') && /\d/.test(t));
  fill(p, 'followers', figures[0] ? countFromText(figures[0]) : null, 'dom:channel metadata (subscribers)');
  fill(p, 'posts', figures[1] ? countFromText(figures[1]) : null, 'dom:channel metadata (videos)');
  if (parts.length)
    fill(
      p,
      'verified',
      SELECTORS.channelVerified.some((s) => doc.querySelector(s)),
      'dom:header badge',
    );
}

// ---- video ----------------------------------------------------------------------------------

function currentVideoId(next: Json): string | undefined {
  return str(at(next, 'currentVideoEndpoint', 'watchEndpoint', 'videoId'));
}

function readVideo(next: Json, player: Json, post: Post, author: CreatorProfile): void {
  const details = obj(at(player, 'videoDetails'));
  const micro = obj(at(player, 'microformat', 'playerMicroformatRenderer'));
  const primary = findKey(at(next, 'contents'), 'videoPrimaryInfoRenderer');
  const secondary = findKey(at(next, 'contents'), 'videoSecondaryInfoRenderer');
  const owner = obj(at(secondary, 'owner', 'videoOwnerRenderer'));

  if (details) {
    const src = 'json:ytInitialPlayerResponse.videoDetails';
    fill(post, 'id', str(details.videoId), `${src}.videoId`);
    fill(post, 'caption', str(details.shortDescription), `${src}.shortDescription`);
    fill(post, 'views', exactCount(str(details.viewCount) ?? Number.NaN), `${src}.viewCount`);
    fill(author, 'displayName', str(details.author), `${src}.author`);
  }
  if (micro) {
    const src = 'json:ytInitialPlayerResponse.microformat.playerMicroformatRenderer';
    fill(post, 'postedAt', str(micro.publishDate), `${src}.publishDate`);
    const h = handleFromPath(str(micro.ownerProfileUrl));
    if (h) fill(post, 'authorHandle', h, `${src}.ownerProfileUrl`);
    fill(
      post,
      'likes',
      micro.likeCount === undefined ? null : exactCount(str(micro.likeCount) ?? -1),
      `${src}.likeCount`,
    );
  }
  if (at(player, 'paidContentOverlay')) {
    fill(post, 'paidPartnership', true, 'json:ytInitialPlayerResponse.paidContentOverlay');
  }
  fill(post, 'id', currentVideoId(next), 'json:ytInitialData.currentVideoEndpoint');

  if (primary) {
    const src = 'json:ytInitialData…videoPrimaryInfoRenderer';
    const viewText = ytText(at(primary, 'viewCount', 'videoViewCountRenderer', 'viewCount'));
    const shortViews = ytText(at(primary, 'viewCount', 'videoViewCountRenderer', 'shortViewCount'));
    const views = viewText ? countFromText(viewText) : null;
    if (post.views) post.views = withDisplay(post.views, viewText) ?? post.views;
    else
      fill(
        post,
        'views',
        withDisplay(views?.exact ? { ...views, display: null } : views, views?.exact ? viewText : shortViews),
        `${src}.viewCount`,
      );
    // Exact likes live only in the accessibility sentence; the visible title is rounded.
    const likeVm = findKey(at(primary, 'videoActions'), 'likeButtonViewModel');
    const likeButton = at(findKey(likeVm, 'defaultButtonViewModel'), 'buttonViewModel');
    const likeTitle = str(at(likeButton, 'title'));
    const likeSentence = str(at(likeButton, 'accessibilityText'));
    const oldLike = at(findKey(at(primary, 'videoActions'), 'toggleButtonRenderer'), 'defaultText');
    const oldLabel = str(at(oldLike, 'accessibility', 'accessibilityData', 'label'));
    const exact = lastCountIn(likeSentence) ?? lastCountIn(oldLabel);
    const display = likeTitle ?? ytText(oldLike);
    if (exact?.exact) {
      if (post.likes) post.likes = withDisplay(post.likes, display);
      else fill(post, 'likes', { ...exact, display: display ?? null }, `${src}.likeButton accessibilityText`);
    } else if (display) {
      fill(post, 'likes', countFromText(display), `${src}.likeButton title`);
    }
    if (post.likes && display && !post.likes.display) post.likes = { ...post.likes, display };
    fill(post, 'postedAt', dateFromText(ytText(at(primary, 'dateText'))), `${src}.dateText`);
  }
  if (secondary) {
    fill(
      post,
      'caption',
      str(at(secondary, 'attributedDescription', 'content')),
      'json:videoSecondaryInfoRenderer.attributedDescription',
    );
    fill(
      post,
      'caption',
      ytText(at(secondary, 'description')),
      'json:videoSecondaryInfoRenderer.description',
    );
  }
  if (owner) {
    const src = 'json:ytInitialData…videoOwnerRenderer';
    const base = str(at(owner, 'navigationEndpoint', 'browseEndpoint', 'canonicalBaseUrl'));
    fill(post, 'authorHandle', handleFromPath(base), `${src}.navigationEndpoint.canonicalBaseUrl`);
    fill(author, 'displayName', ytText(owner.title), `${src}.title`);
    const subs = ytText(owner.subscriberCountText);
    fill(author, 'followers', subs ? countFromText(subs) : null, `${src}.subscriberCountText`);
    fill(author, 'verified', badgesVerified(owner.badges), `${src}.badges`);
  }
  const comments = commentsText(next);
  fill(post, 'comments', comments ? countFromText(comments) : null, 'json:ytInitialData comments header');
  const channelId =
    str(at(owner, 'navigationEndpoint', 'browseEndpoint', 'browseId')) ?? str(details?.channelId);
  if (post.authorHandle) {
    author.handle = post.authorHandle;
    author.sources.handle = post.sources.authorHandle ?? 'json';
  } else if (channelId && author.handle === '?') {
    author.handle = channelId;
    author.sources.handle = 'json:channelId (no @handle in the data)';
  }
  if (author.url === '') author.url = channelUrl(post.authorHandle ?? undefined, channelId);
}

function commentsText(next: Json): string | undefined {
  const entry = findKey(at(next, 'contents'), 'commentsEntryPointHeaderRenderer');
  const fromEntry = ytText(at(entry, 'commentCount'));
  if (fromEntry) return fromEntry;
  for (const panel of arr(at(next, 'engagementPanels'))) {
    const section = at(panel, 'engagementPanelSectionListRenderer');
    const id = `${str(at(section, 'panelIdentifier')) ?? ''} ${str(at(section, 'targetId')) ?? ''}`;
    if (!id.includes('comment')) continue;
    const t = ytText(at(section, 'header', 'engagementPanelTitleHeaderRenderer', 'contextualInfo'));
    if (t) return t;
  }
  return undefined;
}

function readVideoDom(doc: Document, post: Post, author: CreatorProfile): void {
  const ownerHref = doc.querySelector(SELECTORS.ownerLink.join(', '))?.getAttribute('href') ?? undefined;
  fill(post, 'authorHandle', handleFromPath(ownerHref), `dom:${SELECTORS.ownerLink[0]}`);
  fill(author, 'displayName', textOf(doc, ...SELECTORS.ownerLink), `dom:${SELECTORS.ownerLink[0]}`);
  const subs = textOf(doc, ...SELECTORS.ownerSubscribers);
  fill(author, 'followers', subs ? countFromText(subs) : null, 'dom:#owner-sub-count');
  if (ownerHref)
    fill(author, 'verified', !!doc.querySelector(SELECTORS.ownerVerified.join(', ')), 'dom:owner badge');
  const likeLabel = doc.querySelector(SELECTORS.likeButton.join(', '))?.getAttribute('aria-label');
  const likes = lastCountIn(likeLabel);
  fill(post, 'likes', likes ? { ...likes, display: null } : null, `dom:${SELECTORS.likeButton[0]}`);
  fill(post, 'caption', textOf(doc, ...SELECTORS.description), `dom:${SELECTORS.description[0]}`);
  if (doc.querySelector(SELECTORS.paidOverlay.join(', ')))
    fill(post, 'paidPartnership', true, 'dom:paid promotion overlay');
  // Meta tags describe the page as first served; only used when nothing fresher was found.
  fill(
    post,
    'views',
    exactCount(meta(doc, 'interactionCount') ?? Number.NaN),
    'meta:itemprop=interactionCount',
  );
  fill(post, 'postedAt', meta(doc, 'datePublished'), 'meta:itemprop=datePublished');
}

// ---- entry points ---------------------------------------------------------------------------

function finishPost(post: Post, author: CreatorProfile, url: URL | undefined): Extraction {
  if (!post.caption && !post.views && !post.likes && !post.authorHandle) {
    throw new ExtractionError(
      'no_creator_data',
      'YouTube video: no video details found (no ytInitialPlayerResponse/ytInitialData for this video, and no rendered watch metadata).',
    );
  }
  if (post.id) post.url = `https://www.youtube.com/watch?v=${post.id}`;
  post.format = url?.pathname.startsWith('/shorts/') ? 'short' : 'video';
  if (post.caption) {
    post.hashtags = hashtagsOf(post.caption);
    post.mentions = mentionsOf(post.caption);
  }
  if (author.handle === '?') author.handle = post.authorHandle ?? 'unknown';
  if (!author.url) author.url = channelUrl(post.authorHandle ?? undefined, undefined);
  return { kind: 'post', post, author };
}

function finishProfile(p: CreatorProfile): Extraction {
  if (p.handle === '?' || (!p.displayName && !p.followers)) {
    throw new ExtractionError(
      'no_creator_data',
      'YouTube channel: no channel header found (no ytInitialData for this channel and no rendered page header).',
    );
  }
  return { kind: 'profile', profile: p };
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match) throw new ExtractionError('unsupported_url', `Not a YouTube channel or video URL: ${url.href}`);
  const initial = assignedJson(doc, 'ytInitialData');
  const lang = doc.documentElement?.getAttribute('lang')?.split('-')[0] || null;
  if (match.kind === 'post') {
    const player = assignedJson(doc, 'ytInitialPlayerResponse');
    const freshPlayer = str(at(player, 'videoDetails', 'videoId')) === match.id ? player : undefined;
    const nextId = currentVideoId(initial);
    const freshNext = nextId === match.id ? initial : undefined;
    const post = newPost();
    const author = newProfile('youtube', '?', '');
    readVideo(freshNext, freshPlayer, post, author);
    readVideoDom(doc, post, author);
    fill(post, 'id', match.id, 'url');
    author.languageHint = lang;
    return finishPost(post, author, url);
  }
  const p = newProfile('youtube', match.handle ?? '?', canonicalUrl(doc) ?? url.href);
  p.sources.url = canonicalUrl(doc) ? 'dom:link[rel=canonical]' : 'url';
  if (browseMatches(initial, match)) readChannel(initial, p);
  readChannelDom(doc, p);
  if (p.handle === '?' && match.id) p.handle = match.id;
  fill(p, 'bio', meta(doc, 'og:description'), 'meta:og:description');
  p.languageHint = lang;
  return finishProfile(p);
}

function recognizesJson(json: Json): boolean {
  return !!(
    at(json, 'videoDetails', 'videoId') ||
    at(json, 'contents', 'twoColumnWatchNextResults') ||
    at(json, 'metadata', 'channelMetadataRenderer') ||
    at(json, 'ytInitialData') ||
    at(json, 'ytInitialPlayerResponse')
  );
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const initial = at(json, 'ytInitialData') ?? json;
  const player = at(json, 'ytInitialPlayerResponse') ?? (at(json, 'videoDetails') ? json : undefined);
  const match = url ? matchUrl(url) : null;
  if (at(initial, 'metadata', 'channelMetadataRenderer') && match?.kind !== 'post') {
    if (match && !browseMatches(initial, match)) {
      throw new ExtractionError(
        'no_creator_data',
        `YouTube browse JSON describes another channel than ${url?.href}.`,
      );
    }
    const p = newProfile('youtube', '?', url?.href ?? '');
    readChannel(initial, p);
    if (p.handle === '?')
      p.handle = str(at(initial, 'metadata', 'channelMetadataRenderer', 'externalId')) ?? '?';
    if (!p.url)
      p.url = channelUrl(undefined, str(at(initial, 'metadata', 'channelMetadataRenderer', 'externalId')));
    return finishProfile(p);
  }
  const next = at(initial, 'contents', 'twoColumnWatchNextResults') ? initial : undefined;
  if (!next && !player) {
    throw new ExtractionError(
      'no_creator_data',
      'JSON is not a YouTube /browse, /next or /player response (no channelMetadataRenderer, watch results or videoDetails).',
    );
  }
  const post = newPost();
  const author = newProfile('youtube', '?', '');
  readVideo(next, player, post, author);
  if (match?.id) fill(post, 'id', match.id, 'url');
  return finishPost(post, author, url);
}

export const youtube: PlatformAdapter = {
  platform: 'youtube',
  examples: [
    { url: 'https://www.youtube.com/@kurzgesagt', match: { kind: 'profile', handle: 'kurzgesagt' } },
    { url: 'https://www.youtube.com/@OneMedia./videos', match: { kind: 'profile', handle: 'OneMedia.' } },
    {
      url: 'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q',
      match: { kind: 'profile', id: 'UCsXVk37bltHxD1rDPwtNM8Q' },
    },
    {
      url: 'https://www.youtube.com/c/ProgrammingKnowledge',
      match: { kind: 'profile', handle: 'ProgrammingKnowledge' },
    },
    { url: 'https://m.youtube.com/user/iyazlive', match: { kind: 'profile', handle: 'iyazlive' } },
    { url: 'https://www.youtube.com/watch?v=hwMkbaS_M_c', match: { kind: 'post', id: 'hwMkbaS_M_c' } },
    { url: 'https://www.youtube.com/watch?v=DIsktwOQZuU&t=42s', match: { kind: 'post', id: 'DIsktwOQZuU' } },
    { url: 'https://www.youtube.com/shorts/7PIMiDcwNvc', match: { kind: 'post', id: '7PIMiDcwNvc' } },
    { url: 'https://youtu.be/WXxV9g7lsFE', match: { kind: 'post', id: 'WXxV9g7lsFE' } },
    { url: 'https://www.youtube.com/', match: null },
    { url: 'https://www.youtube.com/feed/subscriptions', match: null },
    { url: 'https://www.youtube.com/results?search_query=troupe', match: null },
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

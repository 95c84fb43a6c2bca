// YouTube: channel pages (/@handle, /channel/UC…, /c/…, /user/…) and videos (/watch, /shorts,
// youtu.be). Sources, most stable first: ytInitialPlayerResponse and ytInitialData (the same
// shapes as InnerTube /player, /next and /browse responses), then meta tags, then the DOM.
import { countFromText, exactCount } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import {
  type ApiCall,
  type ApiReading,
  asUrl,
  type Extraction,
  ExtractionError,
  type UrlMatch,
} from './contract';
import { lastCountIn, withDisplay } from './counts-in-text';
import { dateFromText, relativeDate } from './dates';
import { defineAdapter } from './define-adapter';
import { assignedJson, canonicalUrl, meta } from './embedded';
import { arr, at, findKey, type Json, obj, str } from './json-path';
import { pageLanguage } from './page-language';
import { PLATFORM_RECORDS } from './platform-records';
import { domSource, pick, pickAll, pickText, type SelectorList } from './selectors';
import { type ChannelContext, channelVideos, decodedPath, ytText } from './youtube-videos';

// Rendered-DOM fallbacks, newest first, dated by the month each layout reached the live site. Used
// when the embedded JSON describes another page (in-app navigation) or is missing. Custom element
// names and ids are YouTube's public hooks. Undated layouts were dated by the capture that shows
// them: the Polymer watch page by the 2021 pytube captures, the ytd-watch-metadata ones by its
// 2022-10 roll-out (also when @handles arrived).
const SELECTORS = {
  channelName: [
    { since: '2024-11', css: 'yt-page-header-view-model yt-dynamic-text-view-model h1' },
    { since: '2021-05', css: 'ytd-c4-tabbed-header-renderer ytd-channel-name #text' },
  ],
  // One entry per layout: each names the handle, subscriber and video count parts of that header.
  channelMetadataParts: [
    { since: '2024-11', css: 'yt-page-header-view-model yt-content-metadata-view-model span[role="text"]' },
    {
      since: '2021-05',
      css: 'ytd-c4-tabbed-header-renderer #channel-handle, ytd-c4-tabbed-header-renderer #subscriber-count, ytd-c4-tabbed-header-renderer #videos-count',
    },
  ],
  channelVerified: [
    {
      since: '2024-11',
      css: 'yt-page-header-view-model yt-dynamic-text-view-model [aria-label*="erified" i]',
    },
    {
      since: '2021-05',
      css: 'ytd-c4-tabbed-header-renderer ytd-badge-supported-renderer .badge-style-type-verified',
    },
  ],
  ownerLink: [
    { since: '2022-10', css: 'ytd-watch-metadata ytd-video-owner-renderer ytd-channel-name a' },
    { since: '2022-10', css: 'ytd-video-owner-renderer a[href^="/@"]' },
  ],
  ownerSubscribers: [{ since: '2022-10', css: '#owner-sub-count' }],
  ownerVerified: [
    { since: '2022-10', css: 'ytd-video-owner-renderer ytd-badge-supported-renderer [aria-label]' },
  ],
  likeButton: [
    { since: '2023-11', css: 'ytd-watch-metadata like-button-view-model button[aria-label]' },
    { since: '2022-10', css: 'ytd-watch-metadata #segmented-like-button button[aria-label]' },
  ],
  description: [
    { since: '2022-10', css: 'ytd-watch-metadata #description-inline-expander yt-attributed-string' },
    { since: '2022-10', css: '#description-inline-expander' },
  ],
  paidOverlay: [
    { since: '2022-10', css: 'ytd-watch-metadata [aria-label="Includes paid promotion"]' },
    { since: '2020-06', css: '.ytp-paid-content-overlay-text' }, // player overlay "Includes paid promotion"
  ],
} satisfies Record<string, SelectorList>;

const VIDEO_ID = /^[\w-]{11}$/;

/**
 * A figure as the page prints it, read in the page's interface language (its <html lang>, kept as
 * the record's languageHint): "86,3 B abone" is 86.3 thousand in Turkish, not 86.3 billion.
 */
const shownCount = (text: string | undefined, { languageHint }: CreatorProfile) =>
  text ? countFromText(text, { locale: languageHint ?? undefined }) : null;

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (url.hostname === 'youtu.be') {
    const id = url.pathname.slice(1).split('/')[0] ?? '';
    return VIDEO_ID.test(id) ? { kind: 'post', id } : null;
  }
  // YouTube Music is another app (ytmusic-app, its own state) whose pages the readers cannot read.
  if (!PLATFORM_RECORDS.youtube.hosts.test(url.hostname) || url.hostname === 'music.youtube.com') return null;
  const parts = url.pathname.split('/').filter(Boolean);
  const [first = '', second = ''] = parts;
  if (first === 'watch') {
    const id = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(id) ? { kind: 'post', id } : null;
  }
  if ((first === 'shorts' || first === 'live') && VIDEO_ID.test(second)) return { kind: 'post', id: second };
  if (first.startsWith('@') && first.length > 1)
    return { kind: 'profile', handle: decodedPath(first.slice(1)) };
  if (first === 'channel' && /^UC[\w-]{22}$/.test(second)) return { kind: 'profile', id: second };
  if ((first === 'c' || first === 'user') && second) return { kind: 'profile', handle: decodedPath(second) };
  return null;
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
  return m?.[1] ? decodedPath(m[1]) : undefined;
}

const isVerifiedStyle = (s: Json) => typeof s === 'string' && /^BADGE_STYLE_TYPE_VERIFIED/.test(s);

function badgesVerified(badges: Json): boolean {
  return arr(badges).some((b) => isVerifiedStyle(at(b, 'metadataBadgeRenderer', 'style')));
}

function channelUrl(handle: string | undefined, channelId: string | undefined): string {
  return handle
    ? PLATFORM_RECORDS.youtube.profileAt(handle)
    : `https://www.youtube.com/channel/${channelId ?? ''}`;
}

/**
 * `sources.handle` of a channel that the page names by its "UC…" id only (pages from before
 * @handles, 2022-10): the handle is then an id, which `handleLabel` shows as such.
 */
export const CHANNEL_ID_SOURCE = 'derived:channel id (the page names no @handle)';

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
        decodedPath(u).toLowerCase().replace(/\/$/, '').endsWith(`/${wanted}`) ||
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
    fill(p, 'followers', shownCount(subs, p), `${src}.subscriberCountText`);
    const videos = ytText(c4.videosCountText);
    fill(p, 'posts', shownCount(videos, p), `${src}.videosCountText`);
    fill(p, 'verified', badgesVerified(c4.badges), `${src}.badges`);
    const links = headerLinks(c4.headerLinks);
    fill(p, 'links', links, `${src}.headerLinks`);
  }
  if (ph) {
    const src = 'json:ytInitialData.header.pageHeaderViewModel';
    fill(p, 'displayName', ytText(at(ph, 'title', 'dynamicTextViewModel', 'text')), `${src}.title`);
    const figures: { text: string; spoken: boolean }[] = [];
    for (const row of arr(at(ph, 'metadata', 'contentMetadataViewModel', 'metadataRows'))) {
      for (const part of arr(at(row, 'metadataParts'))) {
        const text = ytText(at(part, 'text'));
        if (text && !text.startsWith('@') && /\d/.test(text))
          figures.push({ text, spoken: !!at(part, 'accessibilityLabel') });
      }
    }
    // Rows read "@handle" then "N subscribers • N videos" in every locale; the subscribers carry a
    // spoken label ("25 million subscribers"), so a hidden count leaves "N videos" alone, not read as them.
    const subs = figures.find((f) => f.spoken) ?? (figures[1] && figures[0]);
    const videos = figures.find((f) => f !== subs);
    fill(p, 'followers', shownCount(subs?.text, p), `${src}.metadataRows (subscribers)`);
    fill(p, 'posts', shownCount(videos?.text, p), `${src}.metadataRows (videos)`);
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
    if (p.handle === '?' && str(md.externalId)) {
      p.handle = str(md.externalId)!;
      p.sources.handle = CHANNEL_ID_SOURCE;
    }
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

/**
 * The About panel ("…more" under the header), which the web app loads as a /browse continuation:
 * every link (the header shows one), the exact video count, the country.
 */
function aboutPanel(data: Json): Record<string, Json> | undefined {
  for (const key of ['onResponseReceivedEndpoints', 'onResponseReceivedActions']) {
    for (const action of arr(at(data, key))) {
      for (const item of arr(at(action, 'appendContinuationItemsAction', 'continuationItems'))) {
        const vm = obj(at(item, 'aboutChannelRenderer', 'metadata', 'aboutChannelViewModel'));
        if (vm) return vm;
      }
    }
  }
  return undefined;
}

function readAbout(vm: Record<string, Json>, p: CreatorProfile): void {
  const src = 'json:aboutChannelViewModel';
  const handle = handleFromPath(str(vm.canonicalChannelUrl));
  if (handle && (p.handle === '?' || p.sources.handle === CHANNEL_ID_SOURCE)) {
    p.handle = handle;
    p.sources.handle = `${src}.canonicalChannelUrl`;
  }
  fill(p, 'bio', str(vm.description), `${src}.description`);
  const subs = ytText(vm.subscriberCountText) ?? str(vm.subscriberCountText);
  fill(p, 'followers', shownCount(subs, p), `${src}.subscriberCountText`);
  const videos = ytText(vm.videoCountText) ?? str(vm.videoCountText);
  // The About panel prints the whole video count ("1,204 videos") where the header rounds it.
  const count = shownCount(videos, p);
  if (count?.exact || !p.posts) {
    p.posts = count ?? p.posts;
    if (count) p.sources.posts = `${src}.videoCountText`;
  }
  const links = arr(vm.links)
    .map((l) => at(l, 'channelExternalLinkViewModel', 'link'))
    .map((link) => unredirect(str(findKey(at(link, 'commandRuns'), 'url'))) ?? withScheme(ytText(link)))
    .filter((u): u is string => !!u);
  if (links.length) {
    p.links = [...new Set([...p.links, ...links])];
    p.sources.links = `${src}.links`;
  }
  fill(p, 'countryHint', countryCode(str(vm.country)), `${src}.country`);
}

const withScheme = (text: string | undefined) =>
  text && /^[\w.-]+\.[a-z]{2,}(?:\/\S*)?$/i.test(text) ? `https://${text}` : undefined;

/** ISO 3166 code of a country as YouTube names it in English ("Germany" → "DE"); null otherwise. */
function countryCode(name: string | undefined): string | null {
  if (!name) return null;
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Retired codes ("DD" for Germany) canonicalize to the current one.
      if (names.of(code) === name) return Intl.getCanonicalLocales(`und-${code}`)[0]?.slice(4) ?? code;
    }
  }
  return null;
}

/** Whose videos count on this page: the channel the answer or the page URL names. */
function channelContext(data: Json, p: CreatorProfile, page: URL | undefined): ChannelContext {
  const match = page ? matchUrl(page) : null;
  let selectedTab: string | undefined;
  for (const tab of arr(at(data, 'contents', 'twoColumnBrowseResultsRenderer', 'tabs'))) {
    if (at(tab, 'tabRenderer', 'selected') === true)
      selectedTab = str(at(tab, 'tabRenderer', 'endpoint', 'commandMetadata', 'webCommandMetadata', 'url'));
  }
  const handleInUrl = page?.pathname.startsWith('/@') ? match?.handle : undefined;
  return {
    channelId: str(at(data, 'metadata', 'channelMetadataRenderer', 'externalId')) ?? match?.id ?? null,
    handle: readChannelHandle(data) ?? handleInUrl ?? null,
    capturedAt: p.capturedAt,
    streamsTab: /\/streams\/?$/.test(selectedTab ?? page?.pathname ?? ''),
    locale: p.languageHint ?? undefined,
  };
}

/** The channel's own videos that the browse data (a tab, or a scroll's continuation) carries. */
function readRecentPosts(data: Json, p: CreatorProfile, page: URL | undefined): void {
  p.recentPosts = channelVideos(data, channelContext(data, p, page));
  if (p.recentPosts.length) p.sources.recentPosts = 'json:channel tab grid, shelves and continuation items';
}

function readChannelDom(doc: Document, p: CreatorProfile): void {
  const name = pickText(doc, SELECTORS.channelName);
  fill(p, 'displayName', name?.text, name?.source ?? '');
  const found = pickAll(doc, SELECTORS.channelMetadataParts);
  const parts = (found?.elements ?? [])
    .map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter(Boolean);
  const handle = parts.find((t) => t.startsWith('@'));
  if (handle && found && p.handle === '?') {
    p.handle = handle.slice(1);
    p.sources.handle = domSource(found);
  }
  const figures = parts.filter((t) => !t.startsWith('@') && /\d/.test(t));
  const src = found ? domSource(found) : '';
  fill(p, 'followers', shownCount(figures[0], p), `${src} (subscribers)`);
  fill(p, 'posts', shownCount(figures[1], p), `${src} (videos)`);
  if (parts.length) {
    const badge = pick(doc, SELECTORS.channelVerified);
    fill(p, 'verified', !!badge, badge ? domSource(badge) : 'dom:header (no verified badge)');
  }
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
    const views = shownCount(viewText, author);
    // With the player's exact counter the watch page's full figure is its display (TRUTH: "1.077.715
    // visualizaciones"); a /next answer on its own shows the rounded one as on channel cards ("41m views").
    if (post.views) post.views = withDisplay(post.views, viewText) ?? post.views;
    else
      fill(
        post,
        'views',
        withDisplay(views?.exact ? { ...views, display: null } : views, shortViews ?? viewText),
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
      fill(post, 'likes', shownCount(display, author), `${src}.likeButton title`);
    }
    if (post.likes && display && !post.likes.display) post.likes = { ...post.likes, display };
    const dateText = ytText(at(primary, 'dateText'));
    fill(post, 'postedAt', dateFromText(dateText), `${src}.dateText`);
    // A video of the last day or two prints its age ("Streamed live 3 hours ago").
    if (fill(post, 'postedAt', relativeDate(dateText, author.capturedAt), `${src}.dateText (an age)`))
      post.postedAtPrecision = 'approximate';
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
    fill(author, 'followers', shownCount(subs, author), `${src}.subscriberCountText`);
    fill(author, 'verified', badgesVerified(owner.badges), `${src}.badges`);
  }
  const comments = commentsText(next);
  fill(post, 'comments', shownCount(comments, author), 'json:ytInitialData comments header');
  const channelId =
    str(at(owner, 'navigationEndpoint', 'browseEndpoint', 'browseId')) ?? str(details?.channelId);
  if (post.authorHandle) {
    author.handle = post.authorHandle;
    author.sources.handle = post.sources.authorHandle ?? 'json';
  } else if (channelId && author.handle === '?') {
    author.handle = channelId;
    author.sources.handle = CHANNEL_ID_SOURCE;
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
  const owner = pickText(doc, SELECTORS.ownerLink);
  const ownerHref = owner?.element.getAttribute('href') ?? undefined;
  if (owner) {
    fill(post, 'authorHandle', handleFromPath(ownerHref), `${owner.source} href`);
    fill(author, 'displayName', owner.text, owner.source);
  }
  const subs = pickText(doc, SELECTORS.ownerSubscribers);
  fill(author, 'followers', shownCount(subs?.text, author), subs?.source ?? '');
  if (ownerHref) {
    const badge = pick(doc, SELECTORS.ownerVerified);
    fill(author, 'verified', !!badge, badge ? domSource(badge) : 'dom:owner (no badge)');
  }
  const like = pick(doc, SELECTORS.likeButton);
  const likes = lastCountIn(like?.element.getAttribute('aria-label'));
  fill(
    post,
    'likes',
    likes && like ? { ...likes, display: null } : null,
    like ? `${domSource(like)} aria-label` : '',
  );
  const description = pickText(doc, SELECTORS.description);
  fill(post, 'caption', description?.text, description?.source ?? '');
  const paid = pick(doc, SELECTORS.paidOverlay);
  if (paid) fill(post, 'paidPartnership', true, domSource(paid));
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
  if (post.postedAt && !post.postedAtPrecision)
    post.postedAtPrecision = /T\d/.test(post.postedAt) ? 'time' : 'day';
  readCaptionEntities(post);
  if (author.handle === '?') author.handle = post.authorHandle ?? 'unknown';
  if (!author.url) author.url = channelUrl(post.authorHandle ?? undefined, undefined);
  return { kind: 'post', post, author };
}

function finishProfile(p: CreatorProfile): Extraction {
  if (p.handle === '?' || (!p.displayName && !p.followers && p.recentPosts.length === 0)) {
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
  const lang = pageLanguage(doc);
  if (match.kind === 'post') {
    const player = assignedJson(doc, 'ytInitialPlayerResponse');
    const freshPlayer = str(at(player, 'videoDetails', 'videoId')) === match.id ? player : undefined;
    const nextId = currentVideoId(initial);
    const freshNext = nextId === match.id ? initial : undefined;
    const post = newPost();
    const author = newProfile('youtube', '?', '');
    author.languageHint = lang;
    readVideo(freshNext, freshPlayer, post, author);
    readVideoDom(doc, post, author);
    fill(post, 'id', match.id, 'url');
    return finishPost(post, author, url);
  }
  const p = newProfile('youtube', match.handle ?? '?', canonicalUrl(doc) ?? url.href);
  p.sources.url = canonicalUrl(doc) ? 'dom:link[rel=canonical]' : 'url';
  p.languageHint = lang;
  if (browseMatches(initial, match)) {
    readChannel(initial, p);
    readRecentPosts(initial, p, url);
  }
  readChannelDom(doc, p);
  if (p.handle === '?' && match.id) {
    p.handle = match.id;
    p.sources.handle = CHANNEL_ID_SOURCE;
  }
  fill(p, 'bio', meta(doc, 'og:description'), 'meta:og:description');
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

/** Browse data of a channel (a tab with its header, or a continuation read on `url`) as a profile. */
function channelFromBrowse(data: Json, url: URL | undefined, lang: string | null = null): CreatorProfile {
  const match = url ? matchUrl(url) : null;
  const p = newProfile('youtube', '?', url?.href ?? '');
  p.languageHint = lang; // the figures are printed in the page's language (shownCount)
  if (url) p.sources.url = 'url';
  readChannel(data, p);
  if (p.handle === '?' && match?.handle && url?.pathname.startsWith('/@')) {
    p.handle = match.handle;
    p.sources.handle = 'url';
  }
  if (p.handle === '?' && match?.id) {
    p.handle = match.id;
    p.sources.handle = CHANNEL_ID_SOURCE;
  }
  const about = aboutPanel(data);
  if (about) readAbout(about, p);
  const id = str(at(data, 'metadata', 'channelMetadataRenderer', 'externalId'));
  if (!p.url) p.url = channelUrl(p.handle === id ? undefined : p.handle, id);
  readRecentPosts(data, p, url);
  return p;
}

const isContinuation = (json: Json) =>
  arr(at(json, 'onResponseReceivedActions')).length > 0 ||
  arr(at(json, 'onResponseReceivedEndpoints')).length > 0;

function extractFromJson(json: Json, url?: URL): Extraction {
  const initial = at(json, 'ytInitialData') ?? json;
  const player = at(json, 'ytInitialPlayerResponse') ?? (at(json, 'videoDetails') ? json : undefined);
  const match = url ? matchUrl(url) : null;
  const browse = !!at(initial, 'metadata', 'channelMetadataRenderer');
  if ((browse || (isContinuation(initial) && match?.kind === 'profile')) && match?.kind !== 'post') {
    if (browse && match && !browseMatches(initial, match)) {
      throw new ExtractionError(
        'no_creator_data',
        `YouTube browse JSON describes another channel than ${url?.href}.`,
      );
    }
    return finishProfile(channelFromBrowse(initial, url));
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

// ---- live answers -----------------------------------------------------------------------------

// The InnerTube calls the web app makes as the user opens tabs, scrolls, and moves between videos.
// The mobile site (m.youtube.com) makes the same calls.
const API_CALLS: readonly ApiCall[] = ['www.youtube.com', 'm.youtube.com'].flatMap((host) =>
  ['browse', 'next', 'player'].map((call) => ({ host, path: `^/youtubei/v1/${call}$` })),
);

/** A /browse answer on a channel page: the tab with its header, or a scroll's continuation items. */
function readBrowseAnswer(json: Json, page: URL, match: UrlMatch, lang: string | null): ApiReading | null {
  if (match.kind !== 'profile') return null;
  const hasChannel = !!at(json, 'metadata', 'channelMetadataRenderer');
  if (!hasChannel && !isContinuation(json)) return null;
  if (hasChannel && !browseMatches(json, match)) {
    // Another channel's answer (a hover card, a stale tab): say whose it is, read nothing else.
    const id = str(at(json, 'metadata', 'channelMetadataRenderer', 'externalId'));
    return { handle: readChannelHandle(json) ?? id ?? null, profile: null, posts: [] };
  }
  const about = aboutPanel(json);
  if (about && !aboutMatches(about, match)) {
    return {
      handle: handleFromPath(str(about.canonicalChannelUrl)) ?? str(about.channelId) ?? null,
      profile: null,
      posts: [],
    };
  }
  const p = channelFromBrowse(json, page, lang);
  if (about) return { handle: p.handle, profile: p, posts: p.recentPosts };
  if (!hasChannel) {
    // A continuation names no channel: its items are the open page's, its handle unknown.
    return p.recentPosts.length ? { handle: null, profile: null, posts: p.recentPosts } : null;
  }
  return { handle: p.handle, profile: p, posts: p.recentPosts };
}

function aboutMatches(vm: Record<string, Json>, match: UrlMatch): boolean {
  if (match.id) return vm.channelId === match.id;
  return handleFromPath(str(vm.canonicalChannelUrl))?.toLowerCase() === match.handle?.toLowerCase();
}

/** A /next or /player answer on a watch page: the video, its channel's figures and handle. */
function readWatchAnswer(
  json: Json,
  page: URL,
  match: UrlMatch,
  player: boolean,
  lang: string | null,
): ApiReading | null {
  if (match.kind !== 'post' || !match.id) return null;
  const fresh = player
    ? str(at(json, 'videoDetails', 'videoId')) === match.id
    : currentVideoId(json) === match.id;
  if (!fresh) return null; // a preloaded next video, or the previous page's late answer
  const post = newPost();
  const author = newProfile('youtube', '?', '');
  author.languageHint = lang;
  readVideo(player ? undefined : json, player ? json : undefined, post, author);
  if (!post.views && !post.likes && !post.caption) return null;
  const { post: done, author: creator } = finishPost(post, author, page) as Extract<
    Extraction,
    { kind: 'post' }
  >;
  creator.recentPosts = [done];
  return { handle: creator.handle === 'unknown' ? null : creator.handle, profile: creator, posts: [done] };
}

function readApiAnswer(
  json: unknown,
  requestUrl: URL,
  pageUrl: URL,
  pageLanguage: string | null = null,
): ApiReading | null {
  const match = matchUrl(pageUrl);
  if (!match || !obj(json)) return null;
  switch (requestUrl.pathname) {
    case '/youtubei/v1/browse':
      return readBrowseAnswer(json, pageUrl, match, pageLanguage);
    case '/youtubei/v1/next':
      return readWatchAnswer(json, pageUrl, match, false, pageLanguage);
    case '/youtubei/v1/player':
      return readWatchAnswer(json, pageUrl, match, true, pageLanguage);
    default:
      return null;
  }
}

export const youtube = defineAdapter('youtube', {
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
    { url: 'https://www.youtube.com/@kurzgesagt/shorts', match: { kind: 'profile', handle: 'kurzgesagt' } },
    {
      url: 'https://www.youtube.com/c/%E3%83%92%E3%82%AB%E3%82%AD%E3%83%B3',
      match: { kind: 'profile', handle: 'ヒカキン' },
    },
    {
      url: 'https://m.youtube.com/watch?v=hwMkbaS_M_c&feature=share',
      match: { kind: 'post', id: 'hwMkbaS_M_c' },
    },
    { url: 'https://www.youtube.com/live/7PIMiDcwNvc', match: { kind: 'post', id: '7PIMiDcwNvc' } },
    { url: 'https://music.youtube.com/watch?v=WXxV9g7lsFE', match: null },
    {
      url: 'https://consent.youtube.com/m?continue=https%3A%2F%2Fwww.youtube.com%2F%40kurzgesagt',
      match: null,
    },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  selectors: SELECTORS,
  apiCalls: API_CALLS,
  readApiAnswer,
});

// X (Twitter): profiles (/handle) and posts (/handle/status/ID). Sources, most stable first:
// GraphQL JSON (UserByScreenName, UserTweets…, TweetDetail: 2026 and legacy schemas; see
// x-graphql.ts), JSON-LD ProfilePage, meta tags (the crawler shell), then the rendered DOM's
// data-testid hooks (one post: x-article.ts).
import { exactCount } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { findLinks } from '../text/entities';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { type ApiReading, asUrl, type Extraction, ExtractionError, type UrlMatch } from './contract';
import { countIn } from './counts-in-text';
import { defineAdapter } from './define-adapter';
import { canonicalUrl, jsonLd, meta } from './embedded';
import { arr, at, type Json, num, obj, str } from './json-path';
import { pageLanguage } from './page-language';
import { PLATFORM_RECORDS } from './platform-records';
import { authorFromPost } from './post-author';
import { domSource, pick, pickAll, pickText, type SelectorList } from './selectors';
import { ARTICLE_SELECTORS, type ArticleReading, readArticle } from './x-article';
import {
  authorOf,
  operationOf,
  ownTimelinePosts,
  readGqlTweet,
  readGqlUser,
  requestVariables,
  screenNameOf,
  type TimelineTweet,
  timelineOwner,
  timelineTweets,
  tweetOf,
  USER_OPERATION,
  X_API_CALLS,
} from './x-graphql';

// data-testid hooks of the profile header, newest first (X's classes are generated and never used).
const SELECTORS = {
  ...ARTICLE_SELECTORS,
  profileName: [{ since: '2025-10', css: '[data-testid="UserName"]' }], // profile header (inside primaryColumn)
  profileBio: [{ since: '2025-12', css: '[data-testid="UserDescription"]' }],
  profileUrl: [{ since: '2025-12', css: '[data-testid="UserUrl"]' }],
} as const satisfies Record<string, SelectorList>;

const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'signup',
  'tos',
  'privacy',
  'hashtag',
  'intent',
  'share',
]);

function matchUrl(input: URL | string): UrlMatch | null {
  const url = asUrl(input);
  if (!url) return null;
  if (!PLATFORM_RECORDS.x.hosts.test(url.hostname)) return null;
  const [first = '', second, third = '', fourth = ''] = url.pathname.split('/').filter(Boolean);
  // /i/web/status/ID and /i/status/ID: a post whose address names no author (shared links, embeds).
  const bare = second === 'web' ? fourth : third;
  if (
    first === 'i' &&
    (second === 'status' || (second === 'web' && third === 'status')) &&
    /^\d+$/.test(bare)
  )
    return { kind: 'post', id: bare };
  if (!/^\w{1,15}$/.test(first) || RESERVED.has(first.toLowerCase())) return null;
  if (
    !second ||
    ['with_replies', 'media', 'likes', 'highlights', 'verified_followers', 'followers', 'following'].includes(
      second,
    )
  ) {
    return { kind: 'profile', handle: first };
  }
  if (second === 'status' && /^\d+$/.test(third)) return { kind: 'post', handle: first, id: third };
  return null;
}

// ---- pages ----------------------------------------------------------------------------------

function readProfileJsonLd(doc: Document, p: CreatorProfile): boolean {
  for (const block of jsonLd(doc)) {
    const person = obj(block.mainEntity);
    const handle = str(person?.additionalName);
    if (!person || !handle || handle.toLowerCase() !== p.handle.toLowerCase()) continue;
    p.handle = handle;
    p.sources.handle = 'jsonld:ProfilePage.mainEntity.additionalName';
    fill(p, 'displayName', str(person.name), 'jsonld:mainEntity.name');
    fill(p, 'bio', str(person.description), 'jsonld:mainEntity.description');
    // Schema.org naming trap: "Follows" counts followers, "Friends" counts following.
    for (const stat of arr(person.interactionStatistic)) {
      const count = exactCount(num(at(stat, 'userInteractionCount')) ?? -1);
      const name = str(at(stat, 'name'));
      if (name === 'Follows') fill(p, 'followers', count, 'jsonld:interactionStatistic[Follows]');
      if (name === 'Friends') fill(p, 'following', count, 'jsonld:interactionStatistic[Friends]');
      if (name === 'Tweets') fill(p, 'posts', count, 'jsonld:interactionStatistic[Tweets]');
    }
    const related = arr(block.relatedLink)
      .map(str)
      .filter((l): l is string => !!l && !l.startsWith('https://t.co/'));
    fill(p, 'links', related, 'jsonld:relatedLink');
    return true;
  }
  return false;
}

/** Link text as shown ("http://microlink.io"), which X expands from the t.co href. */
function shownLink(a: Element): string | null {
  const t = (a.textContent ?? '').replace(/\s+/g, '').replace(/…$/, '');
  if (!t || t.startsWith('@') || t.startsWith('#')) return null;
  return /^https?:\/\//.test(t) ? t : `https://${t}`;
}

function readProfileDom(doc: Document, p: CreatorProfile): void {
  const picked = pick(doc, SELECTORS.profileName);
  const header = picked?.element;
  const shownHandle = header ? /@(\w{1,15})/.exec(header.textContent ?? '')?.[1] : undefined;
  if (!picked || !header || !shownHandle || shownHandle.toLowerCase() !== p.handle.toLowerCase()) return;
  if (!p.sources.handle) {
    p.handle = shownHandle;
    p.sources.handle = domSource(picked);
  }
  // The badge slot of the header only: quoted posts further down carry their own badges.
  const badge = pick(header, SELECTORS.verified);
  fill(
    p,
    'verified',
    !!badge,
    `${domSource(picked)} ${(badge ?? { selector: SELECTORS.verified[0] }).selector.css}`,
  );
  const name = header.querySelector('span')?.textContent?.replace(/\s+/g, ' ').trim();
  fill(p, 'displayName', name, `${domSource(picked)} span`);
  const followersLink = doc.querySelector(
    `a[href$="/${shownHandle}/verified_followers" i], a[href$="/${shownHandle}/followers" i]`,
  );
  // One figure and X's word for it, in any interface language ("12.431 Follower", "1.2万 フォロワー").
  const locale = p.languageHint ?? undefined;
  const shown = countIn(followersLink?.textContent?.replace(/\s+/g, ' '), locale);
  if (p.followers && shown && !p.followers.display) p.followers = { ...p.followers, display: shown.display };
  else fill(p, 'followers', shown, 'dom:a[href$="/followers"]');
  const followingText = doc
    .querySelector(`a[href$="/${shownHandle}/following" i]`)
    ?.textContent?.replace(/\s+/g, ' ')
    .trim();
  fill(p, 'following', countIn(followingText, locale), 'dom:a[href$="/following"]');
  const bio = pickText(doc, SELECTORS.profileBio);
  fill(p, 'bio', bio?.text, bio?.source ?? '');
  const urlLink = pick(doc, SELECTORS.profileUrl);
  const bioLinks = [
    ...(urlLink ? [urlLink.element] : []),
    ...(bio ? bio.element.querySelectorAll('a[href^="https://t.co/"]') : []),
  ].map(shownLink);
  const links = [...p.links, ...bioLinks.filter((l): l is string => !!l)];
  // JSON-LD already gave the website; the DOM adds what the bio links expand to.
  const bare = (l: string) => l.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const unique = links.filter((l, i) => links.findIndex((m) => bare(m) === bare(l)) === i);
  if (unique.length > p.links.length) {
    p.links = unique;
    p.sources.links = `${p.sources.links ?? ''} + ${urlLink ? domSource(urlLink) : ''}, ${bio?.source ?? ''} a`;
  }
}

/**
 * The creator's own posts in the rendered timeline, in page order: reposts of others (another
 * author in the header) and ads of advertisers left out; a quote post counts once, the quoted
 * post is part of it.
 */
function readTimelineDom(doc: Document, p: CreatorProfile, locale: string | undefined): void {
  const found = pickAll(doc, SELECTORS.tweet);
  if (!found) return;
  const seen = new Set<string>();
  for (const article of found.elements) {
    const { post } = readArticle(article, locale);
    if (!post.id || seen.has(post.id) || post.authorHandle?.toLowerCase() !== p.handle.toLowerCase())
      continue;
    seen.add(post.id);
    p.recentPosts.push(post);
  }
  if (p.recentPosts.length) p.sources.recentPosts = domSource(found);
}

function readProfileMeta(doc: Document, p: CreatorProfile): void {
  // Crawler shell: og:title "#!/kiko/beats (@Kikobeats) on X", og:description = bio.
  const title = meta(doc, 'og:title');
  const m = title ? /^(.*) \(@(\w{1,15})\)/.exec(title) : null;
  if (!m || m[2]?.toLowerCase() !== p.handle.toLowerCase()) return;
  if (!p.sources.handle) {
    p.handle = m[2]!;
    p.sources.handle = 'meta:og:title';
  }
  fill(p, 'displayName', m[1], 'meta:og:title');
  const bio = meta(doc, 'og:description');
  if (fill(p, 'bio', bio, 'meta:og:description') && bio)
    fill(
      p,
      'links',
      findLinks(bio).map((l) => l.text),
      'meta:og:description links',
    );
}

/** The post the URL names among the rendered articles (a post page also renders replies). */
function focalArticle(
  doc: Document,
  id: string | undefined,
  locale: string | undefined,
): ArticleReading | null {
  const readings = (pickAll(doc, SELECTORS.tweet)?.elements ?? []).map((a) => readArticle(a, locale));
  return readings.find((r) => id && r.post.id === id) ?? readings[0] ?? null;
}

/** og:title quote: '<name> on X: "<text>" / X'. */
function ogCaption(doc: Document): string | null {
  const title = meta(doc, 'og:title');
  const m = title ? /^.*? on (?:X|Twitter): "([\s\S]*)"(?: \/ X)?$/.exec(title) : null;
  return m?.[1] ?? meta(doc, 'og:description');
}

/**
 * The caption with its original spacing: the meta text keeps it where the rendered text collapses
 * it, but may append the attached media's t.co link, so it is used only when it says the same.
 */
function readPostCaption(doc: Document, post: Post, metaIsCurrent: boolean): void {
  const og = metaIsCurrent ? ogCaption(doc) : null;
  if (!og || fill(post, 'caption', og, 'meta:og:title')) return;
  const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
  const bare = og.replace(/(?:\s+https:\/\/t\.co\/\w+)+$/, '');
  for (const [text, source] of [
    [og, 'meta:og:title (= tweetText)'],
    [bare, 'meta:og:title without media link (= tweetText)'],
  ] as const) {
    if (collapse(text) !== post.caption) continue;
    post.caption = text;
    post.sources.caption = source;
    return;
  }
}

// ---- entry points ---------------------------------------------------------------------------

function postResult(post: Post, author: CreatorProfile): Extraction {
  if (!post.caption && !post.likes && !post.authorHandle) {
    throw new ExtractionError(
      'no_creator_data',
      'X post: no post data found (no tweet in the JSON, no article[data-testid=tweet], no og:title).',
    );
  }
  authorFromPost(author, post);
  readCaptionEntities(post);
  return { kind: 'post', post, author };
}

function extract(doc: Document, url: URL): Extraction {
  const match = matchUrl(url);
  if (!match) throw new ExtractionError('unsupported_url', `Not an X profile or post URL: ${url.href}`);
  const canonical = canonicalUrl(doc);
  const canonicalMatch = canonical ? matchUrl(canonical) : null;
  const lang = pageLanguage(doc);
  if (match.kind === 'profile') {
    const p = newProfile('x', match.handle ?? '?', '');
    p.languageHint = lang; // the interface language, which words the header's figures
    readProfileJsonLd(doc, p);
    readProfileDom(doc, p);
    readProfileMeta(doc, p);
    readTimelineDom(doc, p, lang ?? undefined);
    const sameProfile =
      canonicalMatch?.kind === 'profile' && canonicalMatch.handle?.toLowerCase() === p.handle.toLowerCase();
    p.url = sameProfile && canonical ? canonical : PLATFORM_RECORDS.x.profileAt(p.handle);
    p.sources.url = sameProfile ? 'dom:link[rel=canonical] / og:url' : 'url';
    if (!p.displayName && !p.followers && !p.bio) {
      throw new ExtractionError(
        'no_creator_data',
        `X profile @${p.handle}: no profile data found (no JSON-LD ProfilePage, no [data-testid=UserName], no og:title).`,
      );
    }
    return { kind: 'profile', profile: p };
  }
  const focal = focalArticle(doc, match.id, lang ?? undefined);
  const post = focal?.post ?? newPost();
  const author = newProfile('x', match.handle ?? '?', '');
  if (focal) {
    const user = SELECTORS.tweetUser[0].css;
    fill(author, 'displayName', focal.authorName, `dom:${user} span`);
    fill(author, 'verified', focal.authorVerified, `dom:${user} ${SELECTORS.verified[0].css}`);
  }
  const metaIsCurrent = canonicalMatch?.id === match.id;
  readPostCaption(doc, post, metaIsCurrent);
  if (metaIsCurrent) {
    const m =
      /^(.*) \(@(\w{1,15})\) on X$/.exec(meta(doc, 'og:title') ?? '') ??
      /^(.*?) on X:/.exec(meta(doc, 'og:title') ?? '');
    fill(author, 'displayName', m?.[1], 'meta:og:title');
    fill(post, 'authorHandle', m?.[2], 'meta:og:title');
  }
  if (!post.caption && !post.likes && !post.authorHandle) {
    throw new ExtractionError(
      'no_creator_data',
      `X post ${match.id}: no article[data-testid=tweet] for it and no og:title (still loading, or the layout changed).`,
    );
  }
  fill(post, 'authorHandle', match.handle, 'url');
  post.id = match.id ?? null;
  post.sources.id = 'url';
  post.url = metaIsCurrent && canonical ? canonical : url.href;
  author.languageHint = lang;
  return postResult(post, author);
}

function recognizesJson(json: Json): boolean {
  return !!(
    at(json, 'data', 'user', 'result') ||
    at(json, 'data', 'threaded_conversation_with_injections_v2') ||
    at(json, 'data', 'tweetResult') ||
    at(json, 'data', 'user_result')
  );
}

/** The creator a GraphQL user object describes, with their own posts among `tweets`. */
function ownerProfile(
  user: Record<string, Json>,
  tweets: readonly TimelineTweet[],
  src: string,
): CreatorProfile | null {
  const p = newProfile('x', '?', '');
  readGqlUser(user, p, src);
  if (p.handle === '?') return null;
  p.recentPosts = ownTimelinePosts(tweets, user);
  if (p.recentPosts.length) p.sources.recentPosts = `${src}: timeline entries by them (retweets left out)`;
  return p;
}

/** A user object with facts in it (UserTweets' data.user.result holds only the timeline). */
function userFacts(user: Record<string, Json> | undefined): Record<string, Json> | undefined {
  return user && (obj(user.core) || obj(user.legacy)) ? user : undefined;
}

function extractFromJson(json: Json, url?: URL): Extraction {
  const match = url ? matchUrl(url) : null;
  const tweets = timelineTweets(json);
  const single = tweetOf(at(json, 'data', 'tweetResult', 'result'));
  if (single)
    tweets.unshift({
      tweet: single,
      entryId: `tweet-${str(single.rest_id)}`,
      pinned: false,
      promoted: false,
    });
  const user = obj(at(json, 'data', 'user', 'result') ?? at(json, 'data', 'user_result', 'result'));
  // A profile address, or a user answer with no tweets: the creator with their posts. Without an
  // address a timeline reads as its focal (pinned) tweet, its author's own posts alongside.
  if (match?.kind === 'profile' || (!match && !tweets.length && user)) {
    const facts = userFacts(user);
    // Whose timeline: the address's creator; without one, the pinned (else first) tweet's author.
    const first = tweets.find((t) => t.pinned) ?? tweets[0];
    const handle = match?.handle ?? screenNameOf(facts) ?? screenNameOf(first && authorOf(first.tweet));
    const owner = timelineOwner(tweets, { handle });
    const base = facts ?? owner;
    const profile = base
      ? ownerProfile(base, owner ? tweets : [], facts ? 'json:data.user.result' : 'json:<author>')
      : null;
    if (!profile || (match?.handle && profile.handle.toLowerCase() !== match.handle.toLowerCase()))
      throw new ExtractionError(
        'no_creator_data',
        `X JSON: no user and no tweets by @${handle ?? '?'} (data.user.result, timeline instructions).`,
      );
    return { kind: 'profile', profile };
  }
  const focal =
    tweets.find((t) => match?.id && t.tweet.rest_id === match.id) ??
    tweets.find((t) => t.pinned) ??
    tweets[0];
  if (!focal)
    throw new ExtractionError(
      'no_creator_data',
      'X JSON has no user (data.user.result) and no tweets (timeline instructions, tweetResult).',
    );
  const author = newProfile('x', '?', '');
  const facts = userFacts(user);
  if (facts) readGqlUser(facts, author, 'json:data.user.result');
  const authorUser = authorOf(focal.tweet);
  if (authorUser) readGqlUser(authorUser, author, `json:${focal.entryId}.core.user_results.result`);
  const post = readGqlTweet(focal.tweet, `json:${focal.entryId}.tweet_results.result`);
  post.pinned = focal.pinned;
  if (focal.promoted) fill(post, 'paidPartnership', true, `json:${focal.entryId}.promotedMetadata`);
  if (authorUser) author.recentPosts = ownTimelinePosts(tweets, authorUser);
  if (author.recentPosts.length) author.sources.recentPosts = 'json: timeline entries by the author';
  return postResult(post, author);
}

/** One answer X's web app loaded (see X_API_CALLS): the user lookup or a profile timeline page. */
function readApiAnswer(json: unknown, requestUrl: URL, pageUrl: URL): ApiReading | null {
  const operation = operationOf(requestUrl);
  if (!operation) return null;
  const src = `json:${operation}`;
  if (operation === USER_OPERATION) {
    const user = obj(at(json, 'data', 'user', 'result'));
    const profile = user ? ownerProfile(user, [], `${src}.data.user.result`) : null;
    return profile ? { handle: profile.handle, profile, posts: [] } : null;
  }
  const tweets = timelineTweets(json);
  // The timeline's owner: the account the request asked for, else the creator whose page is open.
  const owner = timelineOwner(tweets, {
    id: str(requestVariables(requestUrl).userId),
    handle: matchUrl(pageUrl)?.handle,
  });
  if (!owner) return null;
  const profile = ownerProfile(owner, tweets, `${src}.<author>.core.user_results.result`);
  return profile ? { handle: profile.handle, profile, posts: profile.recentPosts } : null;
}

export const x = defineAdapter('x', {
  examples: [
    { url: 'https://x.com/kikobeats', match: { kind: 'profile', handle: 'kikobeats' } },
    {
      url: 'https://twitter.com/XDevelopers/with_replies',
      match: { kind: 'profile', handle: 'XDevelopers' },
    },
    {
      url: 'https://x.com/realDonaldTrump/status/1222907250383245320',
      match: { kind: 'post', handle: 'realDonaldTrump', id: '1222907250383245320' },
    },
    {
      url: 'https://mobile.twitter.com/verge/status/957383241714970624?s=20',
      match: { kind: 'post', handle: 'verge', id: '957383241714970624' },
    },
    {
      url: 'https://x.com/verge/status/957383241714970624/photo/1',
      match: { kind: 'post', handle: 'verge', id: '957383241714970624' },
    },
    {
      url: 'https://x.com/verge/status/957383241714970624/analytics',
      match: { kind: 'post', handle: 'verge', id: '957383241714970624' },
    },
    {
      url: 'https://x.com/i/web/status/957383241714970624',
      match: { kind: 'post', id: '957383241714970624' },
    },
    {
      url: 'https://twitter.com/i/status/957383241714970624',
      match: { kind: 'post', id: '957383241714970624' },
    },
    { url: 'https://x.com/kikobeats/media', match: { kind: 'profile', handle: 'kikobeats' } },
    { url: 'https://x.com/i/bookmarks', match: null },
    { url: 'https://x.com/kikobeats/lists', match: null },
    { url: 'https://x.com/home', match: null },
    { url: 'https://x.com/i/flow/login', match: null },
    { url: 'https://x.com/search?q=troupe', match: null },
  ],
  matchUrl,
  extract,
  recognizesJson,
  extractFromJson,
  selectors: SELECTORS,
  apiCalls: X_API_CALLS,
  readApiAnswer,
});

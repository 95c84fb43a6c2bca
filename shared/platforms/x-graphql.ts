// X's web GraphQL answers: the user (UserByScreenName, old `legacy` and 2026 `core`/
// `relationship_counts` shapes) and the profile timelines (UserTweets, UserTweetsAndReplies,
// UserMedia), read the same way from a live request and from a saved file. The JSON is untrusted
// (a page can forge it): every read is optional, lists are capped, nothing throws.
import { exactCount } from '../counts/parse-count';
import type { Count, CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost } from './blank-records';
import type { ApiCall } from './contract';
import { arr, at, findAll, type Json, num, obj, str } from './json-path';
import { PLATFORM_RECORDS } from './platform-records';
import { mediaFormat } from './x-article';

/** The profile timelines and the user lookup; ids in the path rotate, the operation names do not. */
const TIMELINE_OPERATIONS = ['UserTweets', 'UserTweetsAndReplies', 'UserMedia'] as const;
export const USER_OPERATION = 'UserByScreenName';
const OPERATIONS = [...TIMELINE_OPERATIONS, USER_OPERATION];
const PATH = `^/i/api/graphql/[^/]+/(?:${OPERATIONS.join('|')})$`;

export const X_API_CALLS: readonly ApiCall[] = [
  { host: 'x.com', path: PATH, operations: OPERATIONS },
  { host: 'twitter.com', path: PATH, operations: OPERATIONS },
];

/** The operation a request URL names ("UserTweets"), when it is one of ours. */
export function operationOf(requestUrl: URL): string | null {
  if (!/^(?:www\.)?(?:x|twitter)\.com$/.test(requestUrl.hostname)) return null;
  if (!new RegExp(PATH).test(requestUrl.pathname)) return null;
  return requestUrl.pathname.split('/').at(-1) ?? null;
}

/** The request's `variables` (userId, screen_name); empty when absent or not JSON. */
export function requestVariables(requestUrl: URL): Record<string, Json> {
  try {
    return obj(JSON.parse(requestUrl.searchParams.get('variables') ?? '')) ?? {};
  } catch {
    return {};
  }
}

// A timeline page holds 20–40 entries; a forged answer gets no further than this.
const MAX_ITEMS = 200;
const MAX_LOOKED = 5 * MAX_ITEMS;

function unescapeHtml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Fri Feb 06 21:09:45 +0000 2026" → "2026-02-06T21:09:45Z" (worked out, not left to Date's parser). */
function isoFromTwitterDate(s: string | undefined): string | null {
  const m = s ? /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(s) : null;
  const month = m ? MONTHS.indexOf(m[1]!) : -1;
  if (!m || month < 0) return null;
  const offsetMinutes = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * 60 + Number(m[8]));
  const time = Date.UTC(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  const d = new Date(time - offsetMinutes * 60_000);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().replace('.000Z', 'Z');
}

const count = (v: Json): Count | null => {
  const n = num(v);
  return n === undefined ? null : exactCount(n);
};

/** The user object's handle: `core.screen_name` (2026), `legacy.screen_name` (before). */
export function screenNameOf(user: Json): string | undefined {
  return str(at(user, 'core', 'screen_name')) ?? str(at(user, 'legacy', 'screen_name'));
}

/** Profile facts of a GraphQL user object, both shapes; `src` is where the object sits. */
export function readGqlUser(u: Record<string, Json>, p: CreatorProfile, src: string): void {
  const legacy = obj(u.legacy) ?? {};
  // Each fact where the 2026 shape keeps it, else where the `legacy` block did.
  const read = (fresh: Json, freshPath: string, old: string): [Json, string] =>
    fresh !== undefined && fresh !== null
      ? [fresh, `${src}.${freshPath}`]
      : [legacy[old], `${src}.legacy.${old}`];
  const [handle, handleSource] = read(at(u, 'core', 'screen_name'), 'core.screen_name', 'screen_name');
  if (typeof handle === 'string' && /^\w{1,15}$/.test(handle)) {
    p.handle = handle;
    p.sources.handle = handleSource;
    if (!p.url) {
      p.url = PLATFORM_RECORDS.x.profileAt(handle);
      p.sources.url = 'derived:screen_name';
    }
  }
  const [name, nameSource] = read(at(u, 'core', 'name'), 'core.name', 'name');
  fill(p, 'displayName', str(name), nameSource);
  for (const [field, fresh, freshPath, old] of [
    [
      'followers',
      at(u, 'relationship_counts', 'followers'),
      'relationship_counts.followers',
      'followers_count',
    ],
    [
      'following',
      at(u, 'relationship_counts', 'following'),
      'relationship_counts.following',
      'friends_count',
    ],
    ['posts', at(u, 'tweet_counts', 'tweets'), 'tweet_counts.tweets', 'statuses_count'],
  ] as const) {
    const [value, source] = read(fresh, freshPath, old);
    fill(p, field, count(value), source);
  }
  // The checkmark: blue (paid) or an organisation/government type; verification.verified is the
  // legacy flag only.
  const verified =
    u.is_blue_verified === true ||
    !!str(at(u, 'verification', 'verified_type')) ||
    at(u, 'verification', 'verified') === true ||
    legacy.verified === true;
  if ('is_blue_verified' in u || 'verification' in u || 'verified' in legacy)
    fill(p, 'verified', verified, `${src}.is_blue_verified/verification`);
  const [bio, bioSource] = read(
    at(u, 'profile_bio', 'description'),
    'profile_bio.description',
    'description',
  );
  fill(p, 'bio', typeof bio === 'string' ? unescapeHtml(bio) : undefined, bioSource);
  const urls = [
    ...arr(at(u, 'profile_bio', 'entities', 'url', 'urls')),
    ...arr(at(legacy, 'entities', 'url', 'urls')),
  ]
    .map((x) => str(at(x, 'expanded_url')))
    .filter((x): x is string => !!x);
  fill(p, 'links', [...new Set(urls)], `${src}.profile_bio.entities.url.urls[].expanded_url`);
  fill(
    p,
    'category',
    str(at(u, 'professional', 'category', 0, 'name')),
    `${src}.professional.category[0].name`,
  );
}

/** The tweet inside a tweet_results.result (unwrapping TweetWithVisibilityResults). */
export function tweetOf(result: Json): Record<string, Json> | undefined {
  const r = obj(result);
  const tweet = r?.__typename === 'TweetWithVisibilityResults' ? obj(r.tweet) : r;
  // Tombstones and unavailable tweets carry no id.
  return tweet && str(tweet.rest_id) ? tweet : undefined;
}

/** The author's user object (core.user_results.result), unwrapped the same way. */
export function authorOf(t: Record<string, Json>): Record<string, Json> | undefined {
  return obj(at(t, 'core', 'user_results', 'result'));
}

/** The author's numeric id: the user object's rest_id, else legacy.user_id_str. */
function authorIdOf(t: Record<string, Json>): string | undefined {
  return str(authorOf(t)?.rest_id) ?? str(at(t, 'legacy', 'user_id_str'));
}

/** A repost of someone else's tweet: the original sits under retweeted_status_result. */
function isRetweet(t: Record<string, Json>): boolean {
  return !!(at(t, 'legacy', 'retweeted_status_result') ?? t.retweeted_status_result);
}

/** A Post from a GraphQL tweet; `src` is where the tweet sits in the answer. */
export function readGqlTweet(t: Record<string, Json>, src: string): Post {
  const post = newPost();
  const legacy = obj(t.legacy) ?? {};
  fill(post, 'id', str(t.rest_id), `${src}.rest_id`);
  fill(post, 'authorHandle', screenNameOf(authorOf(t)), `${src}.core.user_results.result.core.screen_name`);
  const text = str(at(t, 'note_tweet', 'note_tweet_results', 'result', 'text')) ?? str(legacy.full_text);
  fill(post, 'caption', text === undefined ? undefined : unescapeHtml(text), `${src}.legacy.full_text`);
  fill(post, 'likes', count(legacy.favorite_count), `${src}.legacy.favorite_count`);
  fill(post, 'comments', count(legacy.reply_count), `${src}.legacy.reply_count`);
  const reposts = num(legacy.retweet_count);
  const quotes = num(legacy.quote_count);
  if (reposts !== undefined || quotes !== undefined)
    fill(post, 'shares', count((reposts ?? 0) + (quotes ?? 0)), `${src}.legacy.retweet_count+quote_count`);
  fill(post, 'views', count(at(t, 'views', 'count')), `${src}.views.count`);
  if (fill(post, 'postedAt', isoFromTwitterDate(str(legacy.created_at)), `${src}.legacy.created_at`))
    post.postedAtPrecision = 'time';
  const entities = obj(legacy.entities);
  if (entities) {
    const texts = (list: Json, key: string) => [
      ...new Set(
        arr(list)
          .map((h) => str(at(h, key)))
          .filter((h): h is string => !!h),
      ),
    ];
    post.hashtags = texts(entities.hashtags, 'text');
    post.mentions = texts(entities.user_mentions, 'screen_name');
    post.sources.hashtags = `${src}.legacy.entities.hashtags`;
    post.sources.mentions = `${src}.legacy.entities.user_mentions`;
  }
  const media = arr(at(legacy, 'extended_entities', 'media')).map((m) => str(at(m, 'type')));
  const hasVideo = media.some((type) => type === 'video' || type === 'animated_gif');
  post.format = mediaFormat(hasVideo, media.filter((type) => type === 'photo').length);
  post.sources.format = `${src}.legacy.extended_entities.media[].type`;
  if (post.id && post.authorHandle) post.url = `https://x.com/${post.authorHandle}/status/${post.id}`;
  return post;
}

/** One tweet of a timeline answer, with what its entry says about it. */
export interface TimelineTweet {
  tweet: Record<string, Json>;
  entryId: string;
  pinned: boolean;
  /** X's own promotion mark: the entry's promotedMetadata, the tweet's promoted_content, a "promoted-…" entry id. */
  promoted: boolean;
}

// Where each answer keeps its instructions (2026 `timeline`, older `timeline_v2`, TweetDetail).
const INSTRUCTION_PATHS: (string | number)[][] = [
  ['data', 'user', 'result', 'timeline', 'timeline', 'instructions'],
  ['data', 'user', 'result', 'timeline_v2', 'timeline', 'instructions'],
  ['data', 'threaded_conversation_with_injections_v2', 'instructions'],
];

function instructionsOf(json: Json): Json[] {
  for (const path of INSTRUCTION_PATHS) {
    const found = at(json, ...path);
    if (Array.isArray(found)) return found;
  }
  return findAll(json, 'instructions', 20_000).flatMap(arr);
}

/**
 * Every tweet in a timeline answer, in order: TimelinePinEntry's entry, TimelineAddEntries'
 * entries (single tweets and modules: profile-conversation-…, profile-grid-… with items[]),
 * TimelineAddToModule's moduleItems (UserMedia's later pages).
 */
export function timelineTweets(json: Json): TimelineTweet[] {
  const out: TimelineTweet[] = [];
  // Entries and module items looked at, tweets or not (cursors, who-to-follow users).
  let looked = 0;
  const add = (entryId: string, content: Json, pinEntry: boolean) => {
    looked++;
    const tweet = tweetOf(at(content, 'tweet_results', 'result'));
    if (!tweet || out.length >= MAX_ITEMS) return;
    out.push({
      tweet,
      entryId,
      pinned: pinEntry || str(at(content, 'socialContext', 'contextType')) === 'Pin',
      promoted:
        !!obj(at(content, 'promotedMetadata')) ||
        !!obj(tweet.promoted_content ?? at(tweet, 'legacy', 'promoted_content')) ||
        /^promoted-/.test(entryId),
    });
  };
  for (const instruction of instructionsOf(json)) {
    const pinEntry = str(at(instruction, 'type')) === 'TimelinePinEntry';
    const single = obj(at(instruction, 'entry'));
    for (const entry of [...arr(at(instruction, 'entries')), ...(single ? [single] : [])]) {
      if (looked >= MAX_LOOKED) return out;
      const entryId = str(at(entry, 'entryId')) ?? '';
      add(entryId, at(entry, 'content', 'itemContent'), pinEntry);
      for (const item of arr(at(entry, 'content', 'items')).slice(0, MAX_LOOKED))
        add(str(at(item, 'entryId')) ?? entryId, at(item, 'item', 'itemContent'), pinEntry);
    }
    for (const item of arr(at(instruction, 'moduleItems')).slice(0, MAX_LOOKED))
      add(str(at(item, 'entryId')) ?? '', at(item, 'item', 'itemContent'), false);
  }
  return out;
}

/** Whose timeline this is: the author with the requested id, else the one the page is about. */
export function timelineOwner(
  tweets: readonly TimelineTweet[],
  want: { id?: string; handle?: string },
): Record<string, Json> | undefined {
  const handle = want.handle?.toLowerCase();
  for (const { tweet } of tweets) {
    const author = authorOf(tweet);
    if (!author) continue;
    if (want.id ? authorIdOf(tweet) === want.id : screenNameOf(author)?.toLowerCase() === handle)
      return author;
  }
  return undefined;
}

/**
 * The owner's own posts, in the answer's order, each once: reposts of others and other people's
 * tweets (the parents in a replies module, promoted entries of advertisers) left out.
 */
export function ownTimelinePosts(tweets: readonly TimelineTweet[], owner: Record<string, Json>): Post[] {
  const id = str(owner.rest_id);
  const handle = screenNameOf(owner)?.toLowerCase();
  const seen = new Set<string>();
  const posts: Post[] = [];
  for (const { tweet, entryId, pinned, promoted } of tweets) {
    if (isRetweet(tweet)) continue;
    const byOwner = id ? authorIdOf(tweet) === id : screenNameOf(authorOf(tweet))?.toLowerCase() === handle;
    if (!byOwner) continue;
    const post = readGqlTweet(tweet, `json:${entryId}.tweet_results.result`);
    if (!post.id || seen.has(post.id)) continue;
    seen.add(post.id);
    post.pinned = pinned;
    if (promoted) fill(post, 'paidPartnership', true, `json:${entryId}.promotedMetadata`);
    posts.push(post);
  }
  return posts;
}

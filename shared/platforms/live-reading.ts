// What the web app's own API answers add to the page reading, as pure functions. The answers are
// forwarded by the page-world script and so may be forged by the page: they only ever add to the
// card's reading of the open creator. They fill profile fields the page reading lacks and add posts
// it did not have (deduplicated by id, a bounded number); a figure the page reading observed is
// never overwritten, and an answer about another creator is dropped. The content script keeps the
// accumulation (addApiReading); the background merges it with the page reading (mergeLive) when it
// assesses, so the content script on every page ships only the first half.

import type { CreatorProfile, LiveStreamSeen, Post } from '../schemas/profile';
import type { ApiReading, Extraction } from './contract';

/** Posts kept from answers per page: a few scroll pages, enough for a stable median. */
export const MAX_LIVE_POSTS = 60;
/** Profile records kept from answers (they are a handful per page: the profile call, a header…). */
const MAX_LIVE_PROFILES = 8;

export interface Tagged<T> {
  /** The creator the answer was about, lower case without "@"; null when it did not say. */
  handle: string | null;
  value: T;
}

/** The answers' facts seen since the page was opened, in arrival order. */
export interface LiveReading {
  profiles: readonly Tagged<CreatorProfile>[];
  posts: readonly Tagged<Post>[];
}

export const EMPTY_LIVE_READING: LiveReading = { profiles: [], posts: [] };

function normal(handle: string | null | undefined): string | null {
  const h = handle?.replace(/^@/, '').trim().toLowerCase();
  return h ? h : null;
}

function postKey(post: Post): string | null {
  return post.id ? `id:${post.id}` : post.url ? `url:${post.url}` : null;
}

/**
 * Adds one answer's reading. `openHandle` is the creator of the open page when known (from its URL
 * or page reading): an answer naming anyone else is dropped. Returns `live` itself when the answer
 * added nothing, so callers can skip a re-assessment.
 */
export function addApiReading(
  live: LiveReading,
  reading: ApiReading,
  openHandle: string | null,
): LiveReading {
  const handle = normal(reading.handle ?? reading.profile?.handle);
  const open = normal(openHandle);
  if (handle && open && handle !== open) return live;
  const seen = new Set(live.posts.map((p) => postKey(p.value)));
  const posts = [...live.posts];
  for (const post of reading.posts) {
    if (posts.length >= MAX_LIVE_POSTS) break;
    // Without an id or URL a post cannot be told apart from the same post sent again.
    const key = postKey(post);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    posts.push({ handle, value: post });
  }
  const profiles =
    reading.profile && live.profiles.length < MAX_LIVE_PROFILES
      ? [...live.profiles, { handle, value: reading.profile }]
      : live.profiles;
  if (posts.length === live.posts.length && profiles === live.profiles) return live;
  return { profiles, posts };
}

/** Fields an answer may fill; identity, capture time and provenance stay the page reading's. */
const KEPT = new Set([
  'platform',
  'handle',
  'url',
  'recentPosts',
  'capturedAt',
  'selfReported',
  'sources',
  'live', // latest wins: see withLatestStream
]);
const KEPT_POST = new Set(['id', 'url', 'sources']);

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

/** `base` with its empty fields filled from `others` in order (the first that has one wins). */
function fillFrom<T extends { sources: Record<string, string> }>(
  base: T,
  others: readonly T[],
  kept: Set<string>,
): T {
  let out: T | null = null;
  for (const other of others) {
    for (const [field, value] of Object.entries(other)) {
      if (kept.has(field) || isEmpty(value) || !isEmpty((out ?? base)[field as keyof T])) continue;
      out ??= { ...base, sources: { ...base.sources } };
      (out as Record<string, unknown>)[field] = value;
      out.sources[field] = other.sources[field] ?? 'api';
    }
  }
  return out ?? base;
}

/**
 * `base` with the stream the answers saw last: viewers change while a stream runs, so a later
 * answer's figure replaces an earlier one's (the first to name the start or title keeps it). A
 * stream the page itself showed is kept.
 */
function withLatestStream(base: CreatorProfile, others: readonly CreatorProfile[]): CreatorProfile {
  if (base.live) return base;
  let live: LiveStreamSeen | null = null as LiveStreamSeen | null;
  let source: string | undefined;
  for (const other of others) {
    if (!other.live) continue;
    live = {
      viewers: other.live.viewers ?? live?.viewers ?? null,
      startedAt: live?.startedAt ?? other.live.startedAt,
      title: live?.title ?? other.live.title,
    };
    source = other.sources.live ?? 'api';
  }
  return live ? { ...base, live, sources: { ...base.sources, live: source ?? 'api' } } : base;
}

export interface LiveMerge {
  extraction: Extraction;
  /** How many of the creator's recent posts came from the answers rather than the page itself. */
  livePosts: number;
}

/**
 * The page reading with the answers' facts about the same creator added: empty profile fields
 * filled, each post the page has filled where it lacks a figure, and the answers' other posts
 * appended up to MAX_LIVE_POSTS.
 */
export function mergeLive(extraction: Extraction, live: LiveReading): LiveMerge {
  const creator = extraction.kind === 'post' ? extraction.author : extraction.profile;
  const own = normal(creator.handle);
  const mine = <T>(t: Tagged<T>) => t.handle === null || t.handle === own;
  const posts = live.posts.filter(mine).map((t) => t.value);
  const profiles = live.profiles.filter(mine).map((t) => t.value);
  if (posts.length === 0 && profiles.length === 0) return { extraction, livePosts: 0 };

  const byKey = new Map<string, Post>();
  for (const post of posts) byKey.set(postKey(post) as string, post);
  const withFigures = (post: Post) => {
    const key = postKey(post);
    const same = key ? byKey.get(key) : undefined;
    return same ? fillFrom(post, [same], KEPT_POST) : post;
  };
  const pagePosts = creator.recentPosts.map(withFigures);
  const known = new Set(pagePosts.map(postKey));
  const added = posts
    .filter((p) => !known.has(postKey(p)))
    .slice(0, Math.max(0, MAX_LIVE_POSTS - pagePosts.length));
  const profile = {
    ...withLatestStream(fillFrom(creator, profiles, KEPT), profiles),
    recentPosts: [...pagePosts, ...added],
  };
  const merged: Extraction =
    extraction.kind === 'post'
      ? { kind: 'post', post: withFigures(extraction.post), author: profile }
      : { kind: 'profile', profile };
  return { extraction: merged, livePosts: added.length };
}

/**
 * A reading from the answers alone, for a profile page whose markup could not be read (a web app
 * that renders everything from its API): only when an answer carried the profile of the creator
 * the URL names.
 */
export function liveOnly(live: LiveReading, openHandle: string | null): LiveMerge | null {
  const open = normal(openHandle);
  const first = open ? live.profiles.find((t) => t.handle === open) : undefined;
  if (!first) return null;
  return mergeLive({ kind: 'profile', profile: { ...first.value, recentPosts: [] } }, live);
}

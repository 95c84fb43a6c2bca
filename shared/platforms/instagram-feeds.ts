// A creator's recent posts as Instagram's web app loads them, embedded in the profile page's
// script JSON (first page) or answered to its own requests as the user scrolls:
// - the timeline connection `xdt_api__v1__feed__user_timeline_graphql_connection` (edges[].node,
//   v1 media shape) and the reels tab's `xdt_api__v1__clips__user__connection_v2`
//   (edges[].node.media), from /graphql/query or /api/graphql;
// - /api/v1/users/web_profile_info/ (data.user, legacy GraphQL nodes under
//   edge_owner_to_timeline_media, the shape window._sharedData carried until 2022);
// - /api/v1/feed/user/<id>/ and /api/v1/clips/user/ (items[], v1 media or {media}).
// Only the creator's own posts are kept: those they own, and collabs where they accepted to be a
// co-author (the post then sits on their grid too, under their name). Posts they are only tagged
// in, or that others posted with them as a guest, are left out.
import type { Post } from '../schemas/profile';
import { newPost, newProfile } from './blank-records';
import type { ApiCall, ApiReading } from './contract';
import { type MediaShape, mediaAuthors, readApiUser, readMedia } from './instagram-media';
import { arr, at, findAll, type Json, obj, str } from './json-path';
import { PLATFORM_RECORDS } from './platform-records';

/** At most this many posts are read from one answer (a forged answer may carry millions). */
export const MAX_POSTS = 200;

const TIMELINE = 'xdt_api__v1__feed__user_timeline_graphql_connection';
const CLIPS = 'xdt_api__v1__clips__user__connection_v2';

export const INSTAGRAM_API_CALLS: readonly ApiCall[] = [
  // GraphQL: the operation name travels in the request body (fb_api_req_friendly_name), not the
  // path, so every answer is read and dispatched on the connection it carries.
  { host: 'www.instagram.com', path: '^/graphql/query/?$' },
  { host: 'www.instagram.com', path: '^/api/graphql/?$' },
  { host: 'www.instagram.com', path: '^/api/v1/users/web_profile_info/?$' },
  { host: 'www.instagram.com', path: '^/api/v1/feed/user/[^/]+/(?:username/)?$' },
  { host: 'www.instagram.com', path: '^/api/v1/clips/user/?$' },
];

interface Found {
  media: Record<string, Json>;
  shape: MediaShape;
  src: string;
  /** Which grid's pin list says the post is pinned: the main grid or the reels tab. */
  pinKey: 'timeline_pinned_user_ids' | 'clips_tab_pinned_user_ids' | 'pinned_for_users';
}

function isOwn(m: Json, handle: string, userId: string | undefined): boolean {
  const { owner, ownerId, coauthors } = mediaAuthors(m);
  const h = handle.toLowerCase();
  if (owner) return owner.toLowerCase() === h || coauthors.some((c) => c.toLowerCase() === h);
  // web_profile_info nodes may carry only the owner's id.
  return !!userId && ownerId === userId;
}

function toPost(f: Found, userId: string | undefined): Post {
  const post = newPost();
  readMedia(f.media, f.shape, post, f.src);
  const pins = arr(f.media[f.pinKey]).map((p) => (obj(p) ? (str(at(p, 'id')) ?? '') : String(p)));
  const ownerId = mediaAuthors(f.media).ownerId ?? userId;
  if (pins.length > 0 && (!ownerId || pins.includes(ownerId))) {
    post.pinned = true;
    post.sources.pinned = `${f.src}.${f.pinKey}`;
  }
  if (post.id) post.url = `https://www.instagram.com/p/${post.id}/`;
  return post;
}

/**
 * Every media object an answer carries, in answer order. An API answer has its connection at
 * `data.<name>`; a page's script blob nests it deep inside `require` arrays (`deep`).
 */
function mediaIn(json: Json, deep = false): Found[] {
  const found: Found[] = [];
  const data = at(json, 'data') ?? json;
  const connections = (key: string) => (deep ? findAll(json, key) : [at(data, key)]);
  /** The media at `node` in each of a connection's edges. */
  const edgeMedia = (conn: Json, node: string[], shape: MediaShape, src: string, pinKey: Found['pinKey']) =>
    arr(at(conn, 'edges')).forEach((e, i) => {
      const media = obj(at(e, ...node));
      if (media) found.push({ media, shape, src: `${src}.edges[${i}].${node.join('.')}`, pinKey });
    });
  for (const conn of connections(TIMELINE))
    edgeMedia(conn, ['node'], 'v1', `json:${TIMELINE}`, 'timeline_pinned_user_ids');
  for (const conn of connections(CLIPS))
    edgeMedia(conn, ['node', 'media'], 'v1', `json:${CLIPS}`, 'clips_tab_pinned_user_ids');
  const user = obj(at(json, 'data', 'user')) ?? obj(at(json, 'graphql', 'user'));
  for (const key of ['edge_owner_to_timeline_media', 'edge_felix_video_timeline'])
    edgeMedia(at(user, key), ['node'], 'graphql', `json:user.${key}`, 'pinned_for_users');
  arr(at(json, 'items')).forEach((item, i) => {
    // /api/v1/clips/user/ wraps each media as {media}; /api/v1/feed/user/ does not.
    const wrapped = obj(at(item, 'media'));
    const media = wrapped ?? obj(item);
    if (media && str(media.code))
      found.push({
        media,
        shape: 'v1',
        src: wrapped ? `json:items[${i}].media` : `json:items[${i}]`,
        pinKey: wrapped ? 'clips_tab_pinned_user_ids' : 'timeline_pinned_user_ids',
      });
  });
  return found.slice(0, MAX_POSTS);
}

/** The user record an answer states outright (web_profile_info, the profile query, feed/user). */
function statedUser(json: Json): Record<string, Json> | undefined {
  const user = obj(at(json, 'data', 'user')) ?? obj(at(json, 'graphql', 'user')) ?? obj(at(json, 'user'));
  return str(user?.username) ? user : undefined;
}

/**
 * Whose posts these are: the stated user, else the open page's creator when any post is theirs,
 * else the owner most posts share (the live pipeline then drops the reading as someone else's).
 */
function ownerOf(
  found: Found[],
  user: Record<string, Json> | undefined,
  pageHandle: string | undefined,
): string | null {
  if (user) return str(user.username)!;
  if (pageHandle && found.some((f) => isOwn(f.media, pageHandle, undefined))) return pageHandle;
  const tally = new Map<string, number>();
  for (const f of found) {
    const owner = mediaAuthors(f.media).owner;
    if (owner) tally.set(owner, (tally.get(owner) ?? 0) + 1);
  }
  return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The creator's own posts in `json`, deduplicated by code (a post on both grids counts once). */
export function ownMedia(json: Json, handle: string, userId?: string, deep = false): Post[] {
  const seen = new Set<string>();
  const posts: Post[] = [];
  for (const f of mediaIn(json, deep)) {
    if (!isOwn(f.media, handle, userId)) continue;
    const post = toPost(f, userId);
    if (!post.id || seen.has(post.id)) continue;
    seen.add(post.id);
    posts.push(post);
  }
  return posts;
}

/** One answer as a reading about the creator it describes; null when it carries neither. */
export function readFeedAnswer(json: Json, pageHandle: string | undefined): ApiReading | null {
  const user = statedUser(json);
  const found = mediaIn(json);
  const handle = ownerOf(found, user, pageHandle);
  if (!handle) return null;
  const profile = newProfile('instagram', handle, PLATFORM_RECORDS.instagram.profileAt(handle));
  if (user) readApiUser(user, profile, 'json:user');
  else {
    // Each media repeats its owner (name, badge): the first own post gives those facts.
    const first = found.find((f) => mediaAuthors(f.media).owner?.toLowerCase() === handle.toLowerCase());
    const owner = obj(at(first?.media, 'user')) ?? obj(at(first?.media, 'owner'));
    if (owner) readApiUser(owner, profile, 'json:media.user');
  }
  const userId = mediaAuthors({ user }).ownerId;
  profile.recentPosts = ownMedia(json, profile.handle, userId);
  if (!user && profile.recentPosts.length === 0) return null;
  return { handle: profile.handle, profile, posts: profile.recentPosts };
}

/** True when `json` carries a creator's post list (not a single post's media info). */
export function isPostList(json: Json): boolean {
  const data = at(json, 'data');
  return !!(
    at(data, TIMELINE) ||
    at(data, CLIPS) ||
    at(data, 'user', 'edge_owner_to_timeline_media') ||
    (Array.isArray(at(json, 'items')) &&
      (at(json, 'next_max_id') !== undefined ||
        at(json, 'paging_info') ||
        obj(at(json, 'user')) ||
        arr(at(json, 'items')).length > 1))
  );
}

/** The first page of posts the profile page embeds in its script JSON (`require` blobs). */
export function embeddedPosts(doc: Document, handle: string): Post[] {
  const byId = new Map<string, Post>();
  for (const el of doc.querySelectorAll('script[type="application/json"]')) {
    const text = el.textContent ?? '';
    // Parse only the blobs that carry a post list (the page has dozens of multi-KB ones).
    if (!text.includes(TIMELINE) && !text.includes(CLIPS)) continue;
    try {
      for (const post of ownMedia(JSON.parse(text), handle, undefined, true))
        if (!byId.has(post.id!)) byId.set(post.id!, post);
    } catch {}
  }
  return [...byId.values()].slice(0, MAX_POSTS);
}

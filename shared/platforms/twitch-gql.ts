// Twitch's web GraphQL answers (POST https://gql.twitch.tv/gql). The web app batches operations:
// the answer is an array of {data, extensions: {operationName}} (a single object when one operation
// was sent, as the captures in ../shared store them). Operations are told apart by name, never by
// their persisted-query hash, which rotates with every deploy.
import { exactCount } from '../counts/parse-count';
import type { CreatorProfile, Post } from '../schemas/profile';
import { fill, newPost, newProfile } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import type { LiveStream } from './contract';
import { arr, at, type Json, num, obj, str } from './json-path';
import { PLATFORM_RECORDS } from './platform-records';

export const OPERATIONS = [
  'ChannelRoot_AboutPanel',
  'FilterableVideoTower_Videos',
  'ClipsCards__User',
  'ChannelShell',
  'StreamMetadata',
] as const;
type Operation = (typeof OPERATIONS)[number];
const KNOWN = new Set<string>(OPERATIONS);

// A batch holds a few dozen operations at most; a page that forges more gets the first ones read.
const MAX_OPERATIONS = 50;
const MAX_EDGES = 100;

/** What one batched answer says about Twitch channels, before it is narrowed to the open one. */
export interface GqlReading {
  /** Profile facts per channel login (lower case); '' when the operation names no login (AboutPanel). */
  profiles: Map<string, CreatorProfile>;
  /** Videos and clips in answer order, with their channel's login (lower case). */
  posts: { login: string; post: Post }[];
  /** Live streams per channel login (lower case; '' when unnamed). */
  live: Map<string, LiveStream>;
}

/** The known operations in an answer (a batch array or one object), in answer order. */
export function operationsIn(json: Json): { name: Operation; data: Json }[] {
  const entries = Array.isArray(json) ? json.slice(0, MAX_OPERATIONS) : [json];
  const out: { name: Operation; data: Json }[] = [];
  for (const entry of entries) {
    const name = str(at(entry, 'extensions', 'operationName'));
    if (name && KNOWN.has(name) && obj(at(entry, 'data')))
      out.push({ name: name as Operation, data: at(entry, 'data') });
  }
  return out;
}

const lower = (login: string | undefined) => login?.toLowerCase() ?? '';

function profileFor(reading: GqlReading, login: string | undefined): CreatorProfile {
  const key = lower(login);
  let p = reading.profiles.get(key);
  if (!p) {
    p = newProfile('twitch', login ?? '?', login ? PLATFORM_RECORDS.twitch.profileAt(key) : '');
    reading.profiles.set(key, p);
  }
  return p;
}

/** A channel's name, badge and login as a video or clip card names it (owner, broadcaster). */
function readOwner(reading: GqlReading, owner: Json, src: string): string {
  const login = str(at(owner, 'login'));
  if (!login) return '';
  const p = profileFor(reading, login);
  fill(p, 'displayName', str(at(owner, 'displayName')), `${src}.displayName`);
  const partner = at(owner, 'roles', 'isPartner');
  if (typeof partner === 'boolean') fill(p, 'verified', partner, `${src}.roles.isPartner`);
  return lower(login);
}

function readAboutPanel(reading: GqlReading, data: Json): void {
  const user = obj(at(data, 'user'));
  if (!user) return;
  const src = 'json:ChannelRoot_AboutPanel.user';
  const p = profileFor(reading, str(user.login));
  fill(p, 'displayName', str(user.displayName), `${src}.displayName`);
  fill(p, 'bio', str(user.description), `${src}.description`);
  const followers = num(at(user, 'followers', 'totalCount'));
  fill(p, 'followers', followers === undefined ? null : exactCount(followers), `${src}.followers.totalCount`);
  // Twitch shows its check mark on Partner channels.
  const partner = at(user, 'roles', 'isPartner');
  if (typeof partner === 'boolean') fill(p, 'verified', partner, `${src}.roles.isPartner`);
  const links = arr(at(user, 'channel', 'socialMedias'))
    .map((s) => str(at(s, 'url')))
    .filter((u): u is string => !!u && /^https?:\/\//.test(u));
  fill(p, 'links', [...new Set(links)], `${src}.channel.socialMedias`);
}

function basePost(node: Json, id: string, url: string, src: string): Post {
  const post = newPost();
  post.id = id;
  post.url = url;
  post.sources.id = src;
  const views = num(at(node, 'viewCount'));
  if (views !== undefined) {
    post.views = exactCount(views);
    post.sources.views = `${src}.viewCount`;
  }
  const title = str(at(node, 'title'));
  if (title) {
    post.caption = title;
    post.sources.caption = `${src}.title`;
    readCaptionEntities(post);
  }
  return post;
}

function dated(post: Post, iso: string | undefined, src: string): void {
  if (!iso || !Number.isFinite(Date.parse(iso))) return;
  post.postedAt = iso;
  post.postedAtPrecision = 'time';
  post.sources.postedAt = src;
}

function readVideos(reading: GqlReading, data: Json): void {
  const src = 'json:FilterableVideoTower_Videos.user.videos.edges[].node';
  for (const edge of arr(at(data, 'user', 'videos', 'edges')).slice(0, MAX_EDGES)) {
    const node = at(edge, 'node');
    const id = str(at(node, 'id'));
    if (!id || !/^\d+$/.test(id)) continue;
    const login = readOwner(reading, at(node, 'owner'), `${src}.owner`);
    const post = basePost(node, id, `https://www.twitch.tv/videos/${id}`, src);
    // Past broadcasts are recorded streams; highlights and uploads are videos.
    post.format = str(at(node, 'broadcastType')) === 'ARCHIVE' ? 'live' : 'video';
    dated(post, str(at(node, 'publishedAt')), `${src}.publishedAt`);
    if (login) post.authorHandle = str(at(node, 'owner', 'login')) ?? null;
    reading.posts.push({ login, post });
  }
}

function readClips(reading: GqlReading, data: Json): void {
  const src = 'json:ClipsCards__User.user.clips.edges[].node';
  for (const edge of arr(at(data, 'user', 'clips', 'edges')).slice(0, MAX_EDGES)) {
    const node = at(edge, 'node');
    const slug = str(at(node, 'slug'));
    if (!slug || !/^[\w-]+$/.test(slug)) continue;
    // The channel is the broadcaster; the curator is whoever cut the clip.
    const login = readOwner(reading, at(node, 'broadcaster'), `${src}.broadcaster`);
    const post = basePost(node, slug, `https://clips.twitch.tv/${slug}`, `${src}.slug`);
    post.format = 'clip';
    dated(post, str(at(node, 'createdAt')), `${src}.createdAt`);
    if (login) post.authorHandle = str(at(node, 'broadcaster', 'login')) ?? null;
    reading.posts.push({ login, post });
  }
}

function readStream(reading: GqlReading, user: Json, src: string): void {
  const u = obj(user);
  if (!u) return;
  const login = str(u.login);
  if (login) {
    const p = profileFor(reading, login);
    fill(p, 'displayName', str(u.displayName), `${src}.displayName`);
  }
  const stream = obj(u.stream);
  if (!stream) return;
  const startedAt = str(stream.createdAt);
  const fresh: LiveStream = {
    viewers: num(stream.viewersCount) ?? null,
    startedAt: startedAt && Number.isFinite(Date.parse(startedAt)) ? startedAt : null,
    title: str(at(u, 'broadcastSettings', 'title')) ?? str(at(u, 'lastBroadcast', 'title')) ?? null,
  };
  const key = lower(login);
  reading.live.set(key, mergeLive(reading.live.get(key), fresh) ?? fresh);
  profileFor(reading, login).sources.live ??= `${src}.stream`;
}

/** A stream as the profile keeps it: concurrent viewers as a count, never a post's views or followers. */
export function streamSeen(live: LiveStream): NonNullable<CreatorProfile['live']> {
  return { ...live, viewers: live.viewers === null ? null : exactCount(live.viewers) };
}

/** ChannelShell knows the viewers, StreamMetadata also when the stream started and its title. */
export function mergeLive(
  a: LiveStream | null | undefined,
  b: LiveStream | null | undefined,
): LiveStream | null {
  if (!a || !b) return a ?? b ?? null;
  return {
    viewers: a.viewers ?? b.viewers,
    startedAt: a.startedAt ?? b.startedAt,
    title: a.title ?? b.title,
  };
}

/** Everything the known operations of one answer carry, grouped by channel login. */
export function readGql(json: Json): GqlReading {
  const reading: GqlReading = { profiles: new Map(), posts: [], live: new Map() };
  for (const { name, data } of operationsIn(json)) {
    if (name === 'ChannelRoot_AboutPanel') readAboutPanel(reading, data);
    else if (name === 'FilterableVideoTower_Videos') readVideos(reading, data);
    else if (name === 'ClipsCards__User') readClips(reading, data);
    else if (name === 'ChannelShell')
      readStream(reading, at(data, 'userOrError'), 'json:ChannelShell.userOrError');
    else readStream(reading, at(data, 'user'), 'json:StreamMetadata.user');
  }
  return reading;
}

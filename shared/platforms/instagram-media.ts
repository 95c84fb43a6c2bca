// Instagram's two media shapes and its user record, read the same way wherever they arrive: the
// private-API / today's web shape (v1: `code`, `taken_at`, `like_count`, `caption.text`, `user`;
// /media/<id>/info, /api/v1/feed/user/, the timeline and clips GraphQL connections) and the legacy
// GraphQL node (`shortcode`, `taken_at_timestamp`, `edge_*` counts, `owner`; window._sharedData,
// web_profile_info). Untrusted JSON: every read is optional.
import { exactCount } from '../counts/parse-count';
import type { Count, CreatorProfile, Post } from '../schemas/profile';
import { fill, isoFromEpoch } from './blank-records';
import { readCaptionEntities } from './caption-entities';
import { arr, at, type Json, num, obj, str } from './json-path';

const count = (v: Json): Count | null => exactCount(num(v) ?? -1);

const usernames = (list: Json): string[] =>
  arr(list)
    .map((u) => str(at(u, 'username')))
    .filter((u): u is string => !!u);

/** Who published a media object: its owner, and the co-authors who accepted a collab invitation. */
export function mediaAuthors(m: Json): {
  owner: string | undefined;
  ownerId: string | undefined;
  coauthors: string[];
} {
  const owner = obj(at(m, 'user')) ?? obj(at(m, 'owner'));
  return {
    owner: str(owner?.username),
    ownerId: str(owner?.pk) ?? str(owner?.id) ?? (num(owner?.pk) ?? num(owner?.id))?.toString(),
    coauthors: usernames(at(m, 'coauthor_producers')),
  };
}

/**
 * The platform's paid-partnership label: `is_paid_partnership`, or brand sponsor tags ("Paid
 * partnership with …") on either shape. A present false with no sponsor is the platform saying no.
 */
function paidLabel(m: Record<string, Json>): boolean | undefined {
  const sponsors = arr(m.sponsor_tags).length + arr(at(m, 'edge_media_to_sponsor_user', 'edges')).length;
  if (m.is_paid_partnership === true || sponsors > 0) return true;
  if (m.is_paid_partnership === false) return false;
  return undefined;
}

/** Instagram's two shapes of a media object: v1 (today's web JSON, the private API) and legacy GraphQL. */
export type MediaShape = 'v1' | 'graphql';

/** A media object of either shape into `post`. */
export function readMedia(m: Record<string, Json>, shape: MediaShape, post: Post, src: string): void {
  if (shape === 'v1') readApiMedia(m, post, src);
  else readGraphqlMedia(m, post, src);
}

/** A v1 media object (today's web JSON and the private API) into `post`. */
function readApiMedia(m: Record<string, Json>, post: Post, src: string): void {
  fill(post, 'id', str(m.code), `${src}.code`);
  fill(post, 'caption', str(at(m, 'caption', 'text')), `${src}.caption.text`);
  // An owner who hides like counts: whatever number rides along is not what people see.
  if (m.like_and_view_counts_disabled !== true) {
    fill(post, 'likes', count(m.like_count), `${src}.like_count`);
    fill(post, 'views', count(m.play_count ?? m.ig_play_count ?? m.view_count), `${src}.play_count`);
  }
  fill(post, 'comments', count(m.comment_count), `${src}.comment_count`);
  if (fill(post, 'postedAt', isoFromEpoch(num(m.taken_at)), `${src}.taken_at`))
    post.postedAtPrecision = 'time';
  fill(post, 'paidPartnership', paidLabel(m), `${src}.is_paid_partnership/sponsor_tags`);
  const media = num(m.media_type);
  post.format =
    media === 8 ? 'carousel' : media === 2 ? (m.product_type === 'clips' ? 'short' : 'video') : 'image';
  fill(post, 'authorHandle', mediaAuthors(m).owner, `${src}.user.username`);
  readCaptionEntities(post);
}

/** A legacy GraphQL media node (window._sharedData, web_profile_info) into `post`. */
function readGraphqlMedia(m: Record<string, Json>, post: Post, src: string): void {
  fill(post, 'id', str(m.shortcode), `${src}.shortcode`);
  fill(
    post,
    'caption',
    str(at(m, 'edge_media_to_caption', 'edges', 0, 'node', 'text')),
    `${src}.edge_media_to_caption`,
  );
  fill(
    post,
    'likes',
    count(at(m, 'edge_media_preview_like', 'count') ?? at(m, 'edge_liked_by', 'count')),
    `${src}.edge_media_preview_like.count`,
  );
  fill(
    post,
    'comments',
    count(at(m, 'edge_media_to_parent_comment', 'count') ?? at(m, 'edge_media_to_comment', 'count')),
    `${src}.edge_media_to_parent_comment.count`,
  );
  fill(post, 'views', count(m.video_view_count), `${src}.video_view_count`);
  if (fill(post, 'postedAt', isoFromEpoch(num(m.taken_at_timestamp)), `${src}.taken_at_timestamp`))
    post.postedAtPrecision = 'time';
  fill(post, 'paidPartnership', paidLabel(m), `${src}.is_paid_partnership/edge_media_to_sponsor_user`);
  post.format =
    m.__typename === 'GraphSidecar'
      ? 'carousel'
      : m.is_video
        ? m.product_type === 'clips'
          ? 'short'
          : 'video'
        : 'image';
  fill(post, 'authorHandle', mediaAuthors(m).owner, `${src}.owner.username`);
  readCaptionEntities(post);
}

/** A user record (v1 `user`, GraphQL `owner`, web_profile_info `data.user`) into the profile. */
export function readApiUser(u: Record<string, Json>, p: CreatorProfile, src: string): void {
  if (str(u.username)) {
    p.handle = str(u.username)!;
    p.sources.handle = `${src}.username`;
  }
  fill(p, 'displayName', str(u.full_name), `${src}.full_name`);
  if (typeof u.is_verified === 'boolean') fill(p, 'verified', u.is_verified, `${src}.is_verified`);
  fill(p, 'bio', str(u.biography), `${src}.biography`);
  const links = [...arr(u.bio_links).map((l) => str(at(l, 'url'))), str(u.external_url)].filter(
    (l): l is string => !!l,
  );
  fill(p, 'links', [...new Set(links)], `${src}.bio_links/external_url`);
  fill(
    p,
    'category',
    str(u.category) ?? str(u.category_name) ?? str(u.business_category_name),
    `${src}.category`,
  );
  fill(
    p,
    'followers',
    count(u.follower_count ?? at(u, 'edge_followed_by', 'count')),
    `${src}.follower_count`,
  );
  fill(p, 'following', count(u.following_count ?? at(u, 'edge_follow', 'count')), `${src}.following_count`);
  fill(
    p,
    'posts',
    count(u.media_count ?? at(u, 'edge_owner_to_timeline_media', 'count')),
    `${src}.media_count`,
  );
}

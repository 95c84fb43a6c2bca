// A post's hashtags and mentions as its caption writes them, for the sources that do not list them
// as entities of their own (TikTok's textExtra and X's legacy.entities do, and win).
import type { Post } from '../schemas/profile';
import { hashtagsOf, mentionsOf } from '../text/entities';

/** Reads the caption's hashtags and mentions into the post, unless a reader took the platform's own. */
export function readCaptionEntities(post: Post): void {
  if (!post.caption || post.sources.hashtags) return;
  post.hashtags = hashtagsOf(post.caption);
  post.mentions = mentionsOf(post.caption);
}

// A post page's author as far as the post names them: many post pages carry the author's handle
// only on the post itself (its author link, its URL), so the author record takes it from there.
import type { CreatorProfile, Post } from '../schemas/profile';
import { PLATFORM_RECORDS } from './platform-records';

/** Names an author nothing else named ("?") by the post's handle, and gives them their profile address. */
export function authorFromPost(author: CreatorProfile, post: Post): void {
  if (author.handle === '?' && post.authorHandle) author.handle = post.authorHandle;
  if (!author.url) author.url = PLATFORM_RECORDS[author.platform].profileAt(author.handle);
}

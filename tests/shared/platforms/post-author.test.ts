import { describe, expect, it } from 'vitest';
import { newPost, newProfile } from '../../../shared/platforms/blank-records';
import { PLATFORM_RECORDS } from '../../../shared/platforms/platform-records';
import { authorFromPost } from '../../../shared/platforms/post-author';
import { PLATFORMS } from '../../../shared/schemas/enums';

describe('authorFromPost', () => {
  it.each(PLATFORMS)(
    'names an unnamed %s author by the post and gives them their profile address',
    (platform) => {
      const author = newProfile(platform, '?', '');
      authorFromPost(author, { ...newPost(), authorHandle: 'lenamakes' });
      expect(author.handle).toBe('lenamakes');
      expect(author.url).toBe(PLATFORM_RECORDS[platform].profileAt('lenamakes'));
    },
  );

  it('keeps a handle and an address the page already gave', () => {
    const author = newProfile('x', 'LenaMakes', 'https://x.com/LenaMakes');
    authorFromPost(author, { ...newPost(), authorHandle: 'someone_else' });
    expect(author).toMatchObject({ handle: 'LenaMakes', url: 'https://x.com/LenaMakes' });
  });

  it('leaves the handle unknown when the post does not name one', () => {
    const author = newProfile('tiktok', '?', '');
    authorFromPost(author, newPost());
    expect(author.handle).toBe('?');
  });
});

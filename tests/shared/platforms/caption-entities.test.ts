import { describe, expect, it } from 'vitest';
import { newPost } from '../../../shared/platforms/blank-records';
import { readCaptionEntities } from '../../../shared/platforms/caption-entities';

const captioned = (caption: string | null) => ({ ...newPost(), caption });

describe('readCaptionEntities', () => {
  it("reads the caption's hashtags and mentions", () => {
    const post = captioned('New mugs with @claystudio.co #ad #ceramics, mail me at lena@example.com');
    readCaptionEntities(post);
    expect(post.hashtags).toEqual(['ad', 'ceramics']);
    expect(post.mentions).toEqual(['claystudio.co']);
  });

  it("keeps the platform's own entities when a reader took them", () => {
    const post = captioned('#ad with @brand');
    post.hashtags = ['ad', 'sponsored'];
    post.mentions = [];
    post.sources.hashtags = 'json:textExtra[].hashtagName';
    readCaptionEntities(post);
    expect(post.hashtags).toEqual(['ad', 'sponsored']);
    expect(post.mentions).toEqual([]);
  });

  it('leaves a post without a caption as it was', () => {
    const post = captioned(null);
    readCaptionEntities(post);
    expect(post).toEqual(captioned(null));
  });
});

import { describe, expect, it } from 'vitest';
import {
  isPlatformUrl,
  platformOfUrl,
  uncheckedUrls,
  withCheckedUrls,
} from '../../../shared/platforms/platform-urls';
import { postWith, profileWith } from '../score/make-profile';

describe('platformOfUrl', () => {
  it.each([
    ['https://www.instagram.com/lena.makes/', 'instagram'],
    ['https://m.instagram.com/p/abc/', 'instagram'],
    ['https://www.tiktok.com/@lena.makes/video/1', 'tiktok'],
    ['https://youtu.be/abc', 'youtube'],
    ['https://music.youtube.com/@x', 'youtube'],
    ['https://x.com/lena', 'x'],
    ['https://twitter.com/lena/status/1', 'x'],
    ['https://clips.twitch.tv/Abc', 'twitch'],
  ])('%s is %s', (url, platform) => {
    expect(platformOfUrl(url)).toBe(platform);
  });

  it.each([
    'javascript:alert(document.domain)',
    'JavaScript://www.instagram.com/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://www.instagram.com/lena.makes/',
    'https://www.instagram.com.evil.example/lena/',
    'https://evilinstagram.com/lena/',
    'https://user:pass@www.instagram.com/lena/',
    'not a url',
    '',
  ])('%s belongs to no platform', (url) => {
    expect(platformOfUrl(url)).toBeNull();
  });

  it('an address of one platform is not one of another', () => {
    expect(isPlatformUrl('https://www.tiktok.com/@lena', 'instagram')).toBe(false);
    expect(isPlatformUrl(null, 'instagram')).toBe(false);
  });
});

describe('withCheckedUrls', () => {
  it('replaces a planted profile address by the canonical one and drops planted post addresses and links', () => {
    const planted = profileWith({
      handle: 'lena.makes',
      url: 'javascript:alert(1)',
      links: ['https://lena.example/', 'javascript:alert(2)', 'http://shop.example/'],
      recentPosts: [
        postWith({ url: 'javascript:alert(3)' }),
        postWith({ url: 'https://www.instagram.com/p/ok/' }),
      ],
    });
    const checked = withCheckedUrls(planted);
    expect(checked.url).toBe('https://www.instagram.com/lena.makes/');
    expect(checked.recentPosts.map((p) => p.url)).toEqual([null, 'https://www.instagram.com/p/ok/']);
    expect(checked.links).toEqual(['https://lena.example/', 'http://shop.example/']);
    expect(uncheckedUrls(planted)).toEqual(['profile.url', 'profile.recentPosts.0.url', 'profile.links.1']);
    expect(uncheckedUrls(checked)).toEqual([]);
  });

  it('returns a clean profile as it is', () => {
    const clean = profileWith({ handle: 'someone' });
    expect(withCheckedUrls(clean)).toBe(clean);
  });
});

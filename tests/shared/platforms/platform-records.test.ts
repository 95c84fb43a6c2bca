import { describe, expect, it } from 'vitest';
import { ADAPTER_OF, ADAPTERS, extractPage } from '../../../shared/platforms/index';
import { PLATFORM_RECORDS, platformNames, profileUrl } from '../../../shared/platforms/platform-records';
import { PLATFORMS } from '../../../shared/schemas/enums';

describe('one record per platform', () => {
  it('has a record and an adapter for every platform, in PLATFORMS order', () => {
    expect(Object.keys(PLATFORM_RECORDS)).toEqual([...PLATFORMS]);
    expect(ADAPTERS.map((a) => a.platform)).toEqual([...PLATFORMS]);
  });

  it.each(PLATFORMS)('the %s adapter carries its record', (platform) => {
    const { name, hosts, matches, profileAt } = ADAPTER_OF[platform];
    expect({ name, hosts, matches, profileAt }).toEqual(PLATFORM_RECORDS[platform]);
  });

  it.each(PLATFORMS)("every %s example the adapter claims is on the record's hosts", (platform) => {
    const claimed = ADAPTER_OF[platform].examples.filter((e) => e.match !== null);
    expect(claimed.length).toBeGreaterThan(0);
    for (const example of claimed)
      expect(PLATFORM_RECORDS[platform].hosts.test(new URL(example.url).hostname), example.url).toBe(true);
  });

  it.each(PLATFORMS)('the %s adapter claims no URL off its hosts', (platform) => {
    const adapter = ADAPTER_OF[platform];
    for (const example of adapter.examples.filter((e) => e.match !== null)) {
      const moved = new URL(example.url);
      moved.hostname = `${moved.hostname}.example`;
      expect(adapter.matchUrl(moved), moved.href).toBeNull();
    }
  });

  it.each(PLATFORMS)("the %s profile address is read back as that creator's profile", (platform) => {
    const url = profileUrl(platform, '@lenamakes');
    expect(ADAPTER_OF[platform].matchUrl(url)).toEqual({ kind: 'profile', handle: 'lenamakes' });
  });

  it('keeps the profile addresses the roster stored before the records', () => {
    expect(PLATFORMS.map((p) => profileUrl(p, 'lena makes'))).toEqual([
      'https://www.instagram.com/lena%20makes/',
      'https://www.tiktok.com/@lena%20makes',
      'https://www.youtube.com/@lena%20makes',
      'https://x.com/lena%20makes',
      'https://www.twitch.tv/lena%20makes',
    ]);
  });

  it('names the platforms in prose from the records', () => {
    expect(platformNames()).toBe('Instagram, TikTok, YouTube, X or Twitch');
    expect(platformNames('and')).toBe('Instagram, TikTok, YouTube, X and Twitch');
    expect(() => extractPage(document, new URL('https://example.com/'))).toThrow(
      'Not a creator profile or post URL on Instagram, TikTok, YouTube, X or Twitch: https://example.com/',
    );
  });
});

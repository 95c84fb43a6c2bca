import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../shared/schemas/enums';
import { BASIS, bandFor, ER_BANDS, engagementOf, median } from '../../../shared/score/engagement';
import { n, postWith, profileWith } from './make-profile';

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%j -> %s', (values, expected) => {
    expect(median([...values])).toBe(expected);
  });
});

describe('engagementOf', () => {
  it('Instagram: (likes + comments) / followers, median, sample size', () => {
    const posts = [100, 200, 10_000].map((likes) => postWith({ likes: n(likes), comments: n(0) }));
    const e = engagementOf(profileWith({ followers: n(10_000), recentPosts: posts }), 'micro');
    expect(e.basis).toBe('followers');
    expect(e.median).toBeCloseTo(0.02); // the viral post does not carry it
    expect(e.sampleSize).toBe(3);
    expect(e.reach).toBeNull();
    expect(e.position).toBe('within');
  });

  it('TikTok: (likes + comments + shares) / views, and views per follower as reach', () => {
    const post = postWith({ views: n(10_000), likes: n(800), comments: n(100), shares: n(100) });
    const e = engagementOf(
      profileWith({ platform: 'tiktok', followers: n(5_000), recentPosts: [post] }),
      'nano',
    );
    expect(e.basis).toBe('views');
    expect(e.median).toBeCloseTo(0.1);
    expect(e.reach).toBeCloseTo(2);
  });

  it('Twitch: chat messages over average viewers', () => {
    const post = postWith({ views: n(200), comments: n(900) });
    const e = engagementOf(
      profileWith({ platform: 'twitch', followers: n(5_000), recentPosts: [post] }),
      'nano',
    );
    expect(e.basis).toBe('chat');
    expect(e.median).toBeCloseTo(4.5);
    expect(e.band).toBeNull();
    expect(e.position).toBeNull();
  });

  it.each([
    ['no followers on a followers basis', profileWith({ recentPosts: [postWith({ likes: n(5) })] })],
    ['zero followers', profileWith({ followers: n(0), recentPosts: [postWith({ likes: n(5) })] })],
    ['no counts on posts', profileWith({ followers: n(1000), recentPosts: [postWith()] })],
    [
      'zero views',
      profileWith({ platform: 'youtube', recentPosts: [postWith({ views: n(0), likes: n(1) })] }),
    ],
  ])('unmeasurable: %s', (_, profile) => {
    const e = engagementOf(profile, 'nano');
    expect(e.median).toBeNull();
    expect(e.sampleSize).toBe(0);
    expect(e.position).toBeNull();
  });

  it('every band cites a source and is ordered', () => {
    for (const table of Object.values(ER_BANDS)) {
      for (const band of Object.values(table)) {
        expect(band.low).toBeLessThan(band.high);
        expect(band.source).toMatch(/\d{4}/);
      }
    }
  });

  it.each(Object.keys(BASIS) as Platform[])('%s: band for every known tier or none at all', (platform) => {
    const bands = (['nano', 'micro', 'mid', 'macro', 'mega'] as const).map((t) => bandFor(platform, t));
    expect(bands.every((b) => b === null) || bands.every((b) => b !== null)).toBe(true);
    expect(bandFor(platform, 'unknown')).toBeNull();
  });

  it('Instagram bands fall as accounts grow (HypeAuditor, Later x Fohr)', () => {
    const ig = ER_BANDS.instagram!;
    expect(ig.nano.high).toBeGreaterThan(ig.micro.high);
    expect(ig.micro.high).toBeGreaterThan(ig.mega.high);
  });
});

// Each adapter on Troupe's own logged-in pages (tests/fixtures/pages), parsed by happy-dom like
// the extension's content script sees them, plus the JSON path and stale embedded state.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../shared/platforms/index';
import { instagram } from '../../../shared/platforms/instagram';
import { tiktok } from '../../../shared/platforms/tiktok';
import { x } from '../../../shared/platforms/x';
import { CreatorProfileSchema, PostSchema } from '../../../shared/schemas/profile';
import { OWN_PAGES, ownPage } from './own-pages';

function profileOf(platform: string) {
  const { doc, url } = ownPage(platform, 'profile');
  const e = extractPage(doc, url);
  if (e.kind !== 'profile') throw new Error('expected a profile');
  return e.profile;
}

function postOf(platform: string) {
  const { doc, url } = ownPage(platform, 'post');
  const e = extractPage(doc, url);
  if (e.kind !== 'post') throw new Error('expected a post');
  return e;
}

describe('every own page validates against the shared schemas and records its sources', () => {
  for (const page of OWN_PAGES) {
    it(page.file, () => {
      const { doc, url } = ownPage(page.platform, page.kind);
      const e = extractPage(doc, url);
      expect(e.kind).toBe(page.kind);
      const profile = e.kind === 'profile' ? e.profile : e.author;
      expect(() => CreatorProfileSchema.parse(profile)).not.toThrow();
      expect(profile.platform).toBe(page.platform);
      for (const field of ['followers', 'displayName', 'bio', 'verified'] as const) {
        if (profile[field] !== null) expect(profile.sources[field], `${page.file} ${field}`).toBeTruthy();
      }
      if (e.kind === 'post') {
        expect(() => PostSchema.parse(e.post)).not.toThrow();
        // Every own post carries the platform's paid-partnership label.
        expect(e.post.paidPartnership, page.file).toBe(true);
        expect(e.post.sources.paidPartnership).toBeTruthy();
      }
    });
  }
});

describe('instagram', () => {
  it('reads the logged-in header: exact followers from the title attribute, verified badge, bio link', () => {
    const p = profileOf('instagram');
    expect(p).toMatchObject({
      handle: 'lena.makes',
      displayName: 'Lena Makes',
      verified: true,
      links: ['https://lenamakes.studio/shop'],
    });
    expect(p.followers).toEqual({ value: 12431, display: '12K', exact: true });
    expect(p.sources.followers).toContain('[title]');
    expect(p.following?.value).toBe(310);
    expect(p.posts?.value).toBe(208);
    expect(p.bio).toMatch(/^Ceramicist in Lisbon/);
  });

  it('reads a paid-partnership post from the embedded media JSON', () => {
    const { post, author } = postOf('instagram');
    expect(post).toMatchObject({
      id: 'DAbc123XyZ_',
      authorHandle: 'lena.makes',
      paidPartnership: true,
      postedAt: '2025-10-03T14:05:12Z',
      hashtags: ['ad', 'ceramics', 'pottery'],
      mentions: ['claybrand'],
    });
    expect(post.likes).toEqual({ value: 1024, display: null, exact: true });
    expect(author).toMatchObject({ handle: 'lena.makes', displayName: 'Lena Makes', verified: true });
  });

  it('falls back to the "Paid partnership" header label and meta tags without embedded JSON', () => {
    const { doc, url } = ownPage('instagram', 'post');
    for (const s of doc.querySelectorAll('script[type="application/json"]')) s.remove();
    const e = instagram.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.paidPartnership).toBe(true);
    expect(e.post.sources.paidPartnership).toContain('Paid partnership');
    expect(e.post.likes).toEqual({ value: 1024, display: '1,024', exact: true });
    expect(e.post.caption).toMatch(/^Spring glaze drop made with @claybrand/);
  });

  it('reads the private-API JSON shape', () => {
    const e = instagram.extractFromJson({
      items: [
        {
          code: 'Chm_-tPJqpd',
          caption: { text: 'Sunnyvale, mid-1950’s. #neon #1950’s' },
          like_count: 113,
          comment_count: 0,
          taken_at: 1661273501,
          is_paid_partnership: false,
          media_type: 8,
          user: { username: 'retrobayarea', full_name: 'Retro Bay Area', is_verified: false },
        },
      ],
    });
    expect(e.kind).toBe('post');
    if (e.kind !== 'post') return;
    expect(e.post).toMatchObject({
      authorHandle: 'retrobayarea',
      paidPartnership: false,
      hashtags: ['neon', '1950'],
      postedAt: '2022-08-23T16:51:41Z',
      format: 'carousel',
      url: 'https://www.instagram.com/p/Chm_-tPJqpd/',
    });
  });
});

describe('tiktok', () => {
  it('prefers exact statsV2 over rounded stats and keeps the shown figure as display', () => {
    const p = profileOf('tiktok');
    expect(p.followers).toEqual({ value: 48213, display: '48.2K', exact: true });
    expect(p).toMatchObject({
      handle: 'lena.makes',
      displayName: 'Lena Makes',
      verified: true,
      links: ['lenamakes.studio'],
      countryHint: 'PT',
    });
    // A recent post with adLabelVersion 0 and isAd false: the platform says "not paid".
    expect(p.recentPosts[0]).toMatchObject({
      id: '7419876543210987654',
      paidPartnership: false,
      hashtags: ['pottery', 'asmr'],
    });
  });

  it('marks round figures of 10,000 or more as estimates and reads adLabelVersion as the paid label', () => {
    const { post, author } = postOf('tiktok');
    expect(post.likes).toEqual({ value: 25500, display: '25.5K', exact: false });
    expect(post.views?.exact).toBe(false);
    expect(post.comments).toEqual({ value: 146, display: '146', exact: true });
    expect(post.mentions).toEqual(['claybrand']);
    expect(post.hashtags).toEqual(['ceramics', 'pottery']);
    expect(post.postedAt).toBe('2025-10-09T08:53:20Z');
    expect(author.followers?.exact).toBe(false);
  });

  it('reads the sponsored tag when the JSON has no label', () => {
    const { doc, url } = ownPage('tiktok', 'post');
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    const e = tiktok.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post).toMatchObject({ paidPartnership: true, authorHandle: 'lena.makes' });
    expect(e.post.likes).toEqual({ value: 25500, display: '25.5K', exact: false });
  });

  it('after in-app navigation ignores the stale embedded state and reads the DOM', () => {
    const { doc } = ownPage('tiktok', 'profile');
    // The SPA rendered another creator; the embedded JSON still describes lena.makes.
    doc.querySelector('[data-e2e="user-title"]')!.textContent = 'potfan';
    doc.querySelector('[data-e2e="user-subtitle"]')!.textContent = 'Pot Fan';
    doc.querySelector('[data-e2e="followers-count"]')!.textContent = '1,024';
    doc.querySelector('[data-e2e="user-bio"]')!.textContent = 'I just like pots';
    const e = tiktok.extract(doc, new URL('https://www.tiktok.com/@potfan'));
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile).toMatchObject({ handle: 'potfan', displayName: 'Pot Fan', bio: 'I just like pots' });
    expect(e.profile.followers).toEqual({ value: 1024, display: '1,024', exact: true });
    expect(e.profile.sources.followers).toMatch(/^dom:/);
  });

  it('reads rehydration JSON on its own', () => {
    const { doc } = ownPage('tiktok', 'post');
    const json = JSON.parse(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent!);
    const e = tiktok.extractFromJson(json);
    expect(e.kind === 'post' && e.post.paidPartnership).toBe(true);
  });
});

describe('x', () => {
  it('reads JSON-LD exact counts, the header badge and expanded links', () => {
    const p = profileOf('x');
    expect(p).toMatchObject({ handle: 'lenamakes', displayName: 'Lena Makes', verified: true });
    expect(p.followers).toEqual({ value: 12431, display: '12.4K', exact: true });
    expect(p.following?.value).toBe(1204);
    expect(p.links).toEqual(['https://lenamakes.studio', 'https://lenamakes.studio/shop']);
  });

  it('reads a promoted post: exact counts from aria-labels, original spacing from og:title, the "Ad" label', () => {
    const { post, author } = postOf('x');
    expect(post.caption).toBe(
      'Satin white from @claybrand, cone 6, zero crazing.  Code LENA10 #ad #ceramics',
    );
    expect(post.likes).toEqual({ value: 1203, display: '1.2K', exact: true });
    expect(post.comments?.value).toBe(57);
    expect(post.views?.value).toBe(84210);
    expect(post).toMatchObject({
      postedAt: '2025-10-07T09:30:00.000Z',
      paidPartnership: true,
      format: 'image',
      mentions: ['claybrand'],
    });
    expect(author.verified).toBe(true);
  });

  it('reads GraphQL JSON (2026 user schema)', () => {
    const e = x.extractFromJson({
      data: {
        user: {
          result: {
            __typename: 'User',
            core: { screen_name: 'XDevelopers', name: 'Developers' },
            relationship_counts: { followers: 695695, following: 762 },
            tweet_counts: { tweets: 4319 },
            is_blue_verified: true,
            verification: { verified: false, verified_type: 'Business' },
            profile_bio: {
              description: 'The voice of the X Dev team',
              entities: { url: { urls: [{ expanded_url: 'https://docs.x.com/' }] } },
            },
            professional: { category: [{ name: 'Community' }] },
          },
        },
      },
    });
    expect(e.kind).toBe('profile');
    if (e.kind !== 'profile') return;
    expect(e.profile).toMatchObject({
      handle: 'XDevelopers',
      verified: true,
      links: ['https://docs.x.com/'],
      category: 'Community',
      url: 'https://x.com/XDevelopers',
    });
    expect(e.profile.followers).toEqual({ value: 695695, display: null, exact: true });
  });
});

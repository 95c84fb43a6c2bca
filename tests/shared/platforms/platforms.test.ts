// Each adapter on Troupe's own logged-in pages (tests/fixtures/pages), parsed by happy-dom like
// the extension's content script sees them, plus the JSON path and stale embedded state.
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../shared/platforms/contract';
import { extractPage } from '../../../shared/platforms/index';
import { youtube } from '../../../shared/platforms/youtube';
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

describe('youtube', () => {
  it('reads the page header view model', () => {
    const p = profileOf('youtube');
    expect(p).toMatchObject({
      handle: 'lenamakes',
      displayName: 'Lena Makes',
      verified: true,
      links: ['https://lenamakes.studio/'],
    });
    expect(p.followers).toEqual({ value: 86300, display: '86.3K subscribers', exact: false });
    expect(p.posts).toEqual({ value: 142, display: '142 videos', exact: true });
  });

  it('reads exact likes from the accessibility sentence and the paid-promotion overlay', () => {
    const { post, author } = postOf('youtube');
    expect(post.likes).toEqual({ value: 3914, display: '3.9K', exact: true });
    expect(post.views?.value).toBe(48213);
    expect(post).toMatchObject({
      authorHandle: 'lenamakes',
      paidPartnership: true,
      postedAt: '2025-10-09T08:00:06-07:00',
      hashtags: ['ad', 'ceramics'],
    });
    expect(post.sources.paidPartnership).toContain('paidContentOverlay');
    expect(author).toMatchObject({ displayName: 'Lena Makes', verified: true });
  });

  it('after navigating to another video reads the rendered watch page, not the stale JSON', () => {
    const { doc } = ownPage('youtube', 'post');
    const e = youtube.extract(doc, new URL('https://www.youtube.com/watch?v=ZZZZZZZZZZZ'));
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.id).toBe('ZZZZZZZZZZZ');
    expect(e.post.sources.likes).toMatch(/^dom:/);
    expect(e.post.sources.paidPartnership).toMatch(/^dom:/);
    expect(e.author.followers?.display).toBe('86.3K subscribers');
  });
});

describe('twitch', () => {
  it('reads the channel header and about panel', () => {
    const p = profileOf('twitch');
    expect(p).toMatchObject({ handle: 'lenamakes', displayName: 'LenaMakes', verified: true });
    expect(p.followers).toEqual({ value: 12400, display: '12.4K', exact: false });
    expect(p.links).toContain('https://lenamakes.studio');
  });

  it("reads the clip's own view count, not the recommendation rail's", () => {
    const { post } = postOf('twitch');
    expect(post.views).toEqual({ value: 31408, display: '31,408 views', exact: true });
    expect(post).toMatchObject({
      authorHandle: 'lenamakes',
      caption: 'Centering 5kg of clay',
      paidPartnership: true,
      format: 'clip',
    });
  });

  it('refuses JSON with a clear message', () => {
    expect(() =>
      extractPage(
        new DOMParser().parseFromString('<p>loading</p>', 'text/html'),
        new URL('https://clips.twitch.tv/Abc'),
      ),
    ).toThrow(ExtractionError);
  });
});

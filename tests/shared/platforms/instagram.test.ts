// The Instagram adapter: Troupe's own logged-in pages (tests/fixtures/pages/instagram), the real
// captured pages in ../shared (post pages and a logged-out profile; read from there, skipped when
// absent) and the web app's post lists. No real capture of today's post-list shapes is public:
// tests/fixtures/api/instagram-*.json are written by us from the documented shapes (the timeline
// and clips GraphQL connections, /api/v1/users/web_profile_info/, /api/v1/feed/user/<id>/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instagram } from '../../../shared/platforms/instagram';
import { MAX_POSTS } from '../../../shared/platforms/instagram-feeds';
import { CreatorProfileSchema } from '../../../shared/schemas/profile';
import { ownPage, ownPageFile } from './own-pages';
import { realCaptures } from './real-captures';

const real = realCaptures('instagram');

const answer = (name: string) =>
  JSON.parse(readFileSync(ownPageFile(`../api/instagram-${name}.json`), 'utf8')) as Record<string, unknown>;

const PAGE = new URL('https://www.instagram.com/lena.makes/');
const GRAPHQL = new URL('https://www.instagram.com/graphql/query');

function profileOf(doc: Document, url: URL) {
  const e = instagram.extract(doc, url);
  if (e.kind !== 'profile') throw new Error('expected a profile');
  return e.profile;
}

function postOf(doc: Document, url: URL) {
  const e = instagram.extract(doc, url);
  if (e.kind !== 'post') throw new Error('expected a post');
  return e;
}

describe('instagram pages', () => {
  it('reads the logged-in header: exact followers from the title attribute, verified badge, bio link', () => {
    const { doc, url } = ownPage('instagram', 'profile');
    const p = profileOf(doc, url);
    expect(p).toMatchObject({
      handle: 'lena.makes',
      displayName: 'Lena Makes',
      verified: true,
      links: ['https://lenamakes.studio/shop'],
    });
    expect(p.followers).toEqual({ value: 12431, display: '12K', exact: true });
    expect(p.sources.followers).toBe('dom:header a[href$="/followers/"] [title]');
    expect(p.following?.value).toBe(310);
    expect(p.posts?.value).toBe(208);
    expect(p.bio).toMatch(/^Ceramicist in Lisbon/);
  });

  it('reads a paid-partnership post from the embedded media JSON', () => {
    const { doc, url } = ownPage('instagram', 'post');
    const { post, author } = postOf(doc, url);
    expect(post).toMatchObject({
      id: 'DAbc123XyZ_',
      authorHandle: 'lena.makes',
      paidPartnership: true,
      postedAt: '2025-10-03T14:05:12Z',
      postedAtPrecision: 'time',
      hashtags: ['ad', 'ceramics', 'pottery'],
      mentions: ['claybrand'],
    });
    expect(post.likes).toEqual({ value: 1024, display: null, exact: true });
    expect(author).toMatchObject({ handle: 'lena.makes', displayName: 'Lena Makes', verified: true });
  });

  it('falls back to the "Paid partnership" header label and meta tags without embedded JSON', () => {
    const { doc, url } = ownPage('instagram', 'post');
    for (const s of doc.querySelectorAll('script[type="application/json"]')) s.remove();
    const { post } = postOf(doc, url);
    expect(post.paidPartnership).toBe(true);
    expect(post.sources.paidPartnership).toBe('dom:article header "Paid partnership"');
    expect(post.likes).toEqual({ value: 1024, display: '1,024', exact: true });
    expect(post.caption).toMatch(/^Spring glaze drop made with @claybrand/);
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

  it("reads the grid's first page from the profile page's embedded script JSON", () => {
    const { doc, url } = ownPage('instagram', 'profile');
    // How the logged-in page embeds it: a data-sjs blob whose ScheduledServerJS/__bbox payload
    // carries the preloaded PolarisProfilePostsQuery result.
    const blob = {
      require: [
        [
          'ScheduledServerJS',
          'handle',
          null,
          [
            {
              __bbox: {
                require: [
                  [
                    'RelayPrefetchedStreamCache',
                    'next',
                    [],
                    [
                      'adp_PolarisProfilePostsQueryRelayPreloader_6789abcd',
                      { __bbox: { complete: true, result: answer('timeline') } },
                    ],
                  ],
                ],
              },
            },
          ],
        ],
      ],
    };
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/json');
    script.setAttribute('data-sjs', '');
    script.textContent = JSON.stringify(blob);
    doc.body.append(script);
    const p = profileOf(doc, url);
    expect(p.recentPosts.map((post) => post.id)).toEqual([
      'C8pinned001',
      'DAbc123XyZ_',
      'DAcollab03x',
      'DAhidden05z',
    ]);
    expect(p.recentPosts[0]!.sources.likes).toMatch(
      /^json:xdt_api__v1__feed__user_timeline_graphql_connection/,
    );
    expect(() => CreatorProfileSchema.parse(p)).not.toThrow();
  });

  it.skipIf(real.skip)('the real logged-out profile carries no posts, and says none', () => {
    const p = profileOf(
      real.page('ms-profile-pluto_travel-2025.html'),
      new URL('https://www.instagram.com/pluto__travel/'),
    );
    expect(p.recentPosts).toEqual([]);
    expect(p.languageHint).toBe('en');
  });
});

describe('instagram saved post JSON: the owner is the author, under the field its shape names', () => {
  const user = { username: 'lena.makes', full_name: 'Lena Makes' };
  it.each([
    ['items[]', { items: [{ code: 'DAbc123XyZ_', user }] }, 'json:items[0].user'],
    [
      'shortcode_media',
      { graphql: { shortcode_media: { shortcode: 'DAbc123XyZ_', owner: user } } },
      'json:graphql.shortcode_media.owner',
    ],
  ])('%s', (_, json, ownerSource) => {
    const e = instagram.extractFromJson(json, new URL('https://www.instagram.com/p/DAbc123XyZ_/'));
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.id).toBe('DAbc123XyZ_');
    expect(e.author).toMatchObject({ handle: 'lena.makes', displayName: 'Lena Makes' });
    expect(e.author.sources).toMatchObject({
      handle: `${ownerSource}.username`,
      displayName: `${ownerSource}.full_name`,
    });
  });
});

describe('instagram: the caption language wins over the page chrome (issue 11, item 10)', () => {
  it.skipIf(real.skip)('a Spanish caption on a lang="en" page posts in Spanish', () => {
    for (const [file, id] of [
      ['ms-post-video-jaimelorentelo.html', 'CPQjO5RIIO9'],
      ['ms-post-photo-willyrex.html', 'CPeC-Eenc8l'],
    ] as const) {
      const doc = real.page(file);
      expect(doc.documentElement.getAttribute('lang')).toBe('en');
      const canonical =
        doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
        `https://www.instagram.com/p/${id}/`;
      const { author, post } = postOf(doc, new URL(canonical));
      expect(post.caption, file).toBeTruthy();
      expect(author.languageHint, file).toBe('es');
    }
  });

  it.skipIf(real.skip)('an English caption, or none, keeps the page language', () => {
    const tesla = postOf(
      real.page('ms-post-tesla-shareddata-2021.html'),
      new URL('https://www.instagram.com/p/BWUDBntl3_Z/'),
    );
    expect(tesla.post.caption).toBe('The first Model 3 production car');
    expect(tesla.author.languageHint).toBe('en');
    const reel = real.page('ms-reel-jaimelorentelo.html');
    expect(postOf(reel, new URL('https://www.instagram.com/reel/CN2VQ1yI_MA/')).author.languageHint).toBe(
      'en',
    );
  });
});

describe('instagram post lists (live answers and saved files)', () => {
  it('lists the GraphQL endpoints, web_profile_info and feed/user as its API calls', () => {
    const matches = (p: string) => instagram.apiCalls.some((c) => new RegExp(c.path).test(p));
    for (const p of [
      '/graphql/query',
      '/api/graphql',
      '/api/v1/users/web_profile_info/',
      '/api/v1/feed/user/51234567890/',
      '/api/v1/feed/user/lena.makes/username/',
      '/api/v1/clips/user/',
    ])
      expect(matches(p), p).toBe(true);
    expect(matches('/api/v1/media/3452345678901234002/comments/')).toBe(false);
  });

  it('timeline connection: own posts and accepted co-authorships, pinned, paid, hidden likes; tagged posts left out', () => {
    const reading = instagram.readApiAnswer(answer('timeline'), GRAPHQL, PAGE);
    expect(reading?.handle).toBe('lena.makes');
    const [pinned, paid, collab, hidden] = reading!.posts;
    expect(reading!.posts.map((p) => p.id)).toEqual([
      'C8pinned001',
      'DAbc123XyZ_',
      'DAcollab03x',
      'DAhidden05z',
    ]);
    expect(pinned).toMatchObject({
      pinned: true,
      postedAt: '2024-03-09T16:00:00Z',
      postedAtPrecision: 'time',
      paidPartnership: false,
      hashtags: ['lisbon', 'ceramics'],
      url: 'https://www.instagram.com/p/C8pinned001/',
    });
    expect(pinned!.likes).toEqual({ value: 2210, display: null, exact: true });
    // Only brand sponsor tags, no is_paid_partnership: still the platform's paid label.
    expect(paid).toMatchObject({ paidPartnership: true, pinned: false, format: 'carousel' });
    expect(collab).toMatchObject({ authorHandle: 'kiln.collective', format: 'short' });
    expect(collab!.views).toEqual({ value: 88123, display: null, exact: true });
    // The owner hides likes: the 0 that rides along is not a like count.
    expect(hidden!.likes).toBeNull();
    expect(hidden!.comments?.value).toBe(12);
    expect(reading?.profile).toMatchObject({
      handle: 'lena.makes',
      displayName: 'Lena Makes',
      verified: true,
    });
    expect(reading?.profile?.recentPosts).toBe(reading?.posts);
  });

  it('reads the same answer from /api/graphql', () => {
    const url = new URL('https://www.instagram.com/api/graphql');
    expect(instagram.readApiAnswer(answer('timeline'), url, PAGE)?.posts).toHaveLength(4);
  });

  it("names another creator's timeline as theirs, so the live pipeline can drop it", () => {
    const other = new URL('https://www.instagram.com/someone.else/');
    expect(instagram.readApiAnswer(answer('timeline'), GRAPHQL, other)?.handle).toBe('lena.makes');
  });

  it('reels tab: the clips connection, pinned on the reels tab, exact plays', () => {
    const reading = instagram.readApiAnswer(
      answer('clips'),
      GRAPHQL,
      new URL('https://www.instagram.com/lena.makes/reels/'),
    );
    expect(reading?.handle).toBe('lena.makes');
    expect(reading?.posts.map((p) => [p.id, p.pinned, p.views?.value])).toEqual([
      ['DAreel0001a', true, 120456],
      ['DAreel0002b', false, 15000],
    ]);
    expect(reading?.posts[1]?.caption).toBeNull();
  });

  it('web_profile_info: profile facts and the legacy nodes, owner matched by id when the name is missing', () => {
    const url = new URL('https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.makes');
    const reading = instagram.readApiAnswer(answer('web-profile-info'), url, PAGE);
    expect(reading?.handle).toBe('lena.makes');
    expect(reading?.profile?.followers).toEqual({ value: 12431, display: null, exact: true });
    expect(reading?.profile).toMatchObject({ category: 'Artist', links: ['https://lenamakes.studio/shop'] });
    const [paid, reel] = reading!.posts;
    expect(reading!.posts).toHaveLength(2);
    expect(paid).toMatchObject({
      id: 'DAbc123XyZ_',
      paidPartnership: true,
      format: 'carousel',
      postedAtPrecision: 'time',
    });
    expect(paid!.likes?.value).toBe(1024);
    expect(reel).toMatchObject({ id: 'DAreel0001a', pinned: true, format: 'short' });
    expect(reel!.views).toEqual({ value: 120456, display: null, exact: true });
  });

  it('/api/v1/feed/user/<id>/: v1 items with numeric ids', () => {
    const url = new URL('https://www.instagram.com/api/v1/feed/user/51234567890/?count=12&max_id=x');
    const reading = instagram.readApiAnswer(answer('feed-user'), url, PAGE);
    expect(reading?.posts.map((p) => [p.id, p.format, p.paidPartnership])).toEqual([
      ['DAbc123XyZ_', 'carousel', true],
      ['DAvideo06q', 'video', false],
    ]);
    expect(reading?.posts[1]?.views?.value).toBe(9876);
  });

  it("reads each saved answer as the creator's profile (troupe extract)", () => {
    for (const name of ['timeline', 'clips', 'web-profile-info', 'feed-user']) {
      const json = answer(name);
      expect(instagram.recognizesJson(json), name).toBe(true);
      const e = instagram.extractFromJson(json);
      if (e.kind !== 'profile') throw new Error(`${name}: expected a profile`);
      expect(e.profile.handle, name).toBe('lena.makes');
      expect(e.profile.recentPosts.length, name).toBeGreaterThan(1);
      expect(() => CreatorProfileSchema.parse(e.profile), name).not.toThrow();
    }
    // With the profile URL given, too.
    const e = instagram.extractFromJson(answer('timeline'), PAGE);
    expect(e.kind === 'profile' && e.profile.recentPosts.length).toBe(4);
  });

  it('never throws on odd shapes, caps what it reads and ignores other requests', () => {
    const odd = [
      null,
      7,
      'text',
      [],
      { data: null },
      { data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges: 'x' } } },
      { data: { xdt_api__v1__clips__user__connection_v2: { edges: [null, { node: 5 }] } } },
      { items: [null, 1, { code: 3 }] },
      { data: { user: { username: 42 } } },
    ];
    for (const json of odd) expect(() => instagram.readApiAnswer(json, GRAPHQL, PAGE)).not.toThrow();
    expect(instagram.readApiAnswer({ items: [null] }, GRAPHQL, PAGE)).toBeNull();
    const hostile = {
      data: {
        xdt_api__v1__feed__user_timeline_graphql_connection: {
          edges: [
            {
              node: {
                get code(): string {
                  throw new Error('boom');
                },
                user: { username: 'lena.makes' },
              },
            },
          ],
        },
      },
    };
    expect(instagram.readApiAnswer(hostile, GRAPHQL, PAGE)).toBeNull();
    const edges = Array.from({ length: MAX_POSTS + 30 }, (_, i) => ({
      node: { code: `C${i}`, taken_at: 1759000000 - i, user: { username: 'lena.makes' } },
    }));
    const big = { data: { xdt_api__v1__feed__user_timeline_graphql_connection: { edges } } };
    expect(instagram.readApiAnswer(big, GRAPHQL, PAGE)?.posts).toHaveLength(MAX_POSTS);
    const comments = new URL('https://www.instagram.com/api/v1/media/1/comments/');
    expect(instagram.readApiAnswer(answer('feed-user'), comments, PAGE)).toBeNull();
  });
});

describe('instagram story URLs are the creator’s page', () => {
  it.each([
    ['https://www.instagram.com/stories/pluto__travel/3512345678901234567/', 'pluto__travel'],
    ['https://www.instagram.com/stories/lena.makes/', 'lena.makes'],
  ])('%s → profile of %s', (url, handle) => {
    expect(instagram.matchUrl(url)).toEqual({ kind: 'profile', handle });
  });

  it('a highlight (no handle in the URL) is not a creator page', () => {
    expect(instagram.matchUrl('https://www.instagram.com/stories/highlights/17912345678901234/')).toBeNull();
  });
});

// Instagram serves its meta tags in the viewer's interface language: the same three figures, in the
// same order, with other words (and no "Name (…)" when the account has no name). Our own pages,
// modelled on logged-out profiles as served in de, fr, es and ja (the de and fr wordings as
// captured in public projects' test data: "1,432 Abonnenten, 268 folgen, 468 Beiträge - Sieh dir …",
// "399 followers, 512 suivis, 174 publications - Voir les photos et vidéos Instagram de …").
function metaPage(lang: string, tags: Record<string, string>): Document {
  const metas = Object.entries(tags)
    .map(([k, v]) => `<meta ${k.startsWith('og:') ? 'property' : 'name'}="${k}" content="${v}">`)
    .join('');
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head>${metas}</head><body></body></html>`,
    'text/html',
  );
}

describe('instagram meta tags in other interface languages', () => {
  const LENA = new URL('https://www.instagram.com/lena.makes/');
  it.each([
    [
      'de',
      'Lena Makes (@lena.makes) • Instagram-Fotos und -Videos',
      '12.431 Follower, 310 Gefolgt, 208 Beiträge – Sieh dir Instagram-Fotos und -Videos von Lena Makes (@lena.makes) an',
      { value: 12431, display: '12.431', exact: true },
      'Lena Makes',
    ],
    [
      'de',
      '@lena.makes • Instagram-Fotos und -Videos',
      '1,432 Abonnenten, 310 folgen, 208 Beiträge - Sieh dir Instagram-Fotos und -Videos von @lena.makes an',
      { value: 1432, display: '1,432', exact: true },
      null,
    ],
    [
      'fr',
      'Lena Makes (@lena.makes) • Photos et vidéos Instagram',
      '12,4 k followers, 310 suivis, 208 publications - Voir les photos et vidéos Instagram de Lena Makes (@lena.makes)',
      { value: 12400, display: '12,4 k', exact: false },
      'Lena Makes',
    ],
    [
      'es',
      'Lena Makes (@lena.makes) • Fotos y videos de Instagram',
      '1,2 M seguidores, 310 seguidos, 208 publicaciones - Ver fotos y videos de Instagram de Lena Makes (@lena.makes)',
      { value: 1_200_000, display: '1,2 M', exact: false },
      'Lena Makes',
    ],
    [
      'ja',
      'Lena Makes(@lena.makes) • Instagram写真と動画',
      'フォロワー12,431人、フォロー中310人、投稿208件 - Lena Makes(@lena.makes)のInstagram写真と動画をチェックしよう',
      { value: 12431, display: 'フォロワー12,431人', exact: true },
      'Lena Makes',
    ],
  ])('%s: %s', (lang, title, description, followers, displayName) => {
    const p = profileOf(metaPage(lang, { 'og:title': title, 'og:description': description }), LENA);
    expect(p.followers).toEqual(followers);
    expect(p.following?.value).toBe(310);
    expect(p.posts?.value).toBe(208);
    expect(p.displayName).toBe(displayName);
    expect(p.handle).toBe('lena.makes');
  });

  it("meta tags of another account (a stale page after in-app navigation) are not this creator's", () => {
    // An account with no name is titled "@handle • …": that handle must be checked too.
    const doc = metaPage('en', {
      'og:title': '@someone.else • Instagram photos and videos',
      'og:description':
        '9 Followers, 9 Following, 9 Posts - See Instagram photos and videos from @someone.else',
    });
    expect(() => profileOf(doc, LENA)).toThrow(/no profile data/);
  });

  it('a post page in German: likes, comments, author and date by position', () => {
    const doc = metaPage('de', {
      'og:description':
        '1.234 „Gefällt mir“-Angaben, 56 Kommentare - lena.makes am 3. März 2025: &quot;Neue Glasuren im Studio&quot;. ',
    });
    const { post } = postOf(doc, new URL('https://www.instagram.com/p/DAbc123xyz/'));
    expect(post.likes).toEqual({ value: 1234, display: '1.234', exact: true });
    expect(post.comments).toEqual({ value: 56, display: '56', exact: true });
    expect(post.authorHandle).toBe('lena.makes');
    expect(post.postedAt).toBe('2025-03-03');
    expect(post.caption).toBe('Neue Glasuren im Studio');
  });
});

// The logged-in header and post header in the viewer's interface language: the badge's label and
// the "Paid partnership" line are translated. A badge we cannot read in that language is unknown,
// never "not verified".
describe('instagram logged-in labels in other interface languages', () => {
  function served(kind: 'profile' | 'post', lang: string, words: [string | RegExp, string][]) {
    let { html, url } = ownPage('instagram', kind);
    html = html.replace('lang="en"', `lang="${lang}"`);
    for (const [en, local] of words) html = html.replaceAll(en, local);
    return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
  }

  it.each([
    ['de', 'Verifiziert', true],
    ['es', 'Verificado', true],
    ['fr', 'Vérifié', true],
    ['fi', 'Vahvistettu', null],
  ])('%s badge "%s" → verified %s', (lang, label, verified) => {
    const { doc, url } = served('profile', lang, [
      ['aria-label="Verified"', `aria-label="${label}"`],
      ['<title>Verified</title>', `<title>${label}</title>`],
    ]);
    expect(profileOf(doc, url).verified).toBe(verified);
  });

  it('a German header without a badge is not verified', () => {
    const { doc, url } = served('profile', 'de', [[/<svg aria-label="Verified"[\s\S]*?<\/svg>/g, '']]);
    expect(profileOf(doc, url).verified).toBe(false);
  });

  it.each([
    ['de', 'Bezahlte Partnerschaft mit '],
    ['es', 'Colaboración pagada con '],
    ['fr', 'Partenariat rémunéré avec '],
    ['pt', 'Parceria paga com '],
  ])('%s post header "%s…" is a paid partnership', (lang, line) => {
    const { doc, url } = served('post', lang, [['Paid partnership with ', line]]);
    for (const s of doc.querySelectorAll('script[type="application/json"]')) s.remove();
    expect(postOf(doc, url).post.paidPartnership).toBe(true);
  });
});

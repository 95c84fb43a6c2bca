// The YouTube adapter: Troupe's own logged-in pages (tests/fixtures/pages/youtube), hand-written
// InnerTube answers modelled on the real ones (tests/fixtures/api/youtube: continuations, the Shorts
// tab's reload and the Live tab have no public capture), and the real captures in ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countLabel } from '../../../shared/counts/count-label';
import type { ApiReading, Extraction } from '../../../shared/platforms/contract';
import { handleLabel } from '../../../shared/platforms/handle-label';
import { ADAPTERS } from '../../../shared/platforms/index';
import { CHANNEL_ID_SOURCE, youtube } from '../../../shared/platforms/youtube';
import { MAX_CARDS } from '../../../shared/platforms/youtube-videos';
import { PostSchema } from '../../../shared/schemas/profile';
import { ownPage } from './own-pages';
import { realCaptures } from './real-captures';

const apiDir = path.resolve(import.meta.dirname, '../../fixtures/api/youtube');
const real = realCaptures('youtube');
const SKIP_REAL = 'the real captures in ../shared/fixtures/pages/youtube are absent';

const BROWSE = new URL('https://www.youtube.com/youtubei/v1/browse?prettyPrint=false');
const NEXT = new URL('https://www.youtube.com/youtubei/v1/next?prettyPrint=false');
const PLAYER = new URL('https://www.youtube.com/youtubei/v1/player?prettyPrint=false');

const ownAnswer = (file: string): unknown => JSON.parse(readFileSync(path.join(apiDir, file), 'utf8'));
function realPage(file: string, url: string): Extraction {
  return youtube.extract(real.page(file), new URL(url));
}
function reading(json: unknown, page: string, request = BROWSE): ApiReading {
  const r = youtube.readApiAnswer(json, request, new URL(page));
  if (!r) throw new Error('expected a reading');
  return r;
}
function profileOf(e: Extraction) {
  if (e.kind !== 'profile') throw new Error('expected a profile');
  return e.profile;
}

describe('youtube: own pages', () => {
  it('reads the page header view model', () => {
    const { doc, url } = ownPage('youtube', 'profile');
    const p = profileOf(youtube.extract(doc, url));
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
    const { doc, url } = ownPage('youtube', 'post');
    const e = youtube.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    const { post, author } = e;
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

  it('after navigating to another video reads the rendered watch page and names the selectors that matched', () => {
    const { doc } = ownPage('youtube', 'post');
    const e = youtube.extract(doc, new URL('https://www.youtube.com/watch?v=ZZZZZZZZZZZ'));
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.id).toBe('ZZZZZZZZZZZ');
    expect(e.post.sources.likes).toMatch(/^dom:ytd-watch-metadata like-button-view-model/);
    expect(e.post.sources.paidPartnership).toMatch(/^dom:/);
    expect(e.author.followers?.display).toBe('86.3K subscribers');
  });

  it('falls back to the 2021 channel header and says so in sources', () => {
    const { document } = parseHTML(`<html><body><ytd-c4-tabbed-header-renderer>
      <ytd-channel-name><div id="text">Old Layout</div></ytd-channel-name>
      <span id="channel-handle">@oldlayout</span><span id="subscriber-count">1.2K subscribers</span>
      </ytd-c4-tabbed-header-renderer></body></html>`);
    const p = profileOf(
      youtube.extract(document as unknown as Document, new URL('https://www.youtube.com/@oldlayout')),
    );
    expect(p.displayName).toBe('Old Layout');
    expect(p.sources.displayName).toBe('dom:ytd-c4-tabbed-header-renderer ytd-channel-name #text');
    expect(p.followers).toEqual({ value: 1200, display: '1.2K subscribers', exact: false });
    expect(p.sources.followers).toContain('#subscriber-count');
    expect(p.verified).toBe(false);
  });
});

describe('youtube: odd addresses', () => {
  it('a broken percent escape in the address reads as it stands instead of throwing', () => {
    expect(youtube.matchUrl('https://www.youtube.com/@lena%E0%A4%A')).toEqual({
      kind: 'profile',
      handle: 'lena%E0%A4%A',
    });
  });
});

describe('youtube: live answers the web app loads', () => {
  it('lists the InnerTube calls it reads, as plain data, on the desktop and the mobile site', () => {
    expect(youtube.apiCalls).toHaveLength(6);
    for (const host of ['www.youtube.com', 'm.youtube.com'])
      for (const request of [BROWSE, NEXT, PLAYER])
        expect(
          youtube.apiCalls.some((c) => c.host === host && new RegExp(c.path).test(request.pathname)),
        ).toBe(true);
    expect(JSON.parse(JSON.stringify(youtube.apiCalls))).toEqual(youtube.apiCalls);
  });

  it('reads a scroll continuation: own videos once, exact and rounded apart, no playlist, no other channel', () => {
    const r = reading(
      ownAnswer('browse-continuation-videos.json'),
      'https://www.youtube.com/@lenamakes/videos',
    );
    expect(r.handle).toBeNull(); // a continuation names nobody: its items belong to the open page
    expect(r.profile).toBeNull();
    expect(r.posts.map((p) => p.id)).toEqual(['Lm4kQ2pXv9A', 'Gz7tRq1nB0c']);
    const [long, short] = r.posts;
    expect(long?.views).toEqual({ value: 48213, display: '48K views', exact: true });
    expect(long).toMatchObject({
      format: 'long_video',
      authorHandle: 'lenamakes',
      url: 'https://www.youtube.com/watch?v=Lm4kQ2pXv9A',
      hashtags: ['ad'],
      mentions: ['claysupply'],
      postedAtPrecision: 'approximate',
    });
    expect(short?.views).toEqual({ value: 8100, display: '8.1K views', exact: false });
    expect(short?.format).toBe('video');
    for (const post of r.posts) expect(() => PostSchema.parse(post)).not.toThrow();
  });

  it('dates cards from the capture time: "3 weeks ago" is an approximate date', () => {
    const r = reading(
      ownAnswer('browse-continuation-videos.json'),
      'https://www.youtube.com/@lenamakes/videos',
    );
    const days = (Date.now() - Date.parse(r.posts[0]?.postedAt ?? '')) / 86_400_000;
    expect(days).toBeGreaterThan(20);
    expect(days).toBeLessThan(23);
  });

  it("reads the Shorts tab's reload: shorts with their shown views, none without a count", () => {
    const r = reading(ownAnswer('browse-reload-shorts.json'), 'https://www.youtube.com/@lenamakes/shorts');
    expect(r.posts.map((p) => [p.id, p.format, p.url, p.views])).toEqual([
      [
        'Sh0rtClay01',
        'short',
        'https://www.youtube.com/shorts/Sh0rtClay01',
        { value: 1_200_000, display: '1.2M views', exact: false },
      ],
      [
        'Sh0rtClay02',
        'short',
        'https://www.youtube.com/shorts/Sh0rtClay02',
        { value: 987, display: '987 views', exact: true },
      ],
    ]);
  });

  it('reads the Live tab: past streams as live posts, streams live now or upcoming left out', () => {
    const r = reading(ownAnswer('browse-live-tab.json'), 'https://www.youtube.com/@lenamakes/streams');
    expect(r.handle).toBe('lenamakes');
    expect(r.profile?.followers).toEqual({ value: 86300, display: '86.3K subscribers', exact: false });
    expect(r.posts.map((p) => p.id)).toEqual(['PastStream1']);
    expect(r.posts[0]).toMatchObject({ format: 'live', postedAtPrecision: 'approximate' });
    expect(r.posts[0]?.views).toEqual({ value: 5210, display: '5.2K views', exact: true });
    expect(r.profile?.recentPosts).toBe(r.posts);
  });

  it('reads the About panel: every link, the country, the video count', () => {
    const r = reading(
      ownAnswer('browse-about.json'),
      'https://www.youtube.com/channel/UClenamakesStudio1234567',
    );
    expect(r.handle).toBe('lenamakes');
    expect(r.profile).toMatchObject({
      handle: 'lenamakes',
      bio: 'Wheel-thrown stoneware from a small studio.\nBusiness: hello@lenamakes.studio',
      links: ['https://lenamakes.studio/', 'https://instagram.com/lena.makes'],
      countryHint: 'DE',
    });
    expect(r.profile?.posts).toEqual({ value: 142, display: '142 videos', exact: true });
    expect(r.profile?.followers).toEqual({ value: 86300, display: '86.3K subscribers', exact: false });
    const elsewhere = youtube.readApiAnswer(
      ownAnswer('browse-about.json'),
      BROWSE,
      new URL('https://www.youtube.com/@someoneelse'),
    );
    expect(elsewhere).toEqual({ handle: 'lenamakes', profile: null, posts: [] });
  });

  it("says whose answer another channel's browse is, and reads nothing from it", () => {
    const r = reading(ownAnswer('browse-live-tab.json'), 'https://www.youtube.com/@someoneelse');
    expect(r).toEqual({ handle: 'lenamakes', profile: null, posts: [] });
  });

  it('ignores answers for other kinds of page and other calls', () => {
    const json = ownAnswer('browse-continuation-videos.json');
    expect(
      youtube.readApiAnswer(json, BROWSE, new URL('https://www.youtube.com/watch?v=Lm4kQ2pXv9A')),
    ).toBeNull();
    expect(
      youtube.readApiAnswer(
        json,
        new URL('https://www.youtube.com/youtubei/v1/guide'),
        new URL('https://www.youtube.com/@lenamakes'),
      ),
    ).toBeNull();
    expect(
      youtube.readApiAnswer(json, BROWSE, new URL('https://www.youtube.com/feed/subscriptions')),
    ).toBeNull();
  });

  it('leaves out lockups whose channel row links to another channel (Home-tab shelves)', () => {
    const byChannel = (id: string, channelId: string) => ({
      richItemRenderer: {
        content: {
          lockupViewModel: {
            contentId: id,
            contentType: 'LOCKUP_CONTENT_TYPE_VIDEO',
            metadata: {
              lockupMetadataViewModel: {
                title: { content: `Video ${id}` },
                metadata: {
                  contentMetadataViewModel: {
                    metadataRows: [
                      {
                        metadataParts: [
                          {
                            text: {
                              content: 'Channel 24',
                              commandRuns: [
                                { onTap: { innertubeCommand: { browseEndpoint: { browseId: channelId } } } },
                              ],
                            },
                          },
                        ],
                      },
                      {
                        metadataParts: [
                          { text: { content: '2.4K views' } },
                          { text: { content: '2 days ago' } },
                        ],
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      },
    });
    const json = {
      onResponseReceivedActions: [
        {
          appendContinuationItemsAction: {
            continuationItems: [
              byChannel('AAAAAAAAAAA', 'UCclaySupplyShop12345678'),
              byChannel('BBBBBBBBBBB', 'UClenamakesStudio1234567'),
            ],
          },
        },
      ],
    };
    const r = reading(json, 'https://www.youtube.com/channel/UClenamakesStudio1234567');
    expect(r.posts.map((p) => [p.id, p.views?.value])).toEqual([['BBBBBBBBBBB', 2400]]);
  });

  it("dates a fresh video's watch page from its age, approximately", () => {
    const next = {
      currentVideoEndpoint: { watchEndpoint: { videoId: 'Lm4kQ2pXv9A' } },
      contents: {
        twoColumnWatchNextResults: {
          results: {
            results: {
              contents: [
                {
                  videoPrimaryInfoRenderer: {
                    viewCount: { videoViewCountRenderer: { viewCount: { simpleText: '1,234 views' } } },
                    dateText: { simpleText: 'Streamed live 5 hours ago' },
                  },
                },
              ],
            },
          },
        },
      },
    };
    const r = reading(next, 'https://www.youtube.com/watch?v=Lm4kQ2pXv9A', NEXT);
    expect(r.posts[0]).toMatchObject({
      postedAtPrecision: 'approximate',
      postedAt: new Date().toISOString().slice(0, 10),
    });
  });

  it('never throws on odd or forged shapes, and caps what it reads', () => {
    const page = new URL('https://www.youtube.com/@lenamakes/videos');
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 50_000; i++) node = node.a = {} as Record<string, unknown>;
    const odd: unknown[] = [
      null,
      [],
      'text',
      42,
      { onResponseReceivedActions: 'nope' },
      {
        onResponseReceivedActions: [
          { appendContinuationItemsAction: { continuationItems: [{ richItemRenderer: null }] } },
        ],
      },
      { onResponseReceivedActions: [{ appendContinuationItemsAction: { continuationItems: [deep] } }] },
      {
        metadata: { channelMetadataRenderer: { externalId: 7, vanityChannelUrl: ['x'] } },
        contents: { twoColumnBrowseResultsRenderer: { tabs: {} } },
      },
      {
        onResponseReceivedActions: [
          {
            appendContinuationItemsAction: {
              continuationItems: [{ videoRenderer: { videoId: { $ne: 1 }, viewCountText: 5 } }],
            },
          },
        ],
      },
    ];
    for (const json of odd) expect(() => youtube.readApiAnswer(json, BROWSE, page)).not.toThrow();
    const flood = {
      onResponseReceivedActions: [
        {
          appendContinuationItemsAction: {
            continuationItems: Array.from({ length: 5_000 }, (_, i) => ({
              richItemRenderer: {
                content: {
                  videoRenderer: {
                    videoId: `v${String(i).padStart(10, '0')}`,
                    viewCountText: { simpleText: `${i} views` },
                  },
                },
              },
            })),
          },
        },
      ],
    };
    expect(reading(flood, page.href).posts).toHaveLength(MAX_CARDS);
  });

  it('reads a continuation saved as a file when the page URL is given (troupe extract --url)', () => {
    const p = profileOf(
      youtube.extractFromJson(
        ownAnswer('browse-continuation-videos.json'),
        new URL('https://www.youtube.com/@lenamakes/videos'),
      ),
    );
    expect(p.handle).toBe('lenamakes');
    expect(p.recentPosts).toHaveLength(2);
  });
});

describe.skipIf(real.skip)(`youtube: real captures (${SKIP_REAL})`, () => {
  it('a real Videos-tab answer (videoRenderer) on the channel page: 30 own videos, exact views with the rounded display', () => {
    const r = reading(
      real.json('np-channel-kurzgesagt-browse-2026.json'),
      'https://www.youtube.com/@kurzgesagt/videos',
    );
    expect(r.handle).toBe('kurzgesagt');
    expect(r.posts).toHaveLength(30);
    expect(r.posts[0]).toMatchObject({ id: 'D0WQK7cMJn8', postedAtPrecision: 'approximate' });
    expect(r.posts[0]?.views).toEqual({ value: 1545374, display: '1.5m views', exact: true });
  });

  it('a real Videos-tab answer with lockupViewModel: rounded counts are no exact figures', () => {
    const r = reading(
      real.json('np-tab-videos-creativecommons-2026.json'),
      'https://www.youtube.com/@creativecommons/videos',
    );
    expect(r.handle).toBe('creativecommons');
    expect(r.posts).toHaveLength(30);
    expect(r.posts.find((p) => p.id === 'MjH_xSkc59I')?.views).toEqual({
      value: 12000,
      display: '12k views',
      exact: false,
    });
    expect(r.posts[0]?.views).toEqual({ value: 28, display: '28 views', exact: true });
  });

  it('leaves out Premium extras that show no view count', () => {
    const r = reading(real.json('np-channel-vsauce-browse-2026.json'), 'https://www.youtube.com/@Vsauce');
    expect(r.posts).toHaveLength(28);
    expect(r.posts.map((p) => p.id)).not.toContain('MBRi7Bz8LZk');
  });

  it("the Home tab: featured video first, shelves deduplicated, other channels' videos and playlists left out", () => {
    const p = profileOf(
      realPage('ms-channel-onemedia-2024.html', 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'),
    );
    expect(p.recentPosts).toHaveLength(30);
    expect(new Set(p.recentPosts.map((x) => x.id)).size).toBe(30);
    expect(p.recentPosts.map((x) => x.id)).not.toContain('R_RgjS23J7A'); // Boxoffice Trailers, in the creator's own shelf
    expect(p.recentPosts[0]?.views).toEqual({
      value: 127696,
      display: '127.696 visualizaciones',
      exact: true,
    });
    expect(p.recentPosts[1]?.views).toEqual({
      value: 52112,
      display: '52\u00a0K visualizaciones',
      exact: true,
    });
    expect(p.recentPosts[2]?.postedAtPrecision).toBe('approximate'); // "hace 2 semanas"
  });

  it('the 2021 grid (gridRenderer → gridVideoRenderer)', () => {
    const p = profileOf(
      realPage(
        'pytube-channel-programmingknowledge-2021.html',
        'https://www.youtube.com/channel/UCs6nmQViDpUw0nuIx9c_WvA',
      ),
    );
    expect(p.recentPosts).toHaveLength(30);
    expect(p.recentPosts[0]?.views).toEqual({ value: 1639, display: '1.6K views', exact: true });
  });

  it('reads real /next and /player answers on their watch page, and nothing on another video', () => {
    const watch = 'https://www.youtube.com/watch?v=7PIMiDcwNvc';
    const next = reading(real.json('np-video-pewdiepie-next-2026.json'), watch, NEXT);
    expect(next.handle).toBe('PewDiePie');
    expect(next.posts[0]?.views).toEqual({ value: 41613595, display: '41m views', exact: true });
    expect(next.profile?.recentPosts).toEqual(next.posts);
    const player = reading(real.json('np-video-pewdiepie-player-2026.json'), watch, PLAYER);
    expect(player.posts[0]?.views?.value).toBe(41613592);
    const elsewhere = new URL('https://www.youtube.com/watch?v=Lm4kQ2pXv9A');
    expect(youtube.readApiAnswer(real.json('np-video-pewdiepie-next-2026.json'), NEXT, elsewhere)).toBeNull();
  });
});

describe.skipIf(real.skip)(`youtube: reading slips (issue 11, item 10; ${SKIP_REAL})`, () => {
  it("a Spanish channel's video count keeps its own wording, and the label adds no second noun", () => {
    const p = profileOf(
      realPage('ms-channel-onemedia-2024.html', 'https://www.youtube.com/channel/UCzcRQ3vRNr6fJ1A9rqFn7QA'),
    );
    expect(p.posts).toEqual({ value: 6800, display: '6,8\u00a0K vídeos', exact: false });
    expect(countLabel(p.posts?.display ?? '', 'posts')).toBe('6,8\u00a0K vídeos');
    expect(countLabel('337', 'posts')).toBe('337 posts');
    expect(handleLabel(p)).toBe('@OneMedia.');
  });

  it('a 2021 video names no @handle: the channel id is kept as the key and marked, and reads as a channel id', () => {
    const e = realPage(
      'pytube-video-iyaz-WXxV9g7lsFE-2021.html',
      'https://www.youtube.com/watch?v=WXxV9g7lsFE',
    );
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.authorHandle).toBeNull();
    expect(e.author.handle).toBe('UCXPjxIofFid9z2JlKT6Jb3w');
    expect(e.author.sources.handle).toBe(CHANNEL_ID_SOURCE);
    expect(handleLabel(e.author)).toBe('channel UCXPjxIofFid9z2JlKT6Jb3w');
    expect(e.post).toMatchObject({ postedAt: '2009-10-18', postedAtPrecision: 'day' });
  });

  it('a 2021 channel page names no @handle either: its id reads as a channel id', () => {
    const p = profileOf(
      realPage(
        'pytube-channel-programmingknowledge-2021.html',
        'https://www.youtube.com/channel/UCs6nmQViDpUw0nuIx9c_WvA',
      ),
    );
    expect(p.handle).toBe('UCs6nmQViDpUw0nuIx9c_WvA');
    expect(p.sources.handle).toBe(CHANNEL_ID_SOURCE);
    expect(handleLabel(p)).toBe('channel UCs6nmQViDpUw0nuIx9c_WvA');
  });

  it('a channel page with a real @handle keeps it', () => {
    const e = realPage('ms-video-onemedia-lastjedi-2024.html', 'https://www.youtube.com/watch?v=hwMkbaS_M_c');
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.author.handle).toBe('OneMedia.');
    expect(handleLabel(e.author)).toBe('@OneMedia.');
    expect(e.post).toMatchObject({ postedAt: '2017-04-14T09:02:38-07:00', postedAtPrecision: 'time' });
  });
});

// The same page served in other interface languages: YouTube prints CLDR's compact figures, whose
// words mean other magnitudes in other languages ("B" is "bin", a thousand, in Turkish; "t" a
// thousand in Danish; "mil." a million in Czech). Our own page, its figures reworded as each
// language prints them, read with the page's <html lang>.
describe('youtube figures in the interface language of the page', () => {
  function served(kind: 'profile' | 'post', lang: string, words: Record<string, string>) {
    let { html, url } = ownPage('youtube', kind);
    html = html.replace('lang="en"', `lang="${lang}"`);
    for (const [en, local] of Object.entries(words)) html = html.replaceAll(en, local);
    return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
  }

  it.each([
    ['tr-TR', '86,3 B abone', '142 video', 86_300],
    ['da-DK', '86,3 t abonnenter', '142 videoer', 86_300],
    ['vi-VN', '86,3 N người đăng ký', '142 video', 86_300],
    ['cs-CZ', '1,2 mil. odběratelů', '142 videí', 1_200_000],
    ['fi-FI', '86,3 t. tilaajaa', '142 videota', 86_300],
    ['en', '86.3K subscribers', '142 videos', 86_300],
  ])('%s channel header "%s"', (lang, subs, videos, value) => {
    const { doc, url } = served('profile', lang, { '86.3K subscribers': subs, '142 videos': videos });
    const e = youtube.extract(doc, url);
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.followers).toEqual({ value, display: subs, exact: false });
    expect(e.profile.posts?.value).toBe(142);
  });

  it("a Turkish page's live answers: figures read in the page's language, which the answer does not carry", () => {
    const about = JSON.stringify(ownAnswer('browse-about.json')).replace('86.3K subscribers', '86,3 B abone');
    const page = new URL('https://www.youtube.com/channel/UClenamakesStudio1234567');
    const read = (lang?: string) => youtube.readApiAnswer(JSON.parse(about), BROWSE, page, lang)?.profile;
    expect(read('tr')?.followers?.value).toBe(86_300);
    expect(read()?.followers?.value).toBe(86_300_000_000); // without the page's language, B is billion
  });

  it('a Turkish watch page: the owner has 86.3 thousand subscribers, not 86.3 billion', () => {
    const { doc, url } = served('post', 'tr-TR', { '86.3K subscribers': '86,3 B abone' });
    const e = youtube.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.author.followers?.value).toBe(86_300);
  });
});

// More address forms YouTube serves (tabs, share links, the mobile site, YouTube Music, the EU consent
// interstitial), beside the adapter's own `examples` (which ship in the content script).
describe('youtube address forms in the wild', () => {
  it.each([
    ['https://www.youtube.com/@kurzgesagt/streams', { kind: 'profile', handle: 'kurzgesagt' }],
    ['https://www.youtube.com/@kurzgesagt/featured', { kind: 'profile', handle: 'kurzgesagt' }],
    ['https://www.youtube.com/user/iyazlive/videos', { kind: 'profile', handle: 'iyazlive' }],
    [
      'https://www.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q/about',
      { kind: 'profile', id: 'UCsXVk37bltHxD1rDPwtNM8Q' },
    ],
    ['https://www.youtube.com/shorts/7PIMiDcwNvc?feature=share', { kind: 'post', id: '7PIMiDcwNvc' }],
    ['https://youtu.be/WXxV9g7lsFE?si=Q1w2e3r4', { kind: 'post', id: 'WXxV9g7lsFE' }],
    ['https://music.youtube.com/channel/UCsXVk37bltHxD1rDPwtNM8Q', null],
    ['https://www.youtube.com/playlist?list=PLFs4vir_WsTyXrrpFstD64Qj95vpy-yo1', null],
  ])('%s', (url, match) => {
    expect(youtube.matchUrl(url)).toEqual(match);
    // …and no other adapter claims it.
    for (const other of ADAPTERS.filter((a) => a !== youtube)) expect(other.matchUrl(url)).toBeNull();
  });

  it('a /c/ custom address in another script is decoded, so the page data of that channel matches it', () => {
    const browse = {
      metadata: {
        channelMetadataRenderer: {
          title: 'ヒカキン',
          externalId: 'UCZf__ehlCEBPop-_sldpBUQ',
          vanityChannelUrl: 'http://www.youtube.com/c/%E3%83%92%E3%82%AB%E3%82%AD%E3%83%B3',
        },
      },
    };
    const url = new URL('https://www.youtube.com/c/%E3%83%92%E3%82%AB%E3%82%AD%E3%83%B3');
    const e = youtube.extractFromJson(browse, url);
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.displayName).toBe('ヒカキン');
  });
});

// A creator may hide their subscriber count: the header then reads "@handle • 142 videos". The
// subscriber figure is the part YouTube gives a spoken label ("86.3 thousand subscribers"), in every
// language, so a lone video count is never taken for subscribers.
describe('youtube channel header with the subscriber count hidden', () => {
  it('reads the videos and leaves the subscribers unknown', () => {
    let { html, url } = ownPage('youtube', 'profile');
    html = html.replace(
      '{"text":{"content":"86.3K subscribers"},"accessibilityLabel":"86.3 thousand subscribers"},',
      '',
    );
    const e = youtube.extractFromJson(
      JSON.parse(/var ytInitialData = (\{.*?\});<\/script>/.exec(html)![1]!),
      url,
    );
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.followers).toBeNull();
    expect(e.profile.posts?.value).toBe(142);
  });
});

// The mobile site (m.youtube.com) embeds its state as a hex-escaped string literal that the page
// parses later (`var ytInitialData = '\x7b\x22responseContext\x22…';`), not as an object literal.
describe('youtube mobile pages', () => {
  const asMobileString = (json: string) =>
    `'${[...json].map((c) => (/[\w ]/.test(c) || c.charCodeAt(0) > 0xff ? c : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)).join('')}'`;

  it('reads the channel from the escaped state of m.youtube.com', () => {
    const { html } = ownPage('youtube', 'profile');
    const mobile = html
      .replace(/var ytInitialData = (\{.*?\});<\/script>/, (_, json: string) => {
        // Non-ASCII characters stay as they are; quotes, braces and backslashes go as \xHH.
        return `var ytInitialData = ${asMobileString(json)};</script>`;
      })
      .replace(/<yt-page-header-view-model[\s\S]*?<\/yt-page-header-view-model>/, '');
    expect(mobile).toContain("var ytInitialData = '\\x7b\\x22responseContext");
    const doc = new DOMParser().parseFromString(mobile, 'text/html');
    const e = youtube.extract(doc, new URL('https://m.youtube.com/@lenamakes'));
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.followers?.value).toBe(86_300);
    expect(e.profile.bio).toMatch(/^Slow pottery/);
  });
});

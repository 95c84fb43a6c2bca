// The Twitch adapter: Troupe's own logged-in pages (rendered DOM), a hand-written batched GraphQL
// answer modelled on the real ones (tests/fixtures/api/twitch: ChannelShell and StreamMetadata have no
// public capture), and the real GraphQL answers in ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiReading, ExtractionError } from '../../../shared/platforms/contract';
import { extractJson, extractPage } from '../../../shared/platforms/index';
import { twitch } from '../../../shared/platforms/twitch';
import { PostSchema } from '../../../shared/schemas/profile';
import { ownPage } from './own-pages';
import { realCaptures } from './real-captures';

const GQL = new URL('https://gql.twitch.tv/gql');
const apiDir = path.resolve(import.meta.dirname, '../../fixtures/api/twitch');
const real = realCaptures('twitch');

const batch = (): unknown => JSON.parse(readFileSync(path.join(apiDir, 'gql-batch-channel.json'), 'utf8'));
function reading(json: unknown, page: string): ApiReading {
  const r = twitch.readApiAnswer(json, GQL, new URL(page));
  if (!r) throw new Error('expected a reading');
  return r;
}

describe('twitch: own pages', () => {
  it('reads the channel header and about panel', () => {
    const { doc, url } = ownPage('twitch', 'profile');
    const e = extractPage(doc, url);
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile).toMatchObject({ handle: 'lenamakes', displayName: 'LenaMakes', verified: true });
    expect(e.profile.followers).toEqual({ value: 12400, display: '12.4K', exact: false });
    expect(e.profile.links).toContain('https://lenamakes.studio');
    expect(e.profile.sources.displayName).toBe('dom:[data-a-target="channel-header-display-name"]');
    expect(e.profile.sources.verified).toBe('dom:svg[aria-label="Verified Partner"]');
  });

  it("reads the clip's own view count, not the recommendation rail's", () => {
    const { doc, url } = ownPage('twitch', 'post');
    const e = extractPage(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.views).toEqual({ value: 31408, display: '31,408 views', exact: true });
    expect(e.post).toMatchObject({
      authorHandle: 'lenamakes',
      caption: 'Centering 5kg of clay',
      paidPartnership: true,
      format: 'clip',
    });
  });

  it('says clearly when a page has not rendered yet', () => {
    expect(() =>
      extractPage(
        new DOMParser().parseFromString('<p>loading</p>', 'text/html'),
        new URL('https://clips.twitch.tv/Abc'),
      ),
    ).toThrow(ExtractionError);
  });
});

describe('twitch: a channel live right now (the rendered header)', () => {
  // Modelled on Twitch's channel header while live: the red LIVE badge, the animated viewer count
  // and the uptime beside it (2025-10).
  const LIVE_HEADER = `<div class="Layout-sc-1xcs6mc-0 channel-status">
<div class="ScChannelStatusTextIndicator-sc-qtgrnb-0 tw-channel-status-text-indicator" font-size="6"><p class="CoreText-sc-1txzju1-0">LIVE</p></div>
<p data-a-target="animated-channel-viewers-count" aria-label="Viewer count" class="CoreText-sc-1txzju1-0"><span class="CoreText-sc-1txzju1-0">1,204</span></p>
<span class="live-time"><p aria-hidden="true" class="CoreText-sc-1txzju1-0">2:10:33</p></span>
</div>`;
  const livePage = (header = LIVE_HEADER) => {
    const { doc, url } = ownPage('twitch', 'profile');
    doc
      .querySelector('[data-a-target="channel-header-display-name"]')!
      .insertAdjacentHTML('afterend', header);
    const e = extractPage(doc, url);
    if (e.kind !== 'profile') throw new Error('expected a profile');
    return e.profile;
  };

  it('reads the viewers watching, when the stream started (from its uptime) and its title', () => {
    const profile = livePage();
    expect(profile.live?.viewers).toEqual({ value: 1204, display: '1,204', exact: true });
    expect(Date.parse(profile.capturedAt) - Date.parse(profile.live!.startedAt!)).toBe(
      ((2 * 60 + 10) * 60 + 33) * 1000,
    );
    expect(profile.live?.title).toBe('Throwing 20 mugs for the spring drop | !glaze !shop');
    expect(profile.sources.live).toBe('dom:[data-a-target="animated-channel-viewers-count"]');
    // The viewers are no follower count.
    expect(profile.followers?.value).toBe(12400);
  });

  it('says live with viewers unknown when only the LIVE badge shows', () => {
    const profile = livePage('<div class="tw-channel-status-text-indicator"><p>LIVE</p></div>');
    expect(profile.live).toMatchObject({ viewers: null, startedAt: null });
    expect(profile.sources.live).toBe('dom:.tw-channel-status-text-indicator');
  });

  it('says nothing of a stream on a channel that is not live', () => {
    const { doc, url } = ownPage('twitch', 'profile');
    const e = extractPage(doc, url);
    expect(e.kind === 'profile' && (e.profile.live ?? null)).toBeNull();
  });
});

describe('twitch: batched GraphQL answers', () => {
  it('lists gql.twitch.tv with the operation names it reads (never hashes)', () => {
    expect(twitch.apiCalls).toEqual([
      {
        host: 'gql.twitch.tv',
        path: '^/gql$',
        operations: [
          'ChannelRoot_AboutPanel',
          'FilterableVideoTower_Videos',
          'ClipsCards__User',
          'ChannelShell',
          'StreamMetadata',
        ],
      },
    ]);
  });

  it('merges every operation about the open channel, keeps only its own videos and clips, and reads who is watching live', () => {
    const r = reading(batch(), 'https://www.twitch.tv/lenamakes');
    expect(r.handle).toBe('lenamakes');
    expect(r.profile).toMatchObject({
      displayName: 'LenaMakes',
      bio: 'Wheel-thrown stoneware, streamed from a small studio. #ad partners listed on my site.',
      verified: false, // an Affiliate, not a Partner: no check mark
      links: ['https://lenamakes.studio', 'https://www.instagram.com/lena.makes/'],
      url: 'https://www.twitch.tv/lenamakes',
    });
    expect(r.profile?.followers).toEqual({ value: 12403, display: null, exact: true });
    // The raid video is claysupply's; the clip's curator is not its channel.
    expect(r.posts.map((p) => [p.id, p.format, p.authorHandle])).toEqual([
      ['2700000001', 'live', 'lenamakes'],
      ['SunnyBraveClayPogChamp-a1B2c3', 'clip', 'lenamakes'],
    ]);
    expect(r.posts[0]).toMatchObject({
      url: 'https://www.twitch.tv/videos/2700000001',
      postedAt: '2026-05-20T18:00:00Z',
      postedAtPrecision: 'time',
      mentions: ['claysupply'],
    });
    expect(r.posts[1]?.views).toEqual({ value: 31408, display: null, exact: true });
    for (const post of r.posts) expect(() => PostSchema.parse(post)).not.toThrow();
    expect(r.live).toEqual({
      viewers: 1204,
      startedAt: '2026-05-21T08:02:11Z',
      title: 'Throwing the big batch, Q&A',
    });
    expect(r.profile?.recentPosts).toBe(r.posts);
  });

  it('finds the channel of a video page from the video itself', () => {
    const r = reading(batch(), 'https://www.twitch.tv/videos/2700000001');
    expect(r.handle).toBe('lenamakes');
  });

  it('reads nothing from answers about other channels, other operations or other hosts', () => {
    const [shell, , , videos] = batch() as unknown[];
    expect(twitch.readApiAnswer([videos], GQL, new URL('https://www.twitch.tv/someoneelse'))).toBeNull();
    const renamed = {
      ...(videos as object),
      extensions: { operationName: 'FilterableVideoTower_Videos_v2' },
    };
    expect(twitch.readApiAnswer([renamed], GQL, new URL('https://www.twitch.tv/lenamakes'))).toBeNull();
    expect(
      twitch.readApiAnswer(
        [shell],
        new URL('https://www.twitch.tv/gql'),
        new URL('https://www.twitch.tv/lenamakes'),
      ),
    ).toBeNull();
    expect(twitch.readApiAnswer([shell], GQL, new URL('https://www.twitch.tv/directory'))).toBeNull();
  });

  it('never throws on odd or forged shapes', () => {
    const page = new URL('https://www.twitch.tv/lenamakes');
    const odd: unknown[] = [
      null,
      'x',
      [],
      [null, 1, 'a'],
      { data: null, extensions: { operationName: 'ClipsCards__User' } },
      [
        {
          data: { user: { clips: { edges: [{ node: { slug: 5, viewCount: '1e99' } }, null] } } },
          extensions: { operationName: 'ClipsCards__User' },
        },
      ],
      [
        {
          data: { user: { followers: { totalCount: -4 }, channel: { socialMedias: 'nope' } } },
          extensions: { operationName: 'ChannelRoot_AboutPanel' },
        },
      ],
      [
        {
          data: { userOrError: { login: 7, stream: { viewersCount: 'many' } } },
          extensions: { operationName: 'ChannelShell' },
        },
      ],
      Array.from({ length: 10_000 }, () => ({ data: {}, extensions: { operationName: 'StreamMetadata' } })),
    ];
    for (const json of odd) expect(() => twitch.readApiAnswer(json, GQL, page)).not.toThrow();
  });

  it('reads saved answers as files (troupe extract), and asks for the page URL when the answer names no channel', () => {
    const e = extractJson(batch(), new URL('https://www.twitch.tv/lenamakes'));
    expect(e.kind === 'profile' && e.profile.recentPosts.length).toBe(2);
    const clip = extractJson(
      batch(),
      new URL('https://www.twitch.tv/lenamakes/clip/SunnyBraveClayPogChamp-a1B2c3'),
    );
    expect(clip.kind === 'post' && clip.post.views?.value).toBe(31408);
    const [, , about] = batch() as unknown[];
    expect(() => extractJson(about)).toThrow(/--url https:\/\/www\.twitch\.tv\/<login>/);
  });
});

describe.skipIf(real.skip)('twitch: real GraphQL answers (../shared/fixtures/pages/twitch)', () => {
  it('ChannelRoot_AboutPanel: exact followers, Partner check mark, social links, no posts', () => {
    const r = reading(real.json('tgq-aboutpanel-xqc.json'), 'https://www.twitch.tv/xqc');
    expect(r.profile).toMatchObject({ handle: 'xqc', displayName: 'xQc', verified: true });
    expect(r.profile?.followers).toEqual({ value: 12041843, display: null, exact: true });
    expect(r.profile?.links).toHaveLength(4);
    expect(r.posts).toEqual([]); // its video edges carry ids only
  });

  it('ClipsCards__User: 20 clips by slug with exact views, and nothing on another channel', () => {
    const r = reading(real.json('tgq-clips-xqc.json'), 'https://www.twitch.tv/xqc/clips');
    expect(r.posts).toHaveLength(20);
    expect(r.posts[0]).toMatchObject({
      id: 'ArbitraryEasyBeefPanicBasket-5vC3SMa0PtN0HwKz',
      postedAt: '2025-12-07T03:36:47Z',
      format: 'clip',
    });
    expect(r.posts[0]?.views).toEqual({ value: 36970, display: null, exact: true });
    expect(
      twitch.readApiAnswer(real.json('tgq-clips-xqc.json'), GQL, new URL('https://www.twitch.tv/twitch')),
    ).toBeNull();
  });

  it('FilterableVideoTower_Videos: 30 past broadcasts of the channel', () => {
    const r = reading(real.json('tgq-videos-twitch-archive.json'), 'https://www.twitch.tv/twitch/videos');
    expect(r.posts).toHaveLength(30);
    expect(r.posts[0]).toMatchObject({ id: '2691902974', postedAt: '2026-02-07T23:18:50Z' });
    expect(r.posts[0]?.views?.value).toBe(490);
  });

  it('extractFromJson names the channel from the cards when no URL is given', () => {
    const e = extractJson(real.json('tgq-clips-xqc.json'));
    expect(e.kind === 'profile' && e.profile.handle).toBe('xqc');
  });
});

// Twitch words its figures in the viewer's interface language ("12,4 Tsd. Follower", "フォロワー1.2万人",
// "31.408 Aufrufe"). Our own pages, their English words replaced as each language prints them.
describe('twitch figures in the interface language of the page', () => {
  function served(kind: 'profile' | 'post', lang: string, words: [string, string][]) {
    let { html, url } = ownPage('twitch', kind);
    html = html.replace('lang="en-US"', `lang="${lang}"`);
    for (const [en, local] of words) html = html.replaceAll(en, local);
    return { doc: new DOMParser().parseFromString(html, 'text/html'), url };
  }

  it.each([
    ['de-DE', '<span class="CoreText-sc-1txzju1-0 kvqswx">12,4 Tsd.</span> Follower', 12_400],
    ['es-ES', '<span class="CoreText-sc-1txzju1-0 kvqswx">12,4 mil</span> seguidores', 12_400],
    ['tr-TR', '<span class="CoreText-sc-1txzju1-0 kvqswx">12,4 B</span> takipçi', 12_400],
    ['ja-JP', 'フォロワー<span class="CoreText-sc-1txzju1-0 kvqswx">1.2万</span>人', 12_000],
    ['en-US', '<span class="CoreText-sc-1txzju1-0 kvqswx">12.4K</span> followers', 12_400],
  ])('%s about panel: %s', (lang, line, value) => {
    const { doc, url } = served('profile', lang, [
      ['<span class="CoreText-sc-1txzju1-0 kvqswx">12.4K</span> followers', line],
    ]);
    const e = twitch.extract(doc, url);
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.followers?.value).toBe(value);
    expect(e.profile.followers?.exact).toBe(false);
  });

  it.each([
    ['de-DE', '31.408 Aufrufe', '1.202 Aufrufe'],
    ['fr-FR', '31\u202f408 vues', '1\u202f202 vues'],
    ['es-ES', '31.408 visualizaciones', '1202 visualizaciones'],
  ])('%s clip: "%s" is the clip’s own view count', (lang, own, other) => {
    const { doc, url } = served('post', lang, [
      ['31,408 views', own],
      ['1,202 views', other],
    ]);
    const e = twitch.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post.views).toEqual({ value: 31_408, display: own, exact: true });
  });
});

// The TikTok adapter: Troupe's own logged-in pages (tests/fixtures/pages/tiktok), the real captured
// pages in ../shared (read from there, skipped when absent) and the web app's item_list answers.
// No real capture of /api/post/item_list/ is public: tests/fixtures/api/tiktok-item-list.json is
// written by us from the documented answer shape ({itemList, hasMore, cursor}), whose items are
// the same struct as SIGI_STATE's ItemModule and the video page's itemStruct.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tiktok } from '../../../shared/platforms/tiktok';
import { MAX_ITEMS } from '../../../shared/platforms/tiktok-records';
import { CreatorProfileSchema } from '../../../shared/schemas/profile';
import { ownPage, ownPageFile } from './own-pages';
import { realCaptures } from './real-captures';

const real = realCaptures('tiktok');

const itemList = () =>
  JSON.parse(readFileSync(ownPageFile('../api/tiktok-item-list.json'), 'utf8')) as Record<string, unknown>;

function profileAt(doc: Document, url: string) {
  const e = tiktok.extract(doc, new URL(url));
  if (e.kind !== 'profile') throw new Error('expected a profile');
  return e.profile;
}

function postOf() {
  const { doc, url } = ownPage('tiktok', 'post');
  const e = tiktok.extract(doc, url);
  if (e.kind !== 'post') throw new Error('expected a post');
  return e;
}

const PAGE = new URL('https://www.tiktok.com/@lena.makes');
const ITEM_LIST = new URL('https://www.tiktok.com/api/post/item_list/?secUid=MS4wLjAB&count=35&cursor=0');

describe('tiktok profile page', () => {
  it('prefers exact statsV2 over rounded stats and keeps the shown figure as display', () => {
    const { doc, url } = ownPage('tiktok', 'profile');
    const p = profileAt(doc, url.href);
    expect(p.followers).toEqual({ value: 48213, display: '48.2K', exact: true });
    expect(p).toMatchObject({
      handle: 'lena.makes',
      displayName: 'Lena Makes',
      verified: true,
      links: ['lenamakes.studio'],
      countryHint: 'PT',
    });
  });

  it('reads recent posts in grid order, JSON figures with the shown display merged in by id', () => {
    const { doc, url } = ownPage('tiktok', 'profile');
    const posts = profileAt(doc, url.href).recentPosts;
    expect(posts.map((p) => p.id)).toEqual(['7423456789012345678', '7419876543210987654']);
    // Only in the grid: the rounded display is all there is.
    expect(posts[0]!.views).toEqual({ value: 192100, display: '192.1K', exact: false });
    expect(posts[0]!.sources.views).toBe('dom:[data-e2e="video-views"]');
    // In both: the JSON item (adLabelVersion 0, isAd false: "not paid") with the grid's display.
    expect(posts[1]).toMatchObject({
      paidPartnership: false,
      hashtags: ['pottery', 'asmr'],
      postedAt: '2024-09-27T08:00:00Z',
      postedAtPrecision: 'time',
    });
    expect(posts[1]!.views).toEqual({ value: 8412, display: '8,412', exact: true });
  });

  it("leaves out grid cards of other creators' videos (reposts)", () => {
    const { doc, url } = ownPage('tiktok', 'profile');
    const list = doc.querySelector('[data-e2e="user-post-item-list"]')!;
    list.insertAdjacentHTML(
      'afterbegin',
      '<div data-e2e="user-post-item"><a href="https://www.tiktok.com/@kilnfriend/video/7422000000000000001"><strong data-e2e="video-views">3M</strong></a></div>',
    );
    const ids = profileAt(doc, url.href).recentPosts.map((p) => p.id);
    expect(ids).not.toContain('7422000000000000001');
    expect(ids).toHaveLength(2);
  });

  it('after in-app navigation ignores the stale embedded state and reads the DOM', () => {
    const { doc } = ownPage('tiktok', 'profile');
    // The SPA rendered another creator; the embedded JSON still describes lena.makes.
    doc.querySelector('[data-e2e="user-title"]')!.textContent = 'potfan';
    doc.querySelector('[data-e2e="user-subtitle"]')!.textContent = 'Pot Fan';
    doc.querySelector('[data-e2e="followers-count"]')!.textContent = '1,024';
    doc.querySelector('[data-e2e="user-bio"]')!.textContent = 'I just like pots';
    const p = profileAt(doc, 'https://www.tiktok.com/@potfan');
    expect(p).toMatchObject({ handle: 'potfan', displayName: 'Pot Fan', bio: 'I just like pots' });
    expect(p.followers).toEqual({ value: 1024, display: '1,024', exact: true });
    expect(p.sources.followers).toBe('dom:[data-e2e="followers-count"]');
    // lena.makes's grid cards are not potfan's posts.
    expect(p.recentPosts).toEqual([]);
  });

  it.skipIf(real.skip)(
    '2022 SIGI page: ItemList order, ItemModule data, grid displays, the #ad label',
    () => {
      const p = profileAt(
        real.page('pender-profile-huxley-sigi-2022.html'),
        'https://www.tiktok.com/@huxleythepandapuppy',
      );
      expect(p.recentPosts).toHaveLength(18);
      const [first, second] = p.recentPosts;
      expect(first).toMatchObject({
        id: '7133763724367662378',
        postedAt: '2022-08-20T01:26:41Z',
        postedAtPrecision: 'time',
      });
      // stats.playCount 52100 is platform-rounded: an estimate with the grid's display.
      expect(first!.views).toEqual({ value: 52100, display: '52.1K', exact: false });
      expect(first!.likes).toEqual({ value: 6724, display: null, exact: true });
      expect(second!.likes).toEqual({ value: 41200, display: null, exact: false });
      const ring = p.recentPosts.find((post) => post.id === '7115110914470333739');
      expect(ring?.paidPartnership).toBe(true);
      expect(p.recentPosts.filter((post) => post.paidPartnership).length).toBe(1);
      // The grid renders 16 cards; the other two come from the state, still in ItemList order.
      expect(p.recentPosts.slice(16).map((post) => post.views?.display)).toEqual([null, null]);
      expect(p.languageHint).toBe('en');
    },
  );

  it.skipIf(real.skip)('2025 page with an empty itemList: the 18 grid cards are the posts', () => {
    const p = profileAt(real.page('ms-profile-illojuan-2025.html'), 'https://www.tiktok.com/@illojuan');
    expect(p.recentPosts).toHaveLength(18);
    expect(p.recentPosts[0]).toMatchObject({ id: '7571863205253778710', authorHandle: 'illojuan' });
    expect(p.recentPosts[0]!.views).toEqual({ value: 192100, display: '192.1K', exact: false });
    expect(p.recentPosts[1]!.views).toEqual({ value: 1_900_000, display: '1.9M', exact: false });
    // A Spanish creator on an English page: the cover descriptions of the grid tell (no captions in the state).
    expect(p.languageHint).toBe('es');
    expect(() => CreatorProfileSchema.parse(p)).not.toThrow();
  });
});

describe('tiktok video page', () => {
  it('marks round figures of 10,000 or more as estimates and reads adLabelVersion as the paid label', () => {
    const { post, author } = postOf();
    expect(post.likes).toEqual({ value: 25500, display: '25.5K', exact: false });
    expect(post.views?.exact).toBe(false);
    expect(post.comments).toEqual({ value: 146, display: '146', exact: true });
    expect(post.mentions).toEqual(['claybrand']);
    expect(post.hashtags).toEqual(['ceramics', 'pottery']);
    expect(post.postedAt).toBe('2025-10-09T08:53:20Z');
    expect(post.postedAtPrecision).toBe('time');
    expect(author.followers?.exact).toBe(false);
  });

  it('reads the sponsored tag when the JSON has no label', () => {
    const { doc, url } = ownPage('tiktok', 'post');
    doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')?.remove();
    const e = tiktok.extract(doc, url);
    if (e.kind !== 'post') throw new Error('expected a post');
    expect(e.post).toMatchObject({ paidPartnership: true, authorHandle: 'lena.makes' });
    expect(e.post.sources.paidPartnership).toBe('dom:[data-e2e="sponsored-tag"]');
    expect(e.post.likes).toEqual({ value: 25500, display: '25.5K', exact: false });
  });

  it('reads rehydration JSON on its own', () => {
    const { doc } = ownPage('tiktok', 'post');
    const json = JSON.parse(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent!);
    const e = tiktok.extractFromJson(json);
    expect(e.kind === 'post' && e.post.paidPartnership).toBe(true);
  });

  it.skipIf(real.skip)('a Spanish caption on an English page posts in Spanish (textLanguage)', () => {
    const doc = real.page('ms-video-illojuan-burgerking-2025.html');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    const e = tiktok.extract(doc, new URL('https://www.tiktok.com/@illojuan/video/7571863205253778710'));
    expect(e.kind === 'post' && e.author.languageHint).toBe('es');
  });
});

describe('tiktok item_list answers (live pages)', () => {
  it('lists the grid pages and the user card as its API calls', () => {
    const paths = tiktok.apiCalls.map((c) => new RegExp(c.path));
    for (const p of ['/api/post/item_list/', '/api/creator/item_list/', '/api/user/detail/'])
      expect(
        paths.some((re) => re.test(p)),
        p,
      ).toBe(true);
    expect(tiktok.apiCalls.every((c) => c.host === 'www.tiktok.com')).toBe(true);
  });

  it("keeps only the open creator's items, exact statsV2 over rounded stats, pinned and paid labels", () => {
    const reading = tiktok.readApiAnswer(itemList(), ITEM_LIST, PAGE);
    expect(reading?.handle).toBe('lena.makes');
    expect(reading?.posts.map((p) => p.id)).toEqual([
      '7401122334455667788',
      '7423456789012345678',
      '7419876543210987654',
    ]);
    const [pinned, paid, plain] = reading!.posts;
    expect(pinned).toMatchObject({
      pinned: true,
      postedAt: '2024-08-10T10:00:00Z',
      postedAtPrecision: 'time',
    });
    expect(pinned!.likes).toEqual({ value: 41187, display: null, exact: true });
    // statsV2 "612300" is round and large: TikTok rounded it too.
    expect(pinned!.views).toEqual({ value: 612300, display: null, exact: false });
    expect(paid).toMatchObject({ paidPartnership: true, pinned: false, mentions: ['claybrand'] });
    expect(plain!.views).toEqual({ value: 8412, display: null, exact: true });
    expect(reading?.profile?.followers).toEqual({ value: 48213, display: null, exact: true });
    expect(reading?.profile?.recentPosts).toBe(reading?.posts);
  });

  it('reads /api/creator/item_list/ the same way', () => {
    const url = new URL('https://www.tiktok.com/api/creator/item_list/?type=1&count=15');
    expect(tiktok.readApiAnswer(itemList(), url, PAGE)?.posts).toHaveLength(3);
  });

  it("names another creator's list as theirs, so the live pipeline can drop it", () => {
    const json = itemList();
    json.itemList = (json.itemList as { author: { uniqueId: string } }[]).filter(
      (i) => i.author.uniqueId === 'kilnfriend',
    );
    const reading = tiktok.readApiAnswer(json, ITEM_LIST, PAGE);
    expect(reading?.handle).toBe('kilnfriend');
  });

  it('reads /api/user/detail/', () => {
    const { doc } = ownPage('tiktok', 'profile');
    const state = JSON.parse(doc.getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent!);
    const answer = state.__DEFAULT_SCOPE__['webapp.user-detail'];
    const reading = tiktok.readApiAnswer(
      answer,
      new URL('https://www.tiktok.com/api/user/detail/?uniqueId=lena.makes'),
      PAGE,
    );
    expect(reading?.handle).toBe('lena.makes');
    expect(reading?.profile?.followers?.value).toBe(48213);
    expect(reading?.posts).toHaveLength(1);
  });

  it('never throws on odd shapes and caps what it reads', () => {
    const odd = [
      null,
      'x',
      42,
      [],
      { itemList: 'no' },
      { itemList: [null, 1, 'a', { id: 5 }] },
      { userInfo: [] },
    ];
    for (const json of odd) expect(() => tiktok.readApiAnswer(json, ITEM_LIST, PAGE)).not.toThrow();
    expect(tiktok.readApiAnswer({ itemList: [null, { id: '1' }] }, ITEM_LIST, PAGE)).toBeNull();
    const hostile = {
      itemList: [
        {
          get id(): string {
            throw new Error('boom');
          },
          author: 'lena.makes',
        },
      ],
    };
    expect(tiktok.readApiAnswer(hostile, ITEM_LIST, PAGE)).toBeNull();
    const many = Array.from({ length: MAX_ITEMS + 50 }, (_, i) => ({
      id: String(i + 1),
      author: { uniqueId: 'lena.makes' },
    }));
    expect(tiktok.readApiAnswer({ itemList: many }, ITEM_LIST, PAGE)?.posts).toHaveLength(MAX_ITEMS);
    // Another request of the web app: not an item list reader's business.
    expect(
      tiktok.readApiAnswer(itemList(), new URL('https://www.tiktok.com/api/comment/list/'), PAGE),
    ).toBeNull();
  });

  it("reads a saved item_list answer as the creator's profile (troupe extract)", () => {
    expect(tiktok.recognizesJson(itemList())).toBe(true);
    const e = tiktok.extractFromJson(itemList());
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile).toMatchObject({ handle: 'lena.makes', displayName: 'Lena Makes', verified: true });
    expect(e.profile.recentPosts).toHaveLength(3);
    expect(() => CreatorProfileSchema.parse(e.profile)).not.toThrow();
  });
});

// TikTok's meta description in the viewer's interface language: "… | 3.9M Likes. 783.4K Followers.
// <bio>" reads "… | 3.9M Me gusta. 783.4K seguidores. …" in Spanish, so the followers are the
// second figure after the bar, whatever TikTok calls them. Our own pages: only the meta tags left.
describe('tiktok meta description in other interface languages', () => {
  it.each([
    ['de', 'IlloJuan (@illojuan) auf TikTok | 3.9M Likes. 783.4K Follower. Timing, saludos desde Almería.'],
    [
      'es',
      'IlloJuan (@illojuan) en TikTok | 3.9M Me gusta. 783.4K seguidores. Timing, saludos desde Almería.',
    ],
    ['fr', 'IlloJuan (@illojuan) sur TikTok | 3.9M J’aime. 783.4K abonnés. Timing, saludos desde Almería.'],
    ['en', 'IlloJuan (@illojuan) on TikTok | 3.9M Likes. 783.4K Followers. Timing, saludos desde Almería.'],
  ])('%s', (lang, description) => {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><html lang="${lang}"><head><meta property="og:description" content="${description}"></head><body></body></html>`,
      'text/html',
    );
    const e = tiktok.extract(doc, new URL('https://www.tiktok.com/@illojuan'));
    if (e.kind !== 'profile') throw new Error('expected a profile');
    expect(e.profile.followers).toEqual({ value: 783_400, display: '783.4K', exact: false });
  });
});

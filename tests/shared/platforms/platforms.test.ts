// Each adapter on Troupe's own logged-in pages (tests/fixtures/pages), parsed by happy-dom like
// the extension's content script sees them, plus the JSON path and stale embedded state.
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../shared/platforms/contract';
import { ADAPTERS, extractPage } from '../../../shared/platforms/index';
import { CreatorProfileSchema, PostSchema } from '../../../shared/schemas/profile';
import { OWN_PAGES, ownPage } from './own-pages';

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

// Pages as they also come in the wild: deleted and unavailable items, private and age-gated ones,
// half-written state, figures that are no numbers. Each adapter gives a clear ExtractionError or a
// partial reading whose counts are real counts, on every address form it claims; never another error.
const ODD_PAGES = [
  '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.video-detail":{"statusCode":10204,"statusMsg":"item doesn\'t exist"}}}</script>',
  '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"statusCode":10221,"userInfo":{}}}}</script>',
  '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":{"webapp.user-detail":{"userInfo":{"user":{"uniqueId":"someone","privateAccount":true},"stats":null}}}}</script>',
  '<script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"__DEFAULT_SCOPE__":null}</script>',
  '<script id="SIGI_STATE" type="application/json">{"UserModule":{"users":{"someone":null},"stats":{"someone":"x"}}}</script>',
  '<script id="SIGI_STATE" type="application/json">{"ItemModule":{"7301":null}}</script>',
  '<script>var ytInitialData = {"metadata":{"channelMetadataRenderer":null},"header":[]};</script>',
  '<script>var ytInitialData = {"contents":{"twoColumnWatchNextResults":{"results":{"results":{"contents":[null,1,"x"]}}}}};var ytInitialPlayerResponse = {"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}};</script>',
  '<script>var ytInitialPlayerResponse = {"playabilityStatus":{"status":"LOGIN_REQUIRED","reason":"Sign in to confirm your age"},"videoDetails":{"videoId":"7PIMiDcwNvc","author":"X","viewCount":"12"}};</script>',
  '<script>var ytInitialData = {"metadata":{"channelMetadataRenderer":{"title":"T","externalId":"UCsXVk37bltHxD1rDPwtNM8Q","vanityChannelUrl":"http://www.youtube.com/@kurzgesagt"}},"header":{"pageHeaderRenderer":{"content":{"pageHeaderViewModel":{"metadata":{"contentMetadataViewModel":{"metadataRows":[{"metadataParts":[{"text":{"content":null}},{"text":7}]}]}}}}}}};</script>',
  '<script>var ytInitialData = {broken</script>',
  '<script type="application/ld+json">{"mainEntity":{"additionalName":"kikobeats","interactionStatistic":[null,{"name":"Follows","userInteractionCount":"lots"}]}}</script>',
  '<script type="application/ld+json">[1,2</script>',
  '<script>window._sharedData = {"entry_data":{"ProfilePage":[{"graphql":{"user":{"username":"pluto__travel","edge_followed_by":null,"edge_owner_to_timeline_media":{"edges":[null,{"node":null}]}}}}],"PostPage":[{"graphql":{"shortcode_media":{"shortcode":"CPeC-Eenc8l","owner":null,"edge_media_preview_like":"x"}}}]}};</script>',
  '<script type="application/json" data-sjs>{"require":[[null,{"code":"CPeC-Eenc8l","user":7,"like_count":"many"}]]}</script>',
  '<meta property="og:description" content="-1 Followers, NaN Following, 1e99 Posts - See Instagram photos and videos from X (@pluto__travel)"><meta property="og:title" content="X (@pluto__travel) • Instagram photos and videos">',
  '<meta property="og:description" content=" - "><meta property="og:title" content="(@">',
  '<meta property="og:description" content="99999999999999999999 likes, 1,2,3 comments - willyrex on Smarch 99, 2021: &quot;"><link rel="canonical" href="https://www.instagram.com/p/CPeC-Eenc8l/">',
  '<header><h2>pluto__travel</h2><a href="/pluto__travel/followers/"><span title="abc">1.2.3K</span></a></header>',
  '<article data-testid="tweet"><div data-testid="User-Name"><span>@verge</span></div><div role="group" aria-label="NaN likes, -3 replies"></div><time datetime="not a date"></time></article>',
  '<div data-a-target="follow-button"></div><p>1,2,3,4 followers</p>',
];
const ODD_JSON = [
  null,
  1,
  'x',
  [],
  {},
  { data: null },
  { data: { user: { result: { __typename: 'UserUnavailable' } } } },
  { items: [null] },
  { __DEFAULT_SCOPE__: [] },
  { metadata: { channelMetadataRenderer: 5 } },
  { contents: { twoColumnWatchNextResults: [] } },
  { videoDetails: { videoId: 3 } },
  { graphql: { shortcode_media: [] } },
  { data: { user: { followers: { totalCount: 'x' } } } },
];

function clearOrCounted(read: () => ReturnType<(typeof ADAPTERS)[number]['extract']>): void {
  try {
    const e = read();
    const who = e.kind === 'profile' ? e.profile : e.author;
    const post = e.kind === 'post' ? [e.post.likes, e.post.views, e.post.comments] : [];
    for (const c of [who.followers, who.following, who.posts, ...post])
      if (c) expect(Number.isSafeInteger(c.value) && c.value >= 0, JSON.stringify(c)).toBe(true);
  } catch (err) {
    if (!(err instanceof ExtractionError)) throw err;
  }
}

describe('odd pages and answers: a clear error or a partial reading, never a crash or an invented count', () => {
  it.each(ADAPTERS.map((a) => [a.platform, a] as const))('%s', (_, adapter) => {
    const urls = adapter.examples.filter((e) => e.match).map((e) => new URL(e.url));
    for (const html of ODD_PAGES) {
      const doc = new DOMParser().parseFromString(
        `<!doctype html><html lang="en"><head>${html}</head><body>${html}</body></html>`,
        'text/html',
      );
      for (const url of urls) clearOrCounted(() => adapter.extract(doc, url));
    }
    for (const json of ODD_JSON) {
      clearOrCounted(() => adapter.extractFromJson(json));
      for (const url of urls) clearOrCounted(() => adapter.extractFromJson(json, url));
    }
  });
});

// The real API answers in ../shared/fixtures/pages, with the request each web app makes for it and
// the page it makes it on, so tests and benchmarks can replay them the way the site does. The
// answers are read from ../shared when needed (never copied into the repo); `realAnswers()` is empty
// when that folder is absent. TikTok and Instagram answers have no public capture: `ownAnswers()`
// replays the adapters' own fixtures (tests/fixtures/api, written from the documented shapes).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS } from '../../../shared/platforms';
import { apiCallMatcher } from '../../../shared/platforms/api-capture';
import type { Platform } from '../../../shared/schemas/enums';
import { REPO_ROOT, SHARED_PAGES } from './social-server';

const OWN_ANSWERS_DIR = join(REPO_ROOT, 'tests/fixtures/api');

export interface RealAnswer {
  file: string;
  platform: Platform;
  /** The creator page the web app is on when it asks (YouTube at the channel's @handle URL). */
  pageUrl: string;
  /** Who the answer is about (TRUTH.json). */
  handle: string;
  /** The request as the web app makes it: YouTube a `Request` object, X an XHR, Twitch a batched POST. */
  method: 'GET' | 'POST';
  url: string;
  via: 'fetch-request' | 'fetch' | 'xhr';
  body?: string;
  /** The body's content type (JSON unless said). */
  bodyType?: string;
  /** One of our own fixtures (tests/fixtures/api) rather than a real capture. */
  own?: boolean;
  /** Twitch answers a batch with an array; the captures hold one entry each. */
  batched?: boolean;
}

const innertube = (endpoint: string, body: object) => ({
  method: 'POST' as const,
  url: `https://www.youtube.com/youtubei/v1/${endpoint}?prettyPrint=false`,
  via: 'fetch-request' as const,
  body: JSON.stringify({ context: { client: { clientName: 'WEB', clientVersion: '2.20260101' } }, ...body }),
});
// X puts a rotating query id before the operation name.
const xGraphql = (operation: string, variables: object) => ({
  method: 'GET' as const,
  url: `https://x.com/i/api/graphql/Q${operation.length}rotatingId/${operation}?variables=${encodeURIComponent(JSON.stringify(variables))}`,
  via: 'xhr' as const,
});
const twitchGql = (operationName: string, variables: object) => ({
  method: 'POST' as const,
  url: 'https://gql.twitch.tv/gql',
  via: 'fetch' as const,
  body: JSON.stringify([
    { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: 'rotating' } } },
  ]),
  batched: true,
});

const ANSWERS: RealAnswer[] = [
  {
    file: 'youtube/np-channel-kurzgesagt-browse-2026.json',
    platform: 'youtube',
    pageUrl: 'https://www.youtube.com/@kurzgesagt',
    handle: 'kurzgesagt',
    ...innertube('browse', { browseId: 'UCsXVk37bltHxD1rDPwtNM8Q' }),
  },
  {
    file: 'youtube/np-channel-vsauce-browse-2026.json',
    platform: 'youtube',
    pageUrl: 'https://www.youtube.com/@Vsauce',
    handle: 'Vsauce',
    ...innertube('browse', { browseId: 'UC6nSFpj9HTCZ5t-N3Rm3-HA' }),
  },
  {
    file: 'youtube/np-tab-videos-creativecommons-2026.json',
    platform: 'youtube',
    pageUrl: 'https://www.youtube.com/@creativecommons/videos',
    handle: 'creativecommons',
    ...innertube('browse', { browseId: 'UCTwECeGqMZee77BjdoYtI2Q', params: 'EgZ2aWRlb3PyBgQKAjoA' }),
  },
  {
    file: 'youtube/np-video-pewdiepie-next-2026.json',
    platform: 'youtube',
    pageUrl: 'https://www.youtube.com/watch?v=7PIMiDcwNvc',
    handle: 'PewDiePie',
    ...innertube('next', { videoId: '7PIMiDcwNvc' }),
  },
  {
    file: 'x/twscrape-user-xdevelopers-2026.json',
    platform: 'x',
    pageUrl: 'https://x.com/XDevelopers',
    handle: 'XDevelopers',
    ...xGraphql('UserByScreenName', { screen_name: 'XDevelopers' }),
  },
  {
    file: 'x/twscrape-user-tweets-xdevelopers-2026.json',
    platform: 'x',
    pageUrl: 'https://x.com/XDevelopers',
    handle: 'XDevelopers',
    ...xGraphql('UserTweets', { userId: '2244994945', count: 20 }),
  },
  {
    file: 'x/twscrape-tweet-detail-2026.json',
    platform: 'x',
    pageUrl: 'https://x.com/XDevelopers/status/1649191520250245121',
    handle: 'XDevelopers',
    ...xGraphql('TweetDetail', { focalTweetId: '1649191520250245121' }),
  },
  {
    file: 'twitch/tgq-aboutpanel-xqc.json',
    platform: 'twitch',
    pageUrl: 'https://www.twitch.tv/xqc',
    handle: 'xqc',
    ...twitchGql('ChannelRoot_AboutPanel', { channelLogin: 'xqc', skipSchedule: false }),
  },
  {
    file: 'twitch/tgq-clips-xqc.json',
    platform: 'twitch',
    pageUrl: 'https://www.twitch.tv/xqc/clips',
    handle: 'xqc',
    ...twitchGql('ClipsCards__User', { login: 'xqc', limit: 20 }),
  },
  {
    file: 'twitch/tgq-videos-twitch-archive.json',
    platform: 'twitch',
    pageUrl: 'https://www.twitch.tv/twitch/videos',
    handle: 'twitch',
    ...twitchGql('FilterableVideoTower_Videos', {
      channelOwnerLogin: 'twitch',
      limit: 30,
      videoSort: 'TIME',
    }),
  },
];

// Instagram's web app names the GraphQL operation in the form body; ids rotate.
const instagramGraphql = (friendlyName: string) => ({
  method: 'POST' as const,
  url: 'https://www.instagram.com/graphql/query',
  via: 'fetch' as const,
  bodyType: 'application/x-www-form-urlencoded',
  body: new URLSearchParams({
    fb_api_caller_class: 'RelayModern',
    fb_api_req_friendly_name: friendlyName,
    variables: JSON.stringify({ username: 'lena.makes', data: { count: 12 } }),
    doc_id: '8759034877476257',
  }).toString(),
});

const OWN_ANSWERS: RealAnswer[] = [
  {
    file: 'tiktok-item-list.json',
    own: true,
    platform: 'tiktok',
    pageUrl: 'https://www.tiktok.com/@lena.makes',
    handle: 'lena.makes',
    method: 'GET',
    url: 'https://www.tiktok.com/api/post/item_list/?aid=1988&count=35&cursor=0&secUid=MS4wLjABAAAAlena',
    via: 'fetch',
  },
  {
    file: 'instagram-web-profile-info.json',
    own: true,
    platform: 'instagram',
    pageUrl: 'https://www.instagram.com/lena.makes/',
    handle: 'lena.makes',
    method: 'GET',
    url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=lena.makes',
    via: 'fetch',
  },
  {
    file: 'instagram-timeline.json',
    own: true,
    platform: 'instagram',
    pageUrl: 'https://www.instagram.com/lena.makes/',
    handle: 'lena.makes',
    ...instagramGraphql('PolarisProfilePostsQuery'),
  },
  {
    file: 'instagram-clips.json',
    own: true,
    platform: 'instagram',
    pageUrl: 'https://www.instagram.com/lena.makes/',
    handle: 'lena.makes',
    ...instagramGraphql('PolarisProfileReelsTabContentQuery_connection'),
  },
];

/**
 * Our own Twitch batch on a channel live right now (ChannelShell, StreamMetadata, the about panel:
 * no public capture of the first two). The file is the batch array already.
 */
export const TWITCH_LIVE_ANSWER: RealAnswer = {
  file: 'twitch/gql-batch-channel.json',
  own: true,
  platform: 'twitch',
  pageUrl: 'https://www.twitch.tv/lenamakes',
  handle: 'lenamakes',
  ...twitchGql('StreamMetadata', { channelLogin: 'lenamakes' }),
  batched: false,
};

/** Our own TikTok and Instagram answers (no public capture of these shapes exists). */
export function ownAnswers(): RealAnswer[] {
  return OWN_ANSWERS.filter((a) => existsSync(join(OWN_ANSWERS_DIR, a.file)));
}

/** The real answers present in ../shared (none without it). */
export function realAnswers(): RealAnswer[] {
  return ANSWERS.filter((a) => existsSync(join(SHARED_PAGES, a.file)));
}

/** The answer's body as the site sends it. */
export function answerBody(answer: RealAnswer): string {
  const text = readFileSync(join(answer.own ? OWN_ANSWERS_DIR : SHARED_PAGES, answer.file), 'utf8');
  return answer.batched ? `[${text}]` : text;
}

/** True when the platform's adapter lists the answer's request among its `apiCalls` (so the extension reads it). */
export function adapterReads(answer: RealAnswer): boolean {
  const adapter = ADAPTERS.find((a) => a.platform === answer.platform);
  return !!adapter && apiCallMatcher(adapter.apiCalls)(new URL(answer.url), { body: answer.body ?? null });
}

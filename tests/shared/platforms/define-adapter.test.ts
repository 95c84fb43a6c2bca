import { describe, expect, it } from 'vitest';
import { apiCallMatcher } from '../../../shared/platforms/api-capture';
import { defineAdapter } from '../../../shared/platforms/define-adapter';
import { ADAPTER_OF } from '../../../shared/platforms/index';
import { PLATFORM_RECORDS } from '../../../shared/platforms/platform-records';
import type { Platform } from '../../../shared/schemas/enums';

const PAGE = new URL('https://www.tiktok.com/@lena.makes');
const REQUEST = new URL('https://www.tiktok.com/api/post/item_list/');

function partsReading(read: () => ReturnType<typeof ADAPTER_OF.tiktok.readApiAnswer>) {
  return defineAdapter('tiktok', {
    examples: [],
    matchUrl: () => null,
    extract: () => {
      throw new Error('not read in this test');
    },
    recognizesJson: () => false,
    extractFromJson: () => {
      throw new Error('not read in this test');
    },
    selectors: {},
    apiCalls: [],
    readApiAnswer: read,
  });
}

describe('defineAdapter', () => {
  it('carries the platform and its record', () => {
    const adapter = partsReading(() => null);
    expect(adapter.platform).toBe('tiktok');
    const { name, hosts, matches, profileAt } = adapter;
    expect({ name, hosts, matches, profileAt }).toEqual(PLATFORM_RECORDS.tiktok);
  });

  it("passes a live answer's reading through and turns a reader's throw into no reading", () => {
    const reading = { handle: 'lena.makes', profile: null, posts: [] };
    expect(partsReading(() => reading).readApiAnswer({}, REQUEST, PAGE)).toBe(reading);
    const choking = partsReading(() => {
      throw new TypeError('cyclic');
    });
    expect(choking.readApiAnswer({}, REQUEST, PAGE)).toBeNull();
  });
});

// One request each platform's web app really makes, read while a creator's page is open.
const LIVE_REQUESTS: readonly (readonly [Platform, string, string])[] = [
  ['instagram', 'https://www.instagram.com/graphql/query', 'https://www.instagram.com/lena.makes/'],
  ['tiktok', 'https://www.tiktok.com/api/post/item_list/', 'https://www.tiktok.com/@lena.makes'],
  ['youtube', 'https://www.youtube.com/youtubei/v1/browse', 'https://www.youtube.com/@lenamakes'],
  ['x', 'https://x.com/i/api/graphql/abc123/UserTweets', 'https://x.com/lenamakes'],
  ['twitch', 'https://gql.twitch.tv/gql', 'https://www.twitch.tv/lenamakes'],
];

/** JSON that throws on every look at it: a getter-laden or cyclic answer taken to the extreme. */
const hostile = new Proxy(
  {},
  Object.fromEntries(
    ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'].map((trap) => [
      trap,
      () => {
        throw new Error(`boom: ${trap}`);
      },
    ]),
  ),
);

describe.each(LIVE_REQUESTS)('the %s adapter on an answer that throws', (platform, requestUrl, pageUrl) => {
  const adapter = ADAPTER_OF[platform];
  const request = new URL(requestUrl);

  it('is asked about a request it reads, on a creator page', () => {
    expect(apiCallMatcher(adapter.apiCalls)(request, { body: undefined })).toBe(true);
    expect(adapter.matchUrl(pageUrl)?.kind).toBe('profile');
  });

  it('reads nothing and never throws', () => {
    expect(adapter.readApiAnswer(hostile, request, new URL(pageUrl))).toBeNull();
  });
});

// The adapters' `apiCalls` are the page-world script's only knowledge of each site (inlined at build
// time): they must be plain data it can use, and the wire format must survive anything the page sends.
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../../shared/platforms';
import {
  apiCallMatcher,
  MAX_ANSWER_BYTES,
  packAnswer,
  unpackAnswer,
} from '../../../shared/platforms/api-capture';

describe('adapters’ apiCalls', () => {
  it.each(ADAPTERS.map((a) => [a.platform, a] as const))(
    '%s: plain data the page-world script can match',
    (_, adapter) => {
      for (const call of adapter.apiCalls) {
        expect(JSON.parse(JSON.stringify(call))).toEqual(call);
        expect(call.host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
        expect(() => new RegExp(call.path)).not.toThrow();
        expect(call.path.startsWith('^'), `${call.path} is anchored`).toBe(true);
        for (const operation of call.operations ?? []) expect(operation).toMatch(/^\w+$/);
      }
    },
  );

  it('matches by host, path and operation name, never by the rotating id or hash', () => {
    const matches = apiCallMatcher([
      { host: 'x.com', path: '^/i/api/graphql/[^/]+/\\w+$', operations: ['UserTweets'] },
      { host: 'gql.twitch.tv', path: '^/gql$', operations: ['ClipsCards__User'] },
    ]);
    expect(matches(new URL('https://x.com/i/api/graphql/abc/UserTweets'), { body: null })).toBe(true);
    expect(matches(new URL('https://x.com/i/api/graphql/zzz/UserTweets?variables=1'), { body: null })).toBe(
      true,
    );
    expect(matches(new URL('https://x.com/i/api/graphql/abc/HomeTimeline'), { body: null })).toBe(false);
    expect(matches(new URL('https://twitter.com/i/api/graphql/abc/UserTweets'), { body: null })).toBe(false);
    const gql = new URL('https://gql.twitch.tv/gql');
    expect(matches(gql, { body: '[{"operationName":"ClipsCards__User"}]' })).toBe(true);
    expect(matches(gql, { body: '[{"operationName":"PlaybackAccessToken"}]' })).toBe(false);
    // A body that cannot be read without consuming it: the adapter decides from the answer.
    expect(matches(gql, { body: undefined })).toBe(true);
  });
});

describe('packAnswer / unpackAnswer', () => {
  it('round-trips and refuses anything else', () => {
    expect(unpackAnswer(packAnswer('https://x.com/a?b=1', '{"x":"\\n"}'))).toEqual({
      requestUrl: new URL('https://x.com/a?b=1'),
      text: '{"x":"\\n"}',
    });
    for (const forged of [
      undefined,
      {},
      1,
      '',
      '\n{}',
      'x\n{}',
      `https://x.com/\n${' '.repeat(MAX_ANSWER_BYTES + 9000)}`,
    ])
      expect(unpackAnswer(forged)).toBeNull();
  });
});

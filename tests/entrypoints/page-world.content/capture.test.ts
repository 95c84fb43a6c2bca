// The page-world script against a fake network: it must forward exactly the platform's own API
// answers, leave what the page gets untouched, skip what is not JSON or too large without reading
// it all, and never let an error of its own reach the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CaptureWindow, installCapture } from '../../../entrypoints/page-world.content/capture';
import {
  ANSWER_EVENT,
  LISTENING_EVENT,
  MAX_ANSWER_BYTES,
  unpackAnswer,
} from '../../../shared/platforms/api-capture';
import type { ApiCall } from '../../../shared/platforms/contract';

const CALLS: ApiCall[] = [
  { host: 'www.youtube.com', path: '^/youtubei/v1/browse$' },
  { host: 'x.com', path: '^/i/api/graphql/[^/]+/[A-Za-z]+$', operations: ['UserTweets', 'UserByScreenName'] },
  { host: 'gql.twitch.tv', path: '^/gql$', operations: ['FilterableVideoTower_Videos'] },
];
const ANSWER = JSON.stringify({ contents: { videos: [1, 2, 3] }, note: 'ünïcode ✓' });

type Route = (url: string, init?: RequestInit) => Response | Promise<Response>;

/** A window whose fetch answers from `route` and whose XHR answers from `xhrAnswers`. */
function fakeWindow(route: Route, xhrAnswers: Record<string, FakeAnswer> = {}) {
  const seen: unknown[][] = [];
  const fetch = vi.fn(async function (this: unknown, ...args: unknown[]) {
    seen.push(args);
    const [input, init] = args as [RequestInfo | URL, RequestInit | undefined];
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return route(url, init);
  }) as unknown as typeof globalThis.fetch;
  const win: CaptureWindow = {
    fetch,
    XMLHttpRequest: fakeXhrClass(xhrAnswers),
    document,
    location: { href: 'https://x.com/XDevelopers' } as Location,
    CustomEvent,
    TextDecoder,
  };
  return { win, seen, nativeFetch: fetch };
}

interface FakeAnswer {
  status?: number;
  type?: string;
  body: string;
  responseType?: XMLHttpRequestResponseType;
}

function fakeXhrClass(answers: Record<string, FakeAnswer>): typeof XMLHttpRequest {
  class FakeXhr extends EventTarget {
    url = '';
    status = 0;
    responseType: XMLHttpRequestResponseType = '';
    responseURL = '';
    private answer: FakeAnswer | undefined;
    open(_method: string, url: string) {
      this.url = new URL(url, 'https://x.com/').href;
    }
    send() {
      this.answer = answers[this.url];
      queueMicrotask(() => {
        this.status = this.answer?.status ?? 404;
        this.responseURL = this.url;
        this.dispatchEvent(new Event('load'));
      });
    }
    getResponseHeader(name: string) {
      return name === 'content-type' ? (this.answer?.type ?? 'application/json') : null;
    }
    get responseText() {
      if (this.responseType !== '' && this.responseType !== 'text') throw new Error('InvalidStateError');
      return this.answer?.body ?? '';
    }
    get response() {
      if (this.responseType === 'json') return JSON.parse(this.answer?.body ?? 'null');
      if (this.responseType === 'arraybuffer') return new TextEncoder().encode(this.answer?.body).buffer;
      return this.responseText;
    }
  }
  return FakeXhr as unknown as typeof XMLHttpRequest;
}

const json = (body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

let forwarded: { requestUrl: string; text: string }[] = [];
const onAnswer = (event: Event) => {
  const answer = unpackAnswer((event as CustomEvent).detail);
  if (answer) forwarded.push({ requestUrl: answer.requestUrl.href, text: answer.text });
};
let uninstall: () => void = () => {};

beforeEach(() => {
  forwarded = [];
  document.addEventListener(ANSWER_EVENT, onAnswer);
});
afterEach(() => {
  uninstall();
  document.removeEventListener(ANSWER_EVENT, onAnswer);
});

function install(win: CaptureWindow, listening = true) {
  uninstall = installCapture(win, CALLS);
  if (listening) document.dispatchEvent(new CustomEvent(LISTENING_EVENT));
}

const settle = () => new Promise((done) => setTimeout(done, 20));

describe('page-world capture: fetch', () => {
  it('forwards a listed call made with a Request object and gives the page the very same answer', async () => {
    const original = json(ANSWER, { 'x-custom': 'kept' });
    const { win, seen } = fakeWindow(() => original);
    install(win);
    const request = new Request('https://www.youtube.com/youtubei/v1/browse?prettyPrint=false', {
      method: 'POST',
      body: JSON.stringify({ browseId: 'UCsXVk37bltHxD1rDPwtNM8Q' }),
    });
    const response = await win.fetch(request);
    // The page's own Response object, unread, with its status and headers.
    expect(response).toBe(original);
    expect(response.bodyUsed).toBe(false);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-custom')).toBe('kept');
    expect(await response.text()).toBe(ANSWER);
    // The native fetch got the page's exact arguments.
    expect(seen[0]).toEqual([request]);
    await settle();
    expect(forwarded).toEqual([{ requestUrl: request.url, text: ANSWER }]);
  });

  it('recognises X operations by the last path segment, whatever the rotating id', async () => {
    const { win } = fakeWindow(() => json(ANSWER));
    install(win);
    await win.fetch('/i/api/graphql/E3opETHurmVJflFsUBVuUQ/UserTweets?variables=%7B%7D');
    await win.fetch('/i/api/graphql/Zz9/HomeTimeline');
    await win.fetch('https://x.com/i/api/1.1/jot/client_event.json');
    await settle();
    expect(forwarded.map((f) => new URL(f.requestUrl).pathname)).toEqual([
      '/i/api/graphql/E3opETHurmVJflFsUBVuUQ/UserTweets',
    ]);
  });

  it('reads a Twitch batch only when its body names a listed operation', async () => {
    const { win } = fakeWindow(() => json('[{"data":{}}]'));
    install(win);
    const post = (body: string) => win.fetch('https://gql.twitch.tv/gql', { method: 'POST', body });
    await post('[{"operationName":"FilterableVideoTower_Videos","variables":{}}]');
    await post('[{"operationName":"Chat_ChannelData","variables":{}}]');
    await settle();
    expect(forwarded).toHaveLength(1);
  });

  it('skips non-JSON and oversized answers without cloning or reading them', async () => {
    const html = new Response('<html>nope</html>', { headers: { 'content-type': 'text/html' } });
    const huge = json('{}', { 'content-length': String(5 * 1024 * 1024) });
    const failed = new Response('{"error":1}', {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
    const answers = [html, huge, failed];
    for (const r of answers) vi.spyOn(r, 'clone');
    const { win } = fakeWindow(() => answers.shift()!);
    install(win);
    for (let i = 0; i < 3; i++) await win.fetch('https://www.youtube.com/youtubei/v1/browse');
    await settle();
    expect(forwarded).toEqual([]);
    expect(html.clone).not.toHaveBeenCalled();
    expect(huge.clone).not.toHaveBeenCalled();
    expect(failed.clone).not.toHaveBeenCalled();
  });

  it('stops reading a streamed answer past the cap, or at once when it does not start like JSON, while the page still gets all of it', async () => {
    const size = 256 * 1024;
    /** A stream of `count` chunks of 256 KB whose first byte is `first`; `pulled` counts chunks handed out. */
    const stream = (first: number, count: number, pulled: { chunks: number }) =>
      new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled.chunks === count) return controller.close();
          const next = new Uint8Array(size).fill(0x20);
          if (pulled.chunks === 0) next[0] = first;
          pulled.chunks++;
          controller.enqueue(next);
        },
      });
    const answer = (first: number, pulled: { chunks: number }) =>
      new Response(stream(first, 20, pulled), { headers: { 'content-type': 'application/json' } });

    const big = { chunks: 0 };
    const { win } = fakeWindow(() => answer(0x7b /* { */, big));
    install(win);
    const response = await win.fetch('https://www.youtube.com/youtubei/v1/browse');
    await settle();
    expect(forwarded).toEqual([]);
    // Read up to the cap (12 chunks of 256 KB, one more to see it is over, and the streams' read-ahead)
    // and no further, before the page read anything.
    expect(big.chunks).toBeLessThanOrEqual(MAX_ANSWER_BYTES / size + 3);
    // The page's branch is untouched: all 5 MB arrive.
    expect((await response.arrayBuffer()).byteLength).toBe(20 * size);

    const html = { chunks: 0 };
    const { win: win2 } = fakeWindow(() => answer(0x3c /* < */, html));
    uninstall();
    install(win2);
    const page = await win2.fetch('https://www.youtube.com/youtubei/v1/browse');
    await settle();
    expect(forwarded).toEqual([]);
    expect(html.chunks).toBeLessThanOrEqual(3); // the first chunk and the read-ahead
    expect((await page.arrayBuffer()).byteLength).toBe(20 * size);
  });

  it('keeps what it saw before the content script listens, and sends it once it does (a bounded number)', async () => {
    const { win } = fakeWindow(() => json(ANSWER));
    install(win, false);
    for (let i = 0; i < 12; i++) await win.fetch(`https://www.youtube.com/youtubei/v1/browse?n=${i}`);
    await settle();
    expect(forwarded).toEqual([]);
    document.dispatchEvent(new CustomEvent(LISTENING_EVENT));
    expect(forwarded.map((f) => new URL(f.requestUrl).searchParams.get('n'))).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
  });

  it('never lets an error of its own reach the page, and passes failures through as they are', async () => {
    const boom = new TypeError('Failed to fetch');
    const { win, seen } = fakeWindow((url) => (url.includes('fail') ? Promise.reject(boom) : json(ANSWER)));
    install(win);
    // An input our URL parsing chokes on still goes to the native fetch untouched.
    const odd = {
      get url(): string {
        throw new Error('hostile getter');
      },
      toString: () => 'https://www.youtube.com/youtubei/v1/browse',
    };
    await expect(win.fetch(odd as unknown as Request)).rejects.toThrow();
    expect(seen[0]?.[0]).toBe(odd);
    await expect(win.fetch('https://www.youtube.com/youtubei/v1/browse?fail')).rejects.toBe(boom);
    // A body that is not JSON despite its type: skipped, the page reads it.
    const response = await win.fetch('https://www.youtube.com/youtubei/v1/browse');
    expect(await response.text()).toBe(ANSWER);
  });
});

describe('page-world capture: XMLHttpRequest', () => {
  const tweets = 'https://x.com/i/api/graphql/V7H0Ap3_Hh2FyS75OCDO3Q/UserTweets?variables=%7B%7D';
  const home = 'https://x.com/i/api/graphql/V7H0Ap3_Hh2FyS75OCDO3Q/HomeTimeline';

  function xhr(win: CaptureWindow, url: string, responseType: XMLHttpRequestResponseType = '') {
    const request = new win.XMLHttpRequest();
    request.responseType = responseType;
    request.open('GET', url);
    const loaded = new Promise((done) => request.addEventListener('load', done));
    request.send();
    return { request, loaded };
  }

  it('forwards the text of a listed call (responseType "", "text" and "json"), and the page reads it as before', async () => {
    const { win } = fakeWindow(() => json('{}'), {
      [tweets]: { status: 200, body: ANSWER },
      [home]: { status: 200, body: ANSWER },
    });
    install(win);
    for (const type of ['', 'text', 'json'] as const) {
      const { request, loaded } = xhr(win, tweets, type);
      await loaded;
      if (type === 'json') expect(request.response).toEqual(JSON.parse(ANSWER));
      else expect(request.responseText).toBe(ANSWER);
    }
    await xhr(win, home).loaded;
    await settle();
    expect(forwarded.map((f) => JSON.parse(f.text))).toEqual([1, 2, 3].map(() => JSON.parse(ANSWER)));
    expect(new Set(forwarded.map((f) => f.requestUrl))).toEqual(new Set([tweets]));
  });

  it('skips binary response types, errors and non-JSON answers', async () => {
    const { win } = fakeWindow(() => json('{}'), {
      [tweets]: { status: 200, body: ANSWER },
      'https://x.com/i/api/graphql/a/UserByScreenName': { status: 429, body: '{"errors":[]}' },
      'https://x.com/i/api/graphql/b/UserByScreenName': { status: 200, body: '<html>', type: 'text/html' },
    });
    install(win);
    await xhr(win, tweets, 'arraybuffer').loaded;
    await xhr(win, 'https://x.com/i/api/graphql/a/UserByScreenName').loaded;
    await xhr(win, 'https://x.com/i/api/graphql/b/UserByScreenName').loaded;
    await settle();
    expect(forwarded).toEqual([]);
  });

  it('restores the native functions when removed', () => {
    const { win, nativeFetch } = fakeWindow(() => json('{}'));
    const { open, send } = win.XMLHttpRequest.prototype;
    install(win);
    expect(win.fetch).not.toBe(nativeFetch);
    uninstall();
    uninstall = () => {};
    expect(win.fetch).toBe(nativeFetch);
    expect(win.XMLHttpRequest.prototype.open).toBe(open);
    expect(win.XMLHttpRequest.prototype.send).toBe(send);
  });
});

// What the content script accepts from the page-world channel: anything on it may be forged by the
// page, so only well-formed answers of this platform's own API calls reach the adapter.
import { describe, expect, it, vi } from 'vitest';
import { listenForApiAnswers, readForwarded } from '../../../entrypoints/overlay.content/live-answers';
import {
  ANSWER_EVENT,
  apiCallMatcher,
  LISTENING_EVENT,
  MAX_ANSWER_BYTES,
  packAnswer,
} from '../../../shared/platforms/api-capture';
import type { ApiCall, ApiReading } from '../../../shared/platforms/contract';

const CALLS: ApiCall[] = [{ host: 'www.youtube.com', path: '^/youtubei/v1/browse$' }];
const BROWSE = 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false';
const PAGE = 'https://www.youtube.com/@kurzgesagt/videos';
const READING: ApiReading = { handle: 'kurzgesagt', profile: null, posts: [] };

function adapter(read = vi.fn((_json: unknown, _request: URL, _page: URL): ApiReading | null => READING)) {
  return {
    apiCalls: CALLS,
    readApiAnswer: read,
    matchUrl: (url: string | URL) => (String(url).includes('/@') ? { kind: 'profile' as const } : null),
  };
}

describe('readForwarded', () => {
  const matches = apiCallMatcher(CALLS);

  it('parses an answer of a listed call and hands it to the adapter with both URLs', () => {
    const a = adapter();
    expect(readForwarded(packAnswer(BROWSE, '{"contents":{}}'), a, matches, PAGE)).toBe(READING);
    const [json, request, page] = a.readApiAnswer.mock.calls[0]!;
    expect(json).toEqual({ contents: {} });
    expect(request.href).toBe(BROWSE);
    expect(page.href).toBe(PAGE);
    // Facebook's anti-hijacking guard is stripped.
    expect(readForwarded(packAnswer(BROWSE, 'for (;;);{"a":1}'), a, matches, PAGE)).toBe(READING);
    expect(a.readApiAnswer.mock.calls[1]?.[0]).toEqual({ a: 1 });
  });

  it('refuses what is not an answer of this platform, too large, or not JSON, and survives an adapter that throws', () => {
    const a = adapter();
    const refused = [
      { url: BROWSE, text: '{}' }, // an object, not the string detail
      42,
      null,
      'no newline at all',
      packAnswer('https://evil.example/youtubei/v1/browse', '{}'),
      packAnswer('https://www.youtube.com/youtubei/v1/player', '{}'),
      packAnswer('not a url', '{}'),
      packAnswer(BROWSE, '<html>'),
      packAnswer(BROWSE, `{"pad":"${'x'.repeat(MAX_ANSWER_BYTES + 10_000)}"}`),
    ];
    for (const detail of refused) expect(readForwarded(detail, a, matches, PAGE)).toBeNull();
    expect(a.readApiAnswer).not.toHaveBeenCalled();
    const throwing = adapter(
      vi.fn(() => {
        throw new Error('odd shape');
      }),
    );
    expect(readForwarded(packAnswer(BROWSE, '{}'), throwing, matches, PAGE)).toBeNull();
  });
});

describe('listenForApiAnswers', () => {
  it('says it listens, reads answers dispatched on the document (on a creator page only), and stops with its signal', () => {
    history.replaceState(null, '', '/feed');
    const ignored = vi.fn();
    const quiet = new AbortController();
    listenForApiAnswers(document, adapter(), ignored, quiet.signal);
    document.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: packAnswer(BROWSE, '{}') }));
    expect(ignored).not.toHaveBeenCalled();
    quiet.abort();
    history.replaceState(null, '', '/@kurzgesagt');

    const listening = vi.fn();
    document.addEventListener(LISTENING_EVENT, listening);
    const controller = new AbortController();
    const onReading = vi.fn();
    listenForApiAnswers(document, adapter(), onReading, controller.signal);
    expect(listening).toHaveBeenCalledTimes(1);

    document.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: packAnswer(BROWSE, '{}') }));
    expect(onReading).toHaveBeenCalledWith(READING, document.location.href);
    // The same event bubbling from an element is not from the page-world script's channel.
    document.body.dispatchEvent(
      new CustomEvent(ANSWER_EVENT, { detail: packAnswer(BROWSE, '{}'), bubbles: true }),
    );
    expect(onReading).toHaveBeenCalledTimes(1);

    controller.abort();
    document.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: packAnswer(BROWSE, '{}') }));
    expect(onReading).toHaveBeenCalledTimes(1);
    document.removeEventListener(LISTENING_EVENT, listening);
  });
});

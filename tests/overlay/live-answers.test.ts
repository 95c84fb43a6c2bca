// What the content script accepts from the page-world channel: anything on it may be forged by the
// page, so only well-formed, bounded JSON reaches the adapter, which checks the request is one of its
// own calls (the real adapters' checks are in their tests and the live-page e2e).
import { describe, expect, it, vi } from 'vitest';
import { listenForApiAnswers, readForwarded } from '../../overlay/live-answers';
import {
  ANSWER_EVENT,
  LISTENING_EVENT,
  MAX_ANSWER_BYTES,
  packAnswer,
} from '../../shared/platforms/api-capture';
import type { ApiReading } from '../../shared/platforms/contract';

const BROWSE = 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false';
const PAGE = 'https://www.youtube.com/@kurzgesagt/videos';
const READING: ApiReading = { handle: 'kurzgesagt', profile: null, posts: [] };

function adapter(
  read = vi.fn(
    (_json: unknown, _request: URL, _page: URL, _language?: string | null): ApiReading | null => READING,
  ),
) {
  return { readApiAnswer: read };
}

describe('readForwarded', () => {
  it('parses an answer of a listed call and hands it to the adapter with both URLs', () => {
    const a = adapter();
    expect(readForwarded(packAnswer(BROWSE, '{"contents":{}}'), a, PAGE)).toBe(READING);
    const [json, request, page] = a.readApiAnswer.mock.calls[0]!;
    expect(json).toEqual({ contents: {} });
    expect(request.href).toBe(BROWSE);
    expect(page.href).toBe(PAGE);
  });

  it('refuses what is not a forwarded answer, too large, or not JSON, and survives an adapter that throws', () => {
    const a = adapter();
    const refused = [
      { url: BROWSE, text: '{}' }, // an object, not the string detail
      42,
      null,
      'no newline at all',
      packAnswer('not a url', '{}'),
      packAnswer(BROWSE, '<html>'),
      packAnswer(BROWSE, `{"pad":"${'x'.repeat(MAX_ANSWER_BYTES + 10_000)}"}`),
    ];
    for (const detail of refused) expect(readForwarded(detail, a, PAGE)).toBeNull();
    expect(a.readApiAnswer).not.toHaveBeenCalled();
    const throwing = adapter(
      vi.fn(() => {
        throw new Error('odd shape');
      }),
    );
    expect(readForwarded(packAnswer(BROWSE, '{}'), throwing, PAGE)).toBeNull();
  });
});

describe('listenForApiAnswers', () => {
  it('says it listens, reads answers dispatched on the document, and stops with its signal', () => {
    const listening = vi.fn();
    document.addEventListener(LISTENING_EVENT, listening);
    const controller = new AbortController();
    const onReading = vi.fn();
    const a = adapter();
    listenForApiAnswers(document, a, onReading, controller.signal);
    expect(listening).toHaveBeenCalledTimes(1);

    // Answers carry no language: the adapter gets the page's own, which says what "86,3 B" means.
    document.documentElement.setAttribute('lang', 'tr-TR');
    document.dispatchEvent(new CustomEvent(ANSWER_EVENT, { detail: packAnswer(BROWSE, '{}') }));
    expect(onReading).toHaveBeenCalledWith(READING, document.location.href);
    expect(a.readApiAnswer.mock.calls[0]?.[3]).toBe('tr');
    document.documentElement.removeAttribute('lang');
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

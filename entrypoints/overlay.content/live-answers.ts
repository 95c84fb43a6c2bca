// Receives the web app's API answers from the page-world script and reads them with this platform's
// adapter. Everything arriving here may come from the page itself instead (any page script can fire
// the same event), so each message is untrusted input: only events on this document, a string of
// bounded size, a request URL among the adapter's own API calls, JSON that parses; the adapter then
// validates the shape. The reading only ever reaches the open card (see live-reading.ts).
import {
  ANSWER_EVENT,
  type ApiCallMatcher,
  apiCallMatcher,
  LISTENING_EVENT,
  unpackAnswer,
} from '../../shared/platforms/api-capture';
import type { ApiReading, PlatformAdapter } from '../../shared/platforms/contract';

/** Facebook-style anti-hijacking prefix some Instagram answers carry before the JSON. */
const GUARD = /^\s*for\s*\(\s*;\s*;\s*\)\s*;/;

/** Reads one forwarded event detail; null when it is not a readable answer of this platform's calls. */
export function readForwarded(
  detail: unknown,
  adapter: Pick<PlatformAdapter, 'readApiAnswer'>,
  matches: ApiCallMatcher,
  pageUrl: string,
): ApiReading | null {
  const answer = unpackAnswer(detail);
  if (!answer || !matches(answer.requestUrl, { body: undefined })) return null;
  try {
    const json: unknown = JSON.parse(answer.text.replace(GUARD, ''));
    return adapter.readApiAnswer(json, answer.requestUrl, new URL(pageUrl));
  } catch {
    return null;
  }
}

/**
 * Listens while `signal` is live and passes each reading with the page URL it arrived on; then
 * tells the page-world script we listen, so it sends the answers it kept from before we started.
 */
export function listenForApiAnswers(
  doc: Document,
  adapter: Pick<PlatformAdapter, 'readApiAnswer' | 'apiCalls' | 'matchUrl'>,
  onReading: (reading: ApiReading, pageUrl: string) => void,
  signal: AbortSignal,
): void {
  const matches = apiCallMatcher(adapter.apiCalls);
  doc.addEventListener(
    ANSWER_EVENT,
    (event) => {
      if (event.target !== doc || !('detail' in event)) return;
      const pageUrl = doc.location?.href ?? '';
      // The home feed and search pages load answers too: no creator page, nothing to read.
      if (!adapter.matchUrl(pageUrl)) return;
      const start = performance.now();
      const reading = readForwarded((event as CustomEvent).detail, adapter, matches, pageUrl);
      // What reading one answer cost the page's main thread (npm run bench reads it).
      performance.measure('troupe:api-answer', { start, detail: { read: reading !== null } });
      if (reading) onReading(reading, pageUrl);
    },
    { signal },
  );
  doc.dispatchEvent(new CustomEvent(LISTENING_EVENT));
}

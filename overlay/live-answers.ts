// Receives the web app's API answers from the page-world script and reads them with this platform's
// adapter. Everything arriving here may come from the page itself instead (any page script can fire
// the same event), so each message is untrusted input: only events on this document, a string of
// bounded size, JSON that parses; the adapter then checks the request is one of its own calls and
// validates the shape. The request URL is the sender's word, so checking its host here would stop
// no forgery. The reading only ever reaches the open card (see live-reading.ts).
import { ANSWER_EVENT, LISTENING_EVENT, unpackAnswer } from '../shared/platforms/api-capture';
import type { ApiReading, PlatformAdapter } from '../shared/platforms/contract';
import { pageLanguage } from '../shared/platforms/page-language';

/** Reads one forwarded event detail; null when it is not a readable answer of this platform's calls. */
export function readForwarded(
  detail: unknown,
  adapter: Pick<PlatformAdapter, 'readApiAnswer'>,
  pageUrl: string,
  language: string | null = null,
): ApiReading | null {
  const answer = unpackAnswer(detail);
  if (!answer) return null;
  try {
    const json: unknown = JSON.parse(answer.text);
    return adapter.readApiAnswer(json, answer.requestUrl, new URL(pageUrl), language);
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
  adapter: Pick<PlatformAdapter, 'readApiAnswer'>,
  onReading: (reading: ApiReading, pageUrl: string) => void,
  signal: AbortSignal,
): void {
  doc.addEventListener(
    ANSWER_EVENT,
    (event) => {
      // Only events on this document (not bubbling from an element); `detail` is checked by unpackAnswer.
      if (event.target !== doc) return;
      const pageUrl = doc.location?.href ?? '';
      const start = performance.now();
      const reading = readForwarded((event as CustomEvent).detail, adapter, pageUrl, pageLanguage(doc));
      if (!reading) return;
      // What reading one answer cost the page's main thread (npm run bench reads it).
      performance.measure('troupe:api-answer', { start });
      onReading(reading, pageUrl);
    },
    { signal },
  );
  doc.dispatchEvent(new CustomEvent(LISTENING_EVENT));
}

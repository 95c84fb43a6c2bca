// The wire between the page-world script (entrypoints/page-world.content), which sees the web app's
// own requests, and the content script, which reads their answers with the platform's adapter. Both
// sides import this file, so it stays tiny and imports no adapter: the page-world script ships in
// every page of the five sites before the site's own code runs.
import type { ApiCall } from './contract';

/** Dispatched on `document` by the page-world script; detail: `requestUrl + "\n" + answerText`. */
export const ANSWER_EVENT = 'troupe:api-answer';
/** Dispatched on `document` by the content script once it listens: the page-world script then sends what it kept. */
export const LISTENING_EVENT = 'troupe:api-listening';
/**
 * Answers larger than this are not read. The real answers are 5–900 KB (X's UserTweets the largest);
 * anything far beyond is not a profile's timeline and would cost the page memory and time to copy.
 */
export const MAX_ANSWER_BYTES = 3 * 1024 * 1024;

/** True for a request the platform's web app makes whose answer an adapter reads (see ApiCall). */
export type ApiCallMatcher = (url: URL, hints: RequestHints) => boolean;

export interface RequestHints {
  /**
   * The request body as text when it is text (JSON, form data): GraphQL batches name their operations
   * there. Null when there is no body; undefined when there is one we cannot read without consuming it.
   */
  body: string | null | undefined;
}

export function apiCallMatcher(calls: readonly ApiCall[]): ApiCallMatcher {
  const compiled = calls.map((call) => ({ ...call, pattern: new RegExp(call.path) }));
  return (url, { body }) => {
    for (const call of compiled) {
      if (url.hostname !== call.host || !call.pattern.test(url.pathname)) continue;
      const operations = call.operations;
      if (!operations?.length) return true;
      // X names the operation in the path (…/graphql/<rotating id>/UserTweets); ids rotate, names do not.
      if (operations.includes(url.pathname.slice(url.pathname.lastIndexOf('/') + 1))) return true;
      // Twitch and Instagram name it in the body (or the query); a body we cannot read is let
      // through, and the adapter dispatches on the answer's own operation name.
      if (body === undefined) return true;
      const text = url.search + (body ?? '');
      if (operations.some((operation) => text.includes(operation))) return true;
    }
    return false;
  };
}

/** The event detail the page-world script sends: the request URL, a newline, the answer's text. */
export function packAnswer(requestUrl: string, text: string): string {
  return `${requestUrl}\n${text}`;
}

/** Splits a forwarded detail back; null for anything that is not one (the page may send anything). */
export function unpackAnswer(detail: unknown): { requestUrl: URL; text: string } | null {
  if (typeof detail !== 'string' || detail.length > MAX_ANSWER_BYTES + 8192) return null;
  const newline = detail.indexOf('\n');
  if (newline < 1) return null;
  try {
    return { requestUrl: new URL(detail.slice(0, newline)), text: detail.slice(newline + 1) };
  } catch {
    return null;
  }
}

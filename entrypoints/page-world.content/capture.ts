// Runs in the page's own world before the site's code: wraps fetch and XMLHttpRequest so that the
// answers of the web app's own API calls (the ones the adapters list in `apiCalls`) reach the content
// script, which cannot see them from its isolated world. What the page gets is untouched: the same
// promise, the same Response (we read a clone, so its body still streams to the page), the same XHR.
// Everything of ours runs in try/catch or on a promise whose rejection we swallow, so no error of
// ours reaches the page. We make no request of our own and send nothing anywhere but to the content
// script of this same page.
import {
  ANSWER_EVENT,
  type ApiCallMatcher,
  apiCallMatcher,
  LISTENING_EVENT,
  MAX_ANSWER_BYTES,
  packAnswer,
  type RequestHints,
} from '../../shared/platforms/api-capture';
import type { ApiCall } from '../../shared/platforms/contract';

/** Answers kept while the content script (document_idle) is not listening yet: the first page's calls. */
const KEPT_BEFORE_LISTENING = 8;

/** Content types an API answer can carry (Instagram still answers some GraphQL as text/javascript). */
const JSONISH = /json|javascript|text\/plain/i;

export interface CaptureWindow {
  fetch: typeof fetch;
  XMLHttpRequest: typeof XMLHttpRequest;
  document: Document;
  location: Location;
  CustomEvent: typeof CustomEvent;
  TextDecoder: typeof TextDecoder;
}

/** Installs the wrappers on `win` (the page's window). Returns a function that removes them (tests). */
export function installCapture(win: CaptureWindow, calls: readonly ApiCall[]): () => void {
  const matches: ApiCallMatcher = apiCallMatcher(calls);
  const { document, CustomEvent: Event } = win;
  const kept: string[] = [];
  let listening = false;

  const forward = (requestUrl: string, text: string) => {
    const detail = packAnswer(requestUrl, text);
    if (listening) document.dispatchEvent(new Event(ANSWER_EVENT, { detail }));
    else if (kept.length < KEPT_BEFORE_LISTENING) kept.push(detail);
  };
  const onListening = () => {
    listening = true;
    for (const detail of kept.splice(0)) document.dispatchEvent(new Event(ANSWER_EVENT, { detail }));
  };
  document.addEventListener(LISTENING_EVENT, onListening);

  const wanted = (raw: string | URL, hints: RequestHints): URL | null => {
    const url = new URL(raw, win.location.href);
    return matches(url, hints) ? url : null;
  };

  // fetch: our reaction is attached before the page receives the promise, so it runs first and
  // clones the Response before the page can start reading its body.
  const nativeFetch = win.fetch;
  const wrappedFetch = function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    // biome-ignore lint/complexity/noArguments: the page's exact arguments go to the native fetch
    const promise: Promise<Response> = nativeFetch.apply(this, arguments as never);
    try {
      const isRequest = typeof input === 'object' && 'url' in input && typeof input.url === 'string';
      const url = wanted(isRequest ? (input as Request).url : (input as string | URL), {
        body: bodyText(init?.body ?? (isRequest && (input as Request).body ? undefined : null)),
      });
      if (url)
        promise.then((response) => {
          const copy = cloneIfWorthReading(response);
          if (copy) readCapped(copy, win.TextDecoder).then((text) => text && forward(url.href, text), ignore);
        }, ignore);
    } catch {
      // Ours only: the page already has its promise.
    }
    return promise;
  } as typeof fetch;
  win.fetch = wrappedFetch;

  // XMLHttpRequest: remember open()'s URL, and on send() of a wanted call listen for `load`.
  const proto = win.XMLHttpRequest.prototype;
  const nativeOpen = proto.open;
  const nativeSend = proto.send;
  const opened = new WeakMap<XMLHttpRequest, string | URL>();
  proto.open = function open(this: XMLHttpRequest, _method: string, url: string | URL) {
    try {
      opened.set(this, url);
    } catch {}
    // biome-ignore lint/complexity/noArguments: the page's exact arguments go to the native open
    return nativeOpen.apply(this, arguments as never);
  } as typeof proto.open;
  proto.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    try {
      const raw = opened.get(this);
      const url = raw === undefined ? null : wanted(raw, { body: bodyText(body ?? null) });
      if (url) this.addEventListener('load', () => readXhr(this, url.href, forward));
    } catch {}
    // biome-ignore lint/complexity/noArguments: the page's exact arguments go to the native send
    return nativeSend.apply(this, arguments as never);
  } as typeof proto.send;

  return () => {
    document.removeEventListener(LISTENING_EVENT, onListening);
    if (win.fetch === wrappedFetch) win.fetch = nativeFetch;
    proto.open = nativeOpen;
    proto.send = nativeSend;
  };
}

function ignore(): void {}

/** A request body as text where that is free (string, form fields); undefined where it is not. */
function bodyText(body: unknown): string | null | undefined {
  if (body === null || body === undefined) return body;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return undefined;
}

/** A clone of a JSON-looking 2xx answer within the size cap; null (nothing cloned) otherwise. */
function cloneIfWorthReading(response: Response): Response | null {
  try {
    if (!response.ok || !response.body) return null;
    const type = response.headers.get('content-type');
    if (type && !JSONISH.test(type)) return null;
    if (Number(response.headers.get('content-length')) > MAX_ANSWER_BYTES) return null;
    return response.clone();
  } catch {
    return null;
  }
}

/**
 * The clone's text, or null when it is over the cap or does not start like JSON. Reads chunk by
 * chunk and cancels early, so a huge or non-JSON answer costs only its first chunks.
 */
async function readCapped(copy: Response, Decoder: typeof TextDecoder): Promise<string | null> {
  const reader = (copy.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total === 0 && !startsLikeJson(value)) {
      void reader.cancel().catch(ignore);
      return null;
    }
    total += value.byteLength;
    if (total > MAX_ANSWER_BYTES) {
      void reader.cancel().catch(ignore);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new Decoder().decode(bytes);
}

/** First non-blank byte is `{` or `[`. */
function startsLikeJson(chunk: Uint8Array): boolean {
  for (const byte of chunk) {
    if (
      byte === 0x20 ||
      byte === 0x0a ||
      byte === 0x0d ||
      byte === 0x09 ||
      byte === 0xef ||
      byte === 0xbb ||
      byte === 0xbf
    )
      continue;
    return byte === 0x7b || byte === 0x5b;
  }
  return true;
}

function readXhr(
  xhr: XMLHttpRequest,
  requestUrl: string,
  forward: (url: string, text: string) => void,
): void {
  try {
    if (xhr.status < 200 || xhr.status > 299) return;
    const type = xhr.getResponseHeader('content-type');
    if (type && !JSONISH.test(type)) return;
    if (Number(xhr.getResponseHeader('content-length')) > MAX_ANSWER_BYTES) return;
    let text: string | null = null;
    if (xhr.responseType === '' || xhr.responseType === 'text') text = xhr.responseText;
    else if (xhr.responseType === 'json' && xhr.response !== null) text = JSON.stringify(xhr.response);
    if (!text || text.length > MAX_ANSWER_BYTES || !/^\s*[[{]/.test(text.slice(0, 64))) return;
    forward(xhr.responseURL || requestUrl, text);
  } catch {}
}

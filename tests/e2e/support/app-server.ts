// A web app shell at the platforms' real URLs whose own script calls the platform's API the way the
// real web app does (fetch with a Request object, plain fetch, XMLHttpRequest), answered from the
// local HTTPS server with whatever the test sets: real captured answers from ../shared, or
// non-JSON, huge or failing ones. Lets the built extension's page-world script meet real traffic.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalHttps, startHttps } from './https-server';
import { NAVIGATION_SCRIPT, pageHtml, type SocialPage } from './social-server';

export interface ServedAnswer {
  body: string | Buffer;
  contentType?: string;
  status?: number;
  /** Send Content-Length (the default); false streams the body chunked. */
  contentLength?: boolean;
}

export interface AppServer extends LocalHttps {
  /**
   * Sets what the endpoint of `url` (host and path; query ignored) answers. Several answers are served
   * in turn, the last one from then on.
   */
  answer: (url: string, ...answers: ServedAnswer[]) => void;
  /** Requests the endpoints received, as "METHOD host/path". */
  received: string[];
}

/** A header the server adds to every API answer, so tests can check the page still gets it. */
export const SERVED_HEADER = 'x-troupe-served';

const NONCE = 'troupe-app-server';

// The app's own script (main world, plain ES2017): requests as the web app makes them, and a record
// of the forwarding events any page script could observe on `document`.
const APP_SCRIPT = `
(() => {
  const forwarded = [];
  const forwardedAt = [];
  const answeredAt = [];
  document.addEventListener('troupe:api-answer', (e) => {
    const d = String(e.detail);
    forwarded.push(d.slice(0, d.indexOf('\\n')));
    forwardedAt.push(performance.now());
  });
  const headersOf = (list) => {
    const out = {};
    for (const [k, v] of list) out[k.toLowerCase()] = v;
    return out;
  };
  window.troupeApp = {
    forwarded,
    forwardedAt,
    answeredAt,
    request(spec) {
      if (spec.via === 'xhr') {
        return new Promise((resolve, reject) => {
          const xhr = new XMLHttpRequest();
          xhr.open(spec.method, spec.url);
          xhr.onload = () => {
            answeredAt.push(performance.now());
            resolve({
              status: xhr.status,
              text: xhr.responseText,
              headers: headersOf(
                xhr.getAllResponseHeaders().trim().split(/\\r?\\n/).filter(Boolean).map((line) => {
                  const at = line.indexOf(':');
                  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
                }),
              ),
            });
          };
          xhr.onerror = () => reject(new Error('XHR failed'));
          xhr.send(spec.body === undefined ? null : spec.body);
        });
      }
      const init = { method: spec.method };
      if (spec.body !== undefined) {
        init.body = spec.body;
        init.headers = { 'content-type': spec.bodyType || 'application/json' };
      }
      const sent = spec.via === 'fetch-request' ? fetch(new Request(spec.url, init)) : fetch(spec.url, init);
      return sent.then(async (r) => {
        answeredAt.push(performance.now());
        return { status: r.status, headers: headersOf(r.headers), text: await r.text() };
      });
    },
  };
})();`;

/** The page at `url`: a saved page when one is served there, else an empty app shell; with the app's script. */
function shell(url: URL, page: SocialPage | undefined): string {
  const script = `<script nonce="${NONCE}">${APP_SCRIPT}${NAVIGATION_SCRIPT}</script>`;
  if (!page)
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${url.hostname}</title></head><body><div id="app"></div>${script}</body></html>`;
  const html = pageHtml(page);
  const end = html.toLowerCase().lastIndexOf('</body>');
  return end < 0 ? html + script : html.slice(0, end) + script + html.slice(end);
}

const endpointOf = (url: URL) => `${url.hostname}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();

/** `pages` are served at their URLs (query ignored) as the app's markup; other page URLs get an empty shell. */
export async function startAppServer(pages: SocialPage[] = []): Promise<AppServer> {
  const byEndpoint = new Map(pages.map((p) => [endpointOf(new URL(p.url)), p]));
  const answers = new Map<string, ServedAnswer[]>();
  const received: string[] = [];
  const server = await startHttps((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-headers': 'content-type, client-id, authorization, x-csrf-token',
      'access-control-allow-methods': 'GET, POST',
      'access-control-expose-headers': SERVED_HEADER,
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const queue = answers.get(endpointOf(url));
    if (!queue) {
      res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': `script-src 'nonce-${NONCE}'`,
          'cache-control': 'no-store',
        })
        .end(shell(url, byEndpoint.get(endpointOf(url))));
      return;
    }
    received.push(`${req.method} ${url.hostname}${url.pathname}`);
    req.resume();
    const served = (queue.length > 1 ? queue.shift() : queue[0]) as ServedAnswer;
    const body = typeof served.body === 'string' ? Buffer.from(served.body) : served.body;
    const headers: Record<string, string> = {
      ...cors,
      'content-type': served.contentType ?? 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      [SERVED_HEADER]: String(body.length),
    };
    if (served.contentLength !== false) headers['content-length'] = String(body.length);
    res.writeHead(served.status ?? 200, headers);
    if (served.contentLength === false) {
      // Chunked, as a streamed answer would come.
      for (let at = 0; at < body.length; at += 64 * 1024) res.write(body.subarray(at, at + 64 * 1024));
      res.end();
    } else res.end(body);
  });
  return {
    ...server,
    received,
    answer: (url, ...list) => answers.set(endpointOf(new URL(url)), list),
  };
}

// A brand's landing page and a receiver stand-in for the widget's real-browser tests, both on
// loopback: the page (with the strict CSP, optional hostile CSS) on one port, the applications
// endpoint on another, so every request is a real cross-origin POST with a CORS preflight.
// The endpoint behaves like the receiver's contract (201 new, 200 replayed key) and can be told to
// lose responses, answer 503 with Retry-After, hold requests or refuse them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const BUNDLE_DIR = join(REPO, '.output/widget');

/** Builds the widget once if a previous step (npm test runs the build first) has not. */
export function ensureWidgetBuilt(): void {
  if (existsSync(join(BUNDLE_DIR, 'troupe-apply.js')) && existsSync(join(BUNDLE_DIR, 'troupe-submit.mjs')))
    return;
  execFileSync('npx', ['vite', 'build', '--config', 'widget/vite.config.ts'], { cwd: REPO, stdio: 'pipe' });
}

export const BRIEF = {
  id: 'northwind-2026',
  name: 'Northwind outdoor ambassadors',
  brand: 'Northwind Outdoors',
  niches: [{ name: 'outdoors', keywords: ['hiking', 'camping', 'trail'] }],
  platforms: ['instagram', 'tiktok', 'youtube'],
  followerRange: { min: 1000, max: 500000 },
  regions: [],
  languages: [],
};

/** Hostile host CSS: global resets, typography, form styles, !important, all the usual leaks. */
export const HOSTILE_CSS = `
* { box-sizing: content-box !important; margin: 7px !important; padding: 3px !important; border: 2px dashed red !important; }
html { font-size: 31px !important; }
body { font: italic 22px/3 "Comic Sans MS", cursive !important; color: #0f0 !important; letter-spacing: 4px !important;
  word-spacing: 9px !important; text-transform: uppercase !important; text-align: center !important; direction: ltr !important;
  visibility: visible; cursor: crosshair !important; }
div, form, fieldset, label, span, p, h2, legend { display: inline !important; background: yellow !important; color: purple !important; }
input, select, textarea, button { all: unset !important; font-size: 9px !important; width: 30px !important; background: black !important; }
button { display: none !important; }
[part], [class], [id] { outline: 5px solid blue !important; }
troupe-apply { padding: 40px !important; border: 10px solid red !important; margin: 30px !important; opacity: 0.2 !important; transform: rotate(3deg) !important; }
`;

const HOST_CSS = `
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
main { max-width: 720px; margin: 0 auto; padding: 16px; }
troupe-apply { display: block; min-height: 1330px; }
.below { height: 40px; background: #eee; }
`;

export interface PageOptions {
  locale?: string;
  hostile?: boolean;
  /** Load the script tag twice. */
  twice?: boolean;
  /** Leave the widget out (to compare the host page with and without it). */
  noWidget?: boolean;
  /** Use the script tag's data-* attributes instead of a <troupe-apply> element. */
  scriptTagOnly?: boolean;
  feedback?: boolean;
  minFillMs?: number;
}

export type EndpointMode =
  | { kind: 'ok' }
  /** Store the first `n` applications, then destroy the socket: the browser never sees the answer. */
  | { kind: 'drop'; n: number }
  | { kind: 'busy'; n: number; retryAfter: number }
  /** 400 invalid_application naming handles.0.handle, as the receiver refuses an application for good. */
  | { kind: 'refuse' }
  /** Keep requests open until release() is called (release() also lets later ones through). */
  | { kind: 'hold' };

export interface Post {
  at: number;
  key: string | null;
  body: { idempotencyKey: string; claimedScore?: number | null; [k: string]: unknown };
}

export interface WidgetSite {
  url: (options?: PageOptions) => string;
  origin: string;
  endpoint: string;
  /** Every POST that reached the endpoint, in order. */
  posts: Post[];
  /** Applications stored, one per idempotency key (what the receiver would keep). */
  stored: Map<string, Post['body']>;
  /** Every request path the landing-page server answered. */
  siteRequests: string[];
  /** Every request (method + path) the endpoint saw, preflights included. */
  endpointRequests: string[];
  setMode: (mode: EndpointMode) => void;
  release: () => void;
  close: () => Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
  );
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      text += c;
    });
    req.on('end', () => done(text));
    req.on('error', fail);
  });
}

export async function startWidgetSite(): Promise<WidgetSite> {
  ensureWidgetBuilt();
  const posts: Post[] = [];
  const stored = new Map<string, Post['body']>();
  const siteRequests: string[] = [];
  const endpointRequests: string[] = [];
  let mode: EndpointMode = { kind: 'ok' };
  let seen = 0;
  let held: (() => void)[] = [];

  const api = createServer(async (req, res) => {
    endpointRequests.push(`${req.method} ${req.url}`);
    res.setHeader('access-control-allow-origin', siteOrigin);
    res.setHeader('access-control-expose-headers', 'Retry-After');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', 'POST');
      res.setHeader('access-control-allow-headers', 'content-type, idempotency-key');
      res.writeHead(204).end();
      return;
    }
    if (req.method !== 'POST' || req.url !== '/applications') return void res.writeHead(404).end();
    const body = JSON.parse(await readBody(req)) as Post['body'];
    const key = req.headers['idempotency-key'];
    posts.push({ at: Date.now(), key: typeof key === 'string' ? key : null, body });
    seen++;
    const answer = (status: number, json: object, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
    if (mode.kind === 'refuse')
      return answer(400, {
        error: {
          code: 'invalid_application',
          message: 'refused by the test',
          issues: [{ path: 'handles.0.handle', message: 'Not a handle this platform allows.' }],
        },
      });
    if (mode.kind === 'busy' && seen <= mode.n)
      return answer(
        503,
        { error: { code: 'busy', message: 'try later' } },
        { 'retry-after': String(mode.retryAfter) },
      );
    const replay = stored.has(body.idempotencyKey);
    if (!replay) stored.set(body.idempotencyKey, body);
    if (mode.kind === 'drop' && seen <= mode.n) return void res.socket?.destroy();
    if (mode.kind === 'hold') await new Promise<void>((done) => held.push(done));
    answer(replay ? 200 : 201, {
      id: String([...stored.keys()].indexOf(body.idempotencyKey) + 1),
      status: 'received',
    });
  });
  const apiPort = await listen(api);
  const endpoint = `http://127.0.0.1:${apiPort}/applications`;
  const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${endpoint}; require-trusted-types-for 'script'`;

  const site = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    siteRequests.push(url.pathname);
    const send = (type: string, body: string | Buffer) =>
      res
        .writeHead(200, { 'content-type': type, 'content-security-policy': csp, 'cache-control': 'no-store' })
        .end(body);
    if (url.pathname === '/hostile.css') return send('text/css', HOSTILE_CSS);
    if (url.pathname === '/host.css') return send('text/css', HOST_CSS);
    if (/^\/troupe-[a-z]+\.m?js$/.test(url.pathname) && existsSync(join(BUNDLE_DIR, url.pathname))) {
      return send('text/javascript', readFileSync(join(BUNDLE_DIR, url.pathname)));
    }
    if (url.pathname === '/' || url.pathname === '/blank') {
      const o = JSON.parse(url.searchParams.get('o') ?? '{}') as PageOptions;
      return send(
        'text/html; charset=utf-8',
        url.pathname === '/blank' ? blankPage() : landingPage(o, endpoint),
      );
    }
    res.writeHead(404).end();
  });
  const sitePort = await listen(site);
  const siteOrigin = `http://127.0.0.1:${sitePort}`;

  return {
    url: (options = {}) =>
      `${siteOrigin}/?utm_source=test&utm_campaign=e2e&secret=nope&o=${encodeURIComponent(JSON.stringify(options))}`,
    origin: siteOrigin,
    endpoint,
    posts,
    stored,
    siteRequests,
    endpointRequests,
    setMode: (next) => {
      mode = next;
      seen = 0;
    },
    release: () => {
      for (const done of held) done();
      held = [];
      // "Sending…" shows at the click, before the request reaches us: on a busy machine it can arrive
      // after release(), and must not be held then (a request held forever never answers the test).
      if (mode.kind === 'hold') mode = { kind: 'ok' };
    },
    close: async () => {
      for (const done of held) done();
      api.closeAllConnections();
      site.closeAllConnections();
      await Promise.all([new Promise((d) => api.close(d)), new Promise((d) => site.close(d))]);
    },
  };
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function landingPage(o: PageOptions, endpoint: string): string {
  const attrs: Record<string, string> = {
    endpoint,
    brand: 'Northwind Outdoors',
    brief: JSON.stringify(BRIEF),
    platforms: 'instagram tiktok youtube',
    'consent-version': '2026-01',
    'min-fill-ms': String(o.minFillMs ?? 0),
    ...(o.locale ? { locale: o.locale } : {}),
    ...(o.feedback ? { feedback: '' } : {}),
  };
  const asAttrs = (prefix: string) =>
    Object.entries(attrs)
      .map(([k, v]) => `${prefix}${k}="${escapeAttr(v)}"`)
      .join(' ');
  const script = o.scriptTagOnly
    ? `<script src="/troupe-apply.js" ${asAttrs('data-')}></script>`
    : '<script src="/troupe-apply.js" defer></script>';
  const widget = o.noWidget
    ? ''
    : o.scriptTagOnly
      ? script
      : `<troupe-apply ${asAttrs('')}></troupe-apply>${script}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Northwind ambassadors</title>
<link rel="stylesheet" href="/host.css">${o.hostile ? '<link rel="stylesheet" href="/hostile.css">' : ''}
</head><body><main><h1>Become a Northwind ambassador</h1><p class="intro">Apply below.</p>
${widget}${o.twice ? script : ''}
<div class="below" id="below">Below the widget</div></main></body></html>`;
}

function blankPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mounts</title></head>
<body><main><h1>Mounts</h1><div id="slot"></div></main></body></html>`;
}

export interface DemoSite {
  url: string;
  posts: Post['body'][];
  close: () => Promise<void>;
}

/**
 * widget/demo exactly as `npm start` serves it (page at /, bundle at /widget/, the receiver's
 * /applications and /brief on the same origin), with a minimal stand-in for the receiver.
 */
export async function startDemoSite(): Promise<DemoSite> {
  ensureWidgetBuilt();
  const posts: Post['body'][] = [];
  const demoDir = join(REPO, 'widget/demo');
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    css: 'text/css',
    js: 'text/javascript',
    mjs: 'text/javascript',
  };
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/applications' && req.method === 'POST') {
      posts.push(JSON.parse(await readBody(req)));
      return void res
        .writeHead(201, { 'content-type': 'application/json' })
        .end('{"id":"1","status":"received"}');
    }
    if (path === '/brief')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(BRIEF));
    const file = path.startsWith('/widget/')
      ? join(BUNDLE_DIR, path.slice('/widget/'.length))
      : join(demoDir, path === '/' ? 'index.html' : path.slice(1));
    if (!file.startsWith(BUNDLE_DIR) && !file.startsWith(demoDir)) return void res.writeHead(403).end();
    if (!existsSync(file)) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': types[file.split('.').pop() ?? ''] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    posts,
    close: async () => {
      server.closeAllConnections();
      await new Promise((d) => server.close(d));
    },
  };
}

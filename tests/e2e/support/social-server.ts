// Serves saved social pages at their real URLs (https://www.instagram.com/<handle>/ ...) from the
// local HTTPS server, so the built extension's content script runs on them as it would for a user.
//
// Every page gets a small script of the kind a single-page app has: `troupeNavigate(href)` fetches
// another saved page, swaps the page's own body nodes for the new page's and calls
// history.pushState. Like a real app it never touches nodes it did not create (our card), and it
// leaves the first page's embedded JSON in place (stale after the navigation, as on the real sites).
// Page scripts other than that one are blocked by CSP: captured pages reference code we do not have.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LocalHttps, startHttps } from './https-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED_PAGES = resolve(REPO_ROOT, '../shared/fixtures/pages');
export const OWN_PAGES = resolve(REPO_ROOT, 'tests/fixtures/pages');

export interface SocialPage {
  /** Absolute URL the page is served at. */
  url: string;
  file: string;
}

export interface SocialServer extends LocalHttps {
  pages: SocialPage[];
}

const NONCE = 'troupe-social-server';

// Runs in the page (main world). Kept as plain ES2017 source so the page needs nothing else.
const NAVIGATION_SCRIPT = `
(() => {
  let own = [...document.body.childNodes];
  window.troupeNavigate = async (href) => {
    const html = await (await fetch(href)).text();
    const next = new DOMParser().parseFromString(html, 'text/html');
    for (const s of next.querySelectorAll('script')) s.remove();
    history.pushState({}, '', href);
    document.title = next.title;
    for (const node of own) node.remove();
    own = [...next.body.childNodes].map((n) => document.adoptNode(n));
    document.body.prepend(...own);
  };
})();`;

/** The URL a saved page states for itself: canonical link, else og:url. */
export function statedUrl(html: string): string | null {
  const canonical = /<link[^>]+rel=["']canonical["'][^>]*>/i.exec(html)?.[0];
  const ogUrl = /<meta[^>]+property=["']og:url["'][^>]*>/i.exec(html)?.[0];
  const tag = canonical ?? ogUrl;
  const href = tag && /(?:href|content)=["']([^"']+)["']/i.exec(tag)?.[1];
  return href ? href.replaceAll('&amp;', '&') : null;
}

/** Our own handwritten pages (tests/fixtures/pages/<platform>/*.html), at the URL each states. */
export function ownPages(): SocialPage[] {
  if (!existsSync(OWN_PAGES)) return [];
  const pages: SocialPage[] = [];
  for (const entry of readdirSync(OWN_PAGES, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(OWN_PAGES, entry.name);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      const file = join(dir, name);
      const url = statedUrl(readFileSync(file, 'utf8'));
      if (url) pages.push({ url, file });
    }
  }
  return pages;
}

export interface TruthRecord {
  file: string;
  platform: string;
  kind: 'profile' | 'post';
  url: string | null;
  handle?: string | null;
  authorHandle?: string | null;
  displayName?: string | null;
}

/** The real captured HTML pages of ../shared at their TRUTH URLs; empty when ../shared is absent. */
export function sharedPages(): (SocialPage & { truth: TruthRecord })[] {
  const truthFile = join(SHARED_PAGES, 'TRUTH.json');
  if (!existsSync(truthFile)) return [];
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as TruthRecord[];
  return truth
    .filter((t) => t.url && t.file.endsWith('.html'))
    .map((t) => ({ url: t.url!, file: join(SHARED_PAGES, t.file), truth: t }));
}

function routeKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/+$/, '')}${url.search}`.toLowerCase();
}

export async function startSocialServer(pages: SocialPage[]): Promise<SocialServer> {
  const routes = new Map<string, string>();
  for (const page of pages) routes.set(routeKey(new URL(page.url)), page.file);
  const server = await startHttps((req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const file = routes.get(routeKey(url));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a saved page');
      return;
    }
    let html = readFileSync(file, 'utf8');
    const script = `<script nonce="${NONCE}">${NAVIGATION_SCRIPT}</script>`;
    const end = html.toLowerCase().lastIndexOf('</body>');
    html = end < 0 ? html + script : html.slice(0, end) + script + html.slice(end);
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': `script-src 'nonce-${NONCE}'`,
        'cache-control': 'no-store',
      })
      .end(html);
  });
  return { ...server, pages };
}

// Serves saved social pages at their real URLs (https://www.instagram.com/<handle>/ ...) from the
// local HTTPS server, so the built extension's content script runs on them as it would for a user.
//
// Every page gets a small script of the kind a single-page app has: `troupeNavigate(href)` fetches
// another saved page, swaps the page's own body nodes for the new page's and calls
// history.pushState. Like a real app it never touches nodes it did not create (our card), and it
// leaves the first page's embedded JSON in place (stale after the navigation, as on the real sites).
// Page scripts other than that one are blocked by CSP: captured pages reference code we do not have.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type LocalHttps, startHttps } from './https-server';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const SHARED_PAGES = resolve(REPO_ROOT, '../shared/fixtures/pages');
export const OWN_PAGES = resolve(REPO_ROOT, 'tests/fixtures/pages');

export interface SocialPage {
  /** Absolute URL the page is served at. */
  url: string;
  file: string;
  /** Text replacements applied to the file when served (see otherCreator). */
  renames?: [from: string, to: string][];
}

export interface SocialServer extends LocalHttps {
  pages: SocialPage[];
}

const NONCE = 'troupe-social-server';

// Runs in the page (main world). Kept as plain ES2017 source so the page needs nothing else.
export const NAVIGATION_SCRIPT = `
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

/** Our own logged-in pages (tests/fixtures/pages/pages.json: a profile and a post per platform). */
export function ownPages(): SocialPage[] {
  const list = join(OWN_PAGES, 'pages.json');
  if (!existsSync(list)) return [];
  const pages = JSON.parse(readFileSync(list, 'utf8')) as { url: string; file: string }[];
  return pages.map((p) => ({ url: p.url, file: join(OWN_PAGES, p.file) }));
}

/**
 * A second creator on the same site, for in-app navigation between two profiles: the page of
 * `page` with its creator's handle spellings replaced (so the markup stays the platform's).
 */
export function otherCreator(page: SocialPage, renames: [from: string, to: string][]): SocialPage {
  let url = page.url;
  for (const [from, to] of renames) url = url.replaceAll(from, to);
  return { ...page, url, renames: [...(page.renames ?? []), ...renames] };
}

/**
 * Maya Trails: our Instagram profile of Lena Makes (tests/fixtures/pages) under a second creator's
 * handle and name, for in-app navigation between two profiles on one site.
 */
export function mayaTrails(lena: SocialPage): SocialPage {
  return otherCreator(lena, [
    ['lena.makes', 'maya.trails'],
    ['lenamakes', 'mayatrails'],
    ['Lena Makes', 'Maya Trails'],
  ]);
}

/** The HTML served for a page. */
export function pageHtml(page: SocialPage): string {
  let html = readFileSync(page.file, 'utf8');
  for (const [from, to] of page.renames ?? []) html = html.replaceAll(from, to);
  return html;
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
  const routes = new Map<string, SocialPage>();
  for (const page of pages) routes.set(routeKey(new URL(page.url)), page);
  const server = await startHttps((req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    const page = routes.get(routeKey(url));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not a saved page');
      return;
    }
    let html = pageHtml(page);
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

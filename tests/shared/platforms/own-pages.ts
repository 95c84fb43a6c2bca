// Loads Troupe's own logged-in fixture pages (tests/fixtures/pages) as documents, the same way
// the content script sees them: parsed by the DOM implementation of the test environment.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../../fixtures/pages');

export interface OwnPage {
  platform: string;
  kind: 'profile' | 'post';
  file: string;
  url: string;
}

export const OWN_PAGES: OwnPage[] = JSON.parse(readFileSync(path.join(dir, 'pages.json'), 'utf8'));

export function ownPage(
  platform: string,
  kind: 'profile' | 'post',
): { doc: Document; url: URL; html: string } {
  const page = OWN_PAGES.find((p) => p.platform === platform && p.kind === kind);
  if (!page) throw new Error(`no own ${kind} page for ${platform}`);
  const html = readFileSync(path.join(dir, page.file), 'utf8');
  return { doc: new DOMParser().parseFromString(html, 'text/html'), url: new URL(page.url), html };
}

export function ownPageFile(file: string): string {
  return path.join(dir, file);
}

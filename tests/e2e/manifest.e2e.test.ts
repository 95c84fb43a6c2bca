// The built manifests against the platform records: each platform's content script runs on the
// pages its adapter reads (every example URL the adapter claims, and every host its record names),
// and the host permissions are exactly the content scripts' match patterns.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTER_OF } from '../../shared/platforms/index';
import { PLATFORM_RECORDS } from '../../shared/platforms/platform-records';
import { PLATFORMS } from '../../shared/schemas/enums';

const root = resolve(import.meta.dirname, '../..');

interface Manifest {
  host_permissions: string[];
  content_scripts: { matches: string[]; js: string[] }[];
}

function manifest(build: string): Manifest {
  const file = resolve(root, '.output', build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No .output/${build}: run npm run build:ext first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Chrome's match-pattern rules (scheme, host with an optional "*." prefix, path glob). */
function covers(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/(\*|\*\.[^/]+|[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host = '', path = ''] = m;
  if (scheme === '*' ? !['http:', 'https:'].includes(url.protocol) : url.protocol !== `${scheme}:`)
    return false;
  const hostOk =
    host === '*' ||
    (host.startsWith('*.')
      ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
      : url.hostname === host);
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return hostOk && glob.test(url.pathname + url.search);
}

/** youtu.be only redirects to www.youtube.com, where the script runs; no page opens on it. */
const REDIRECT_ONLY = new Set(['youtu.be']);

/** The host names a record's host pattern accepts, spelled out from its alternatives. */
const HOST_NAMES = {
  instagram: ['instagram.com', 'www.instagram.com', 'm.instagram.com'],
  tiktok: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
  youtube: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtu.be'],
  x: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'],
  twitch: ['twitch.tv', 'www.twitch.tv', 'm.twitch.tv', 'clips.twitch.tv'],
};

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest', (build) => {
  const scriptOf = (platform: string) => {
    const script = manifest(build).content_scripts.find((s) =>
      s.js.includes(`content-scripts/${platform}.js`),
    );
    if (!script) throw new Error(`${build} has no content script for ${platform}`);
    return script;
  };

  it.each(PLATFORMS)("runs the %s script on exactly its record's match patterns", (platform) => {
    // WXT writes the patterns sorted.
    expect(scriptOf(platform).matches).toEqual([...PLATFORM_RECORDS[platform].matches].sort());
  });

  it('asks for host permissions on exactly the content scripts’ patterns', () => {
    expect(manifest(build).host_permissions).toEqual(PLATFORMS.flatMap((p) => PLATFORM_RECORDS[p].matches));
  });

  it.each(PLATFORMS)('runs the %s script on every example URL its adapter claims', (platform) => {
    const { matches } = scriptOf(platform);
    for (const example of ADAPTER_OF[platform].examples) {
      const url = new URL(example.url);
      if (example.match === null || REDIRECT_ONLY.has(url.hostname)) continue;
      expect(
        matches.some((p) => covers(p, url)),
        example.url,
      ).toBe(true);
    }
  });

  it.each(PLATFORMS)("runs the %s script on every host its record's pattern accepts", (platform) => {
    const { matches } = scriptOf(platform);
    const accepted = HOST_NAMES[platform].filter((h) => PLATFORM_RECORDS[platform].hosts.test(h));
    expect(accepted).toEqual(HOST_NAMES[platform]);
    for (const host of accepted.filter((h) => !REDIRECT_ONLY.has(h)))
      expect(
        matches.some((p) => covers(p, new URL(`https://${host}/someone`))),
        host,
      ).toBe(true);
    // …and on no look-alike host.
    for (const host of HOST_NAMES[platform])
      expect(matches.some((p) => covers(p, new URL(`https://${host}.evil.example/someone`)))).toBe(false);
  });
});

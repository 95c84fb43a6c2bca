// The overlay ships into every creator page a marketer opens, so each platform's content script is
// checked on each build against the 35 KB gzip budget (OVERLAY_GZIP_BUDGET) (deterministic: gzip -9 of the built bytes):
// one script per platform carrying only its own adapter, no schema library (classic zod alone is
// ~90 KB gzip, pulled in by one careless index import), and neither the scorer nor the disclosure
// checker (the background assesses; entrypoints/background/overlay-assessment.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../shared/platforms';
import { PAGE_WORLD_GZIP_BUDGET } from '../bench/live.bench';
import { OVERLAY_GZIP_BUDGET, overlayGzipBytes } from '../bench/overlay.bench';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const BUILD = resolve(OUTPUT, 'chrome-mv3');
const sizes = overlayGzipBytes();
const text = (name: string) => readFileSync(resolve(BUILD, name), 'utf8');

describe('overlay content script size', () => {
  it('has one content script per platform', () => {
    expect(sizes.map((s) => s.name).sort()).toEqual(
      ['instagram', 'tiktok', 'twitch', 'x', 'youtube'].map((p) => `content-scripts/${p}.js`),
    );
  });

  it.each(sizes.map((s) => [s.name, s] as const))('%s bundles no zod, scorer or checker', (name) => {
    const script = text(name);
    expect(script).not.toContain('ZodError');
    // Rule citations only the disclosure checker's jurisdiction tables carry (the background has them).
    expect(text('background.js')).toMatch(/16 CFR 255/);
    expect(script).not.toMatch(/16 CFR 255|CAP Code/);
  });

  it.each(sizes.map((s) => [s.name, s] as const))(
    "%s carries neither webextension-polyfill nor WXT's shadow-root UI",
    (name) => {
      // The polyfill's own error text; the background keeps the polyfill, content scripts do not (wxt.config.ts).
      const polyfill = /The message port closed before a response was received/;
      expect(text('background.js')).toMatch(polyfill);
      expect(text(name)).not.toMatch(polyfill);
      // createShadowRootUi's auto-mount watcher (overlay/card-host.ts replaces it).
      expect(text(name)).not.toMatch(/autoMount|Failed to mount content script UI/);
    },
  );

  it.each(sizes.map((s) => [s.name, s] as const))(
    `%s stays within ${OVERLAY_GZIP_BUDGET / 1024} KB gzip (script + CSS)`,
    (name, size) => {
      console.log(
        `${name} gzip: script ${(size.script / 1024).toFixed(1)} KB + css ${(size.css / 1024).toFixed(1)} KB`,
      );
      expect(size.total).toBeLessThanOrEqual(OVERLAY_GZIP_BUDGET);
    },
  );

  it('each platform script carries only its own adapter', () => {
    // A key of the embedded state each adapter reads and the others do not.
    const own: Record<string, RegExp> = {
      instagram: /edge_followed_by/,
      tiktok: /__UNIVERSAL_DATA_FOR_REHYDRATION__/,
      youtube: /ytInitialData/,
      x: /followers_count/,
      twitch: /broadcaster/,
    };
    for (const { name } of sizes) {
      const script = text(name);
      const platform = name.replace(/^content-scripts\/|\.js$/g, '');
      for (const [other, pattern] of Object.entries(own))
        expect(pattern.test(script), `${name} mentions ${other}`).toBe(other === platform);
    }
  });
});

describe('page-world script', () => {
  const [pageWorld] = overlayGzipBytes('MAIN');

  it(`is one script for all five sites, within ${PAGE_WORLD_GZIP_BUDGET / 1024} KB gzip`, () => {
    expect(overlayGzipBytes('MAIN').map((s) => s.name)).toEqual(['content-scripts/page-world.js']);
    console.log(`page-world gzip: ${((pageWorld?.script ?? 0) / 1024).toFixed(2)} KB`);
    expect(pageWorld?.script).toBeGreaterThan(0);
    expect(pageWorld?.script).toBeLessThanOrEqual(PAGE_WORLD_GZIP_BUDGET);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])(
    'runs in the page world at document_start in the %s manifest',
    (build) => {
      const manifest = JSON.parse(readFileSync(resolve(OUTPUT, build, 'manifest.json'), 'utf8')) as {
        content_scripts: { js: string[]; world?: string; run_at?: string; matches: string[] }[];
      };
      const entry = manifest.content_scripts.find((c) => c.js.includes('content-scripts/page-world.js'));
      expect(entry).toMatchObject({ world: 'MAIN', run_at: 'document_start' });
      // All five sites, and nothing else.
      const isolated = manifest.content_scripts.filter((c) => c !== entry).flatMap((c) => c.matches);
      expect([...(entry?.matches ?? [])].sort()).toEqual([...new Set(isolated)].sort());
    },
  );

  it("carries no adapter, only the adapters' API calls as data", () => {
    const script = text('content-scripts/page-world.js');
    for (const pattern of [
      /edge_followed_by/,
      /__UNIVERSAL_DATA_FOR_REHYDRATION__/,
      /ytInitialData/,
      /followers_count/,
      /broadcaster/,
    ])
      expect(script).not.toMatch(pattern);
    for (const call of ADAPTERS.flatMap((a) => a.apiCalls)) {
      expect(script).toContain(JSON.stringify(call.host));
      expect(script).toContain(JSON.stringify(call.path));
    }
  });
});

// The overlay ships into every creator page a marketer opens, so its bundle is checked on each build:
// no schema library (classic zod alone is ~90 KB gzip, pulled in by one careless index import) and
// a ceiling that catches a dependency quietly doubling it. The 35 KB target is reported by
// `npm run bench` (tests/bench/overlay.bench.ts) beside the measured figure.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlayGzipBytes } from '../bench/overlay.bench';

const REGRESSION_CEILING = 64 * 1024;

describe('overlay content script size', () => {
  it('bundles no zod', () => {
    const script = readFileSync(
      resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/overlay.js'),
      'utf8',
    );
    expect(script).not.toContain('ZodError');
  });

  it(`stays under its regression ceiling of ${REGRESSION_CEILING / 1024} KB gzip (script + CSS)`, () => {
    const { script, css, total } = overlayGzipBytes();
    console.log(`overlay gzip: script ${(script / 1024).toFixed(1)} KB + css ${(css / 1024).toFixed(1)} KB`);
    expect(total).toBeLessThanOrEqual(REGRESSION_CEILING);
  });
});

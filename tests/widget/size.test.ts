// The size budget, checked in CI: everything the widget needs until the form is interactive (the
// script-tag bundle, which carries the CSS too) must stay at or under 18 KB gzip. The bytes are
// deterministic (gzip level 9 of the built file), so this is a test and not a benchmark.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const dir = join(repo, '.output/widget');
const BUDGET_BYTES = 18 * 1024;

const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

beforeAll(() => {
  // npm test builds first; a bare `vitest run` builds here so the check never silently skips.
  if (!existsSync(join(dir, 'troupe-apply.js')))
    execFileSync('npx', ['vite', 'build', '--config', 'widget/vite.config.ts'], { cwd: repo, stdio: 'pipe' });
}, 120_000);

describe('widget size budget', () => {
  it('the script-tag bundle (JS + CSS until interactive) is at most 18 KB gzip', () => {
    const bytes = gz('troupe-apply.js');
    console.log(`troupe-apply.js: ${bytes} bytes gzip (budget ${BUDGET_BYTES})`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('the ES module build is within the same budget', () => {
    expect(gz('troupe-apply.mjs')).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('nothing until interactive pulls zod, and the CSS travels inside the bundle (no extra request)', () => {
    const code = readFileSync(join(dir, 'troupe-apply.js'), 'utf8');
    expect(code).not.toMatch(/invalid_type|ZodError|\$ZodType/);
    expect(code).toContain('adoptedStyleSheets');
    expect(code).toContain(':host{display:block!important');
  });
});

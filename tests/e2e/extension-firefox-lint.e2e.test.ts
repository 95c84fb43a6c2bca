// Mozilla's own linter on the Firefox build: 0 errors is what addons.mozilla.org asks for.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const firefoxBuild = resolve(root, '.output/firefox-mv3');

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: { code: string; message: string; file?: string }[];
}

describe('Firefox build', () => {
  it('passes web-ext lint with 0 errors', async () => {
    if (!existsSync(resolve(firefoxBuild, 'manifest.json')))
      throw new Error('No .output/firefox-mv3: run npm run build:ext first');
    const run = promisify(execFile);
    const { stdout } = await run(
      resolve(root, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', firefoxBuild, '--output', 'json', '--no-config-discovery'],
      { cwd: root, timeout: 60_000 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

// `npx troupe audit …` from the package a user installs, not from this checkout: pack the project,
// install the tarball into an empty folder, and run the command the README gives.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'troupe-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('installs from its tarball and runs `npx troupe audit`', () => {
    execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: repoRoot, stdio: 'pipe' });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball, 'npm pack wrote a tarball').toBeDefined();
    const project = path.join(work, 'user');
    execFileSync('mkdir', ['-p', project]);
    writeFileSync(path.join(project, 'package.json'), '{"name":"user","private":true}');
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, tarball!)],
      { cwd: project, stdio: 'pipe' },
    );
    const caption = JSON.stringify({
      id: 'c1',
      text: 'Loving this tent #ad',
      platform: 'instagram',
      jurisdiction: 'US',
    });
    const run = spawnSync('npx', ['--no-install', 'troupe', 'audit'], {
      cwd: project,
      input: `${caption}\n`,
      encoding: 'utf8',
    });
    expect(run.stderr).toContain('1 audited');
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout.trim()) as { id: string; verdict: string };
    expect(line).toMatchObject({ id: 'c1', verdict: 'disclosed' });
  }, 240_000);
});

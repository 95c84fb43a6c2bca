// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOKEN_MIN_LENGTH } from '../../../widget/receiver/config';

const repo = resolve(import.meta.dirname, '../../..');

describe('npm start', () => {
  it('replaces a kept token shorter than the minimum with a long one, and serves with it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'troupe-start-'));
    writeFileSync(join(dataDir, 'token'), 'short\n');
    const child = spawn(process.execPath, ['--import', 'tsx', 'widget/receiver/start.ts'], {
      cwd: repo,
      env: { ...process.env, TROUPE_SKIP_BUILD: '1', TROUPE_DATA_DIR: dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const out = await new Promise<string>((done, fail) => {
        let text = '';
        child.stdout!.on('data', (chunk) => {
          text += chunk;
          if (text.includes('Ctrl+C stops it.')) done(text);
        });
        child.once('exit', (code) => fail(new Error(`start.ts exited (${code})\n${text}`)));
      });
      const token = readFileSync(join(dataDir, 'token'), 'utf8').trim();
      expect(token.length).toBeGreaterThanOrEqual(TOKEN_MIN_LENGTH);
      expect(out).toContain(`Bearer ${token}`);
      const url = /POST (http:\/\/\S+)\/applications/.exec(out)![1]!;
      const res = await fetch(`${url}/applications`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
    } finally {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

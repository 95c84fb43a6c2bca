import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../shared/cli/score';
import { FitResultSchema } from '../../../shared/schemas/fit';
import { runCommand } from '../../support/run-command';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const brief = join(fixtures, 'briefs/outdoor-wellness.json');
const profile = join(fixtures, 'profiles/instagram-yoga-micro.json');

const score = (args: string[], stdin = '') => runCommand(run, args, stdin);

async function temp(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'troupe-score-'));
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('troupe score', () => {
  it('prints the FitResult as JSON', async () => {
    const { code, out, err } = await score(['--brief', brief, profile]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const result = FitResultSchema.parse(JSON.parse(out));
    expect(result.briefId).toBe('terra-outdoor-2026');
    expect(result.creator).toBe('instagram:lucia.moves');
    expect(result.score).toBe(93);
  });

  it('reads the profile from standard input, scores without a brief, prints compact JSON', async () => {
    const { readFile } = await import('node:fs/promises');
    const { code, out } = await score(['--compact', '-'], await readFile(profile, 'utf8'));
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).briefId).toBeNull();
  });

  it('--now moves the recency reference', async () => {
    const now = JSON.parse((await score(['--brief', brief, profile])).out);
    const later = JSON.parse((await score(['--brief', brief, '--now', '2027-01-01T00:00:00Z', profile])).out);
    const cadence = (r: { factors: { id: string; score: number }[] }) =>
      r.factors.find((f) => f.id === 'cadence')!.score;
    expect(cadence(later)).toBeLessThan(cadence(now));
  });

  it.each([
    [
      'bad JSON in the brief',
      async () => ['--brief', await temp('b.json', '{"id": "x",'), profile],
      /Invalid brief .*b\.json: not valid JSON/,
    ],
    [
      'an invalid brief',
      async () => ['--brief', await temp('b.json', '{"id": "x", "minEngagementRate": 5}'), profile],
      /Invalid brief: name: .*; minEngagementRate/,
    ],
    [
      'a missing brief file',
      async () => ['--brief', '/nonexistent/brief.json', profile],
      /cannot read \/nonexistent\/brief\.json \(ENOENT\)/,
    ],
    [
      'an invalid profile',
      async () => ['--brief', brief, await temp('p.json', '{"platform": "myspace"}')],
      /Invalid profile: platform/,
    ],
    ['two profiles', async () => [profile, profile], /one profile at a time/],
    ['a bad --now', async () => ['--now', 'soon', profile], /not an ISO date-time/],
  ])('%s: a clear error on stderr, exit code 2, nothing on stdout', async (_, args, message) => {
    const { code, out, err } = await score(await args());
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^troupe score: /);
    expect(err).toMatch(message);
  });
});

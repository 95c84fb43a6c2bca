import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../shared/cli/extract';
import { runCommand } from '../../support/run-command';
import { ownPageFile } from '../platforms/own-pages';

const extract = (args: string[], stdin = '') => runCommand(run, args, stdin);

describe('troupe extract', () => {
  it('prints the extraction of a saved HTML page as JSON', async () => {
    const { code, out } = await extract([
      '--url',
      'https://www.tiktok.com/@lena.makes/video/7423456789012345678',
      ownPageFile('tiktok/post.html'),
    ]);
    expect(code).toBe(0);
    const e = JSON.parse(out);
    expect(e.kind).toBe('post');
    expect(e.post.paidPartnership).toBe(true);
    expect(e.author.handle).toBe('lena.makes');
  });

  it('reads a JSON document from standard input, choosing the platform by its shape', async () => {
    const json = JSON.stringify({
      data: {
        user: {
          result: {
            core: { screen_name: 'lenamakes', name: 'Lena Makes' },
            relationship_counts: { followers: 12431, following: 1204 },
            is_blue_verified: true,
          },
        },
      },
    });
    const { code, out } = await extract([], json);
    expect(code).toBe(0);
    expect(JSON.parse(out).profile).toMatchObject({
      platform: 'x',
      handle: 'lenamakes',
      followers: { value: 12431, exact: true },
    });
  });

  it('reads a saved Twitch GraphQL batch, with the channel page it was loaded on', async () => {
    const batch = path.resolve(import.meta.dirname, '../../fixtures/api/twitch/gql-batch-channel.json');
    const { code, out } = await extract(['--url', 'https://www.twitch.tv/lenamakes', batch]);
    expect(code).toBe(0);
    const e = JSON.parse(out);
    expect(e.profile).toMatchObject({ platform: 'twitch', handle: 'lenamakes', followers: { value: 12403 } });
    expect(e.profile.recentPosts).toHaveLength(2);
    // Without the page, the channel comes from the clips' broadcaster.
    const alone = await extract([], JSON.stringify(JSON.parse(readFileSync(batch, 'utf8')).slice(4, 5)));
    expect(alone.code).toBe(0);
    expect(JSON.parse(alone.out).profile.handle).toBe('lenamakes');
  });

  it('exits 2 with one clear line on failure', async () => {
    const broken = path.join(tmpdir(), `troupe-extract-${process.pid}.json`);
    writeFileSync(broken, '{"items": [');
    const cases: [string[], string, RegExp][] = [
      [['--url', 'https://example.com/', ownPageFile('tiktok/post.html')], '', /unsupported_url/],
      [[ownPageFile('tiktok/post.html')], '', /--url is required for an HTML page/],
      [['--url', 'not a url', ownPageFile('tiktok/post.html')], '', /not an absolute URL/],
      [[broken], '', /malformed_input: the input looks like JSON but does not parse/],
      [['/nonexistent/page.html'], '', /cannot read/],
      [[], '', /empty/],
      [['--url', 'https://x.com/lenamakes'], 'just some words', /neither HTML nor JSON/],
      [['--url', 'https://www.youtube.com/@lenamakes'], '<html><body></body></html>', /no_creator_data/],
      [[], '{"hello": 1}', /no known platform/],
    ];
    for (const [args, stdin, message] of cases) {
      const { code, out, err } = await extract(args, stdin);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/^troupe extract: /);
      expect(err).toMatch(message);
    }
  });
});

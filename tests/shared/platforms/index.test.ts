import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../../shared/platforms/contract';
import { ADAPTERS, adapterFor, extractJson, extractPage, matchPage } from '../../../shared/platforms/index';

const ALL_EXAMPLES = ADAPTERS.flatMap((a) => a.examples.map((e) => ({ owner: a.platform, ...e })));

describe('URL table: every example URL against every adapter', () => {
  it('has examples for all five platforms, profiles, posts and non-creator pages', () => {
    expect(new Set(ALL_EXAMPLES.map((e) => e.owner))).toEqual(
      new Set(['instagram', 'tiktok', 'youtube', 'x', 'twitch']),
    );
    for (const adapter of ADAPTERS) {
      const kinds = adapter.examples.map((e) => e.match?.kind ?? 'none');
      expect(kinds, adapter.platform).toEqual(expect.arrayContaining(['profile', 'post', 'none']));
    }
  });

  for (const example of ALL_EXAMPLES) {
    it(`${example.url}`, () => {
      for (const adapter of ADAPTERS) {
        const got = adapter.matchUrl(example.url);
        // Only the owning adapter may claim the URL, and exactly as its table says.
        if (adapter.platform === example.owner) expect(got, adapter.platform).toEqual(example.match);
        else expect(got, `${adapter.platform} must not claim it`).toBeNull();
      }
    });
  }

  it('rejects what is not a URL or belongs to another site', () => {
    for (const adapter of ADAPTERS) {
      expect(adapter.matchUrl('not a url')).toBeNull();
      expect(adapter.matchUrl('https://example.com/@illojuan')).toBeNull();
      expect(adapter.matchUrl('https://evil-youtube.com/watch?v=hwMkbaS_M_c')).toBeNull();
    }
  });
});

describe('picking the adapter', () => {
  it('finds the adapter and the match by URL', () => {
    expect(adapterFor('https://www.tiktok.com/@illojuan')?.platform).toBe('tiktok');
    expect(matchPage('https://x.com/verge/status/957383241714970624')?.match).toEqual({
      kind: 'post',
      handle: 'verge',
      id: '957383241714970624',
    });
    expect(adapterFor('https://example.com/')).toBeNull();
  });

  it('throws a typed error for unsupported URLs and unknown JSON', () => {
    const doc = new DOMParser().parseFromString('<html></html>', 'text/html');
    expect(() => extractPage(doc, new URL('https://example.com/'))).toThrow(ExtractionError);
    const thrown = (() => {
      try {
        extractJson({ hello: 'world' });
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown, 'unknown JSON throws').toBeInstanceOf(ExtractionError);
    expect((thrown as ExtractionError).code).toBe('no_creator_data');
    expect((thrown as ExtractionError).message).toMatch(/no known platform/);
  });

  it('says plainly when a recognised page has no data (layout changed)', () => {
    const empty = new DOMParser().parseFromString('<html><body><main></main></body></html>', 'text/html');
    for (const url of [
      'https://www.instagram.com/lena.makes/',
      'https://www.tiktok.com/@lena.makes',
      'https://www.youtube.com/@lenamakes',
      'https://x.com/lenamakes',
      'https://www.twitch.tv/lenamakes',
      'https://www.youtube.com/watch?v=Lm4kQ2pXv9A',
      'https://x.com/lenamakes/status/1843210987654321098',
    ]) {
      expect(() => extractPage(empty, new URL(url)), url).toThrow(ExtractionError);
    }
  });
});

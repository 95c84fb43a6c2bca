import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  describesUrl,
  type Extraction,
  type ExtractPage,
  identityOf,
  type ReadingOptions,
  readPage,
} from '../../overlay/page-reading';
import { newPost, newProfile } from '../../shared/platforms/blank-records';
import type { CreatorProfile } from '../../shared/schemas/profile';

function profile(handle: string, followers: number | null): CreatorProfile {
  return {
    ...newProfile('instagram', handle, `https://www.instagram.com/${handle}/`),
    followers: followers === null ? null : { value: followers, display: null, exact: true },
    capturedAt: '2025-01-01T00:00:00Z',
  };
}

// Stands in for a platform adapter: reads a handle and follower count the test writes into the DOM.
const extract: ExtractPage = (doc) => {
  const handle = doc.querySelector('[data-handle]')?.getAttribute('data-handle');
  if (!handle) throw new Error('no profile header yet');
  const followers = doc.querySelector('[data-followers]')?.getAttribute('data-followers');
  return { kind: 'profile', profile: profile(handle, followers ? Number(followers) : null) };
};

/** Reads the test's document as the page at `url`, keeping what readPage reports. */
function read(
  url: string,
  options?: ReadingOptions,
  { extractor = extract, signal = new AbortController().signal } = {},
) {
  const readings: Extraction[] = [];
  const failures: unknown[] = [];
  readPage(
    document,
    url,
    extractor,
    signal,
    (e) => readings.push(e),
    (e) => failures.push(e),
    options,
  );
  return { readings, failures };
}

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readPage', () => {
  it('reports a complete page once and stops watching', async () => {
    document.body.innerHTML = '<h1 data-handle="ana"></h1><span data-followers="1200"></span>';
    const c = read('https://www.instagram.com/ana/');
    expect(c.readings).toHaveLength(1);
    document.body.append(document.createElement('p'));
    await tick(80);
    expect(c.readings).toHaveLength(1);
    expect(c.failures).toHaveLength(0);
  });

  it('reports a thin reading at once, then again when the page fills in its counts', async () => {
    document.body.innerHTML = '<h1 data-handle="ana"></h1>';
    const c = read('https://www.instagram.com/ana/', { throttleMs: 5 });
    expect(c.readings).toHaveLength(1);
    const count = document.createElement('span');
    count.setAttribute('data-followers', '1200');
    document.body.append(count);
    await tick(40);
    expect(c.readings).toHaveLength(2);
    const last = c.readings[1]!;
    expect(last.kind === 'profile' && last.profile.followers?.value).toBe(1200);
  });

  it('waits for the DOM when it still shows the previous creator after an in-app navigation', async () => {
    document.body.innerHTML = '<h1 data-handle="ana"></h1><span data-followers="1200"></span>';
    const c = read('https://www.instagram.com/bo/', { previousIdentity: 'profile:ana:', throttleMs: 5 });
    expect(c.readings).toHaveLength(0);
    document.body.innerHTML = '<h1 data-handle="bo"></h1><span data-followers="5"></span>';
    await tick(40);
    expect(c.readings).toHaveLength(1);
    expect(identityOf(c.readings[0]!)).toBe('profile:bo:');
  });

  it('retries while extraction fails and fails clearly at the deadline', async () => {
    const c = read('https://www.instagram.com/ana/', { settleMs: 60, throttleMs: 5 });
    document.body.append(document.createElement('div'));
    await tick(120);
    expect(c.readings).toHaveLength(0);
    expect(c.failures).toHaveLength(1);
    expect(String(c.failures[0])).toContain('no profile header yet');
  });

  it('stops on abort: no reading, no failure', async () => {
    const controller = new AbortController();
    const c = read(
      'https://www.instagram.com/ana/',
      { settleMs: 30, throttleMs: 5 },
      { signal: controller.signal },
    );
    controller.abort();
    document.body.innerHTML = '<h1 data-handle="ana"></h1>';
    await tick(60);
    expect(c.readings).toHaveLength(0);
    expect(c.failures).toHaveLength(0);
  });

  it('does not throw out of a failing extractor into the page', () => {
    const boom = vi.fn(() => {
      throw new TypeError('adapter bug');
    });
    expect(() => read('https://www.instagram.com/ana/', undefined, { extractor: boom })).not.toThrow();
  });
});

describe('describesUrl', () => {
  const ana: Extraction = { kind: 'profile', profile: profile('Ana', 1) };
  it.each([
    ['https://www.instagram.com/ana/', null, true],
    ['https://www.tiktok.com/@ana', 'profile:ana:', true],
    ['https://www.instagram.com/bo/', 'profile:ana:', false],
    ['https://www.instagram.com/bo/', 'profile:cy:', true],
    ['https://www.youtube.com/channel/UC123', null, true],
  ])('%s after %s → %s', (url, previous, expected) => {
    expect(describesUrl(ana, url, previous)).toBe(expected);
  });

  it('matches a post by its id in the URL', () => {
    const post: Extraction = {
      kind: 'post',
      author: profile('ana', 1),
      post: { ...newPost(), id: 'dQw4w9WgXcQ', authorHandle: 'ana' },
    };
    expect(describesUrl(post, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'post:ana:other')).toBe(true);
  });
});

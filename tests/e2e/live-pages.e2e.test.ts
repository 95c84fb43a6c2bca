// Live pages in Chromium with the built extension: a web app at the creator's real URL whose own
// script asks the platform's API the way the real app does, answered with the real captured answers
// from ../shared. The card must show engagement from the posts those answers carry, grow as scroll
// pages arrive, start afresh for another creator, shrug off forged messages (and never touch the
// roster), and the page must get every answer exactly as the server sent it.
import { Window } from 'happy-dom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../shared/platforms';
import { ANSWER_EVENT, MAX_ANSWER_BYTES, packAnswer } from '../../shared/platforms/api-capture';
import type { Extraction, PlatformAdapter } from '../../shared/platforms/contract';
import {
  addApiReading,
  EMPTY_LIVE_READING,
  type LiveMerge,
  liveOnly,
  mergeLive,
} from '../../shared/platforms/live-reading';
import { sampleOf, sampleText } from '../../shared/platforms/sample';
import type { Platform } from '../../shared/schemas/enums';
import { fitScore } from '../../shared/score/fit';
import {
  answerBody,
  ownAnswers,
  type RealAnswer,
  adapterReads as reads,
  realAnswers,
  TWITCH_LIVE_ANSWER,
} from './support/api-answers';
import { type AppServer, SERVED_HEADER, startAppServer } from './support/app-server';
import { CARD, type CardView, cardOf } from './support/card';
import { type Launched, launch } from './support/chromium';
import { callFrom } from './support/extension-call';
import { otherCreator, ownPages, pageHtml, type SocialPage } from './support/social-server';

interface AppWindow {
  troupeApp: {
    request: (spec: RealAnswer) => Promise<{ status: number; text: string; headers: Record<string, string> }>;
    forwarded: string[];
  };
  troupeNavigate: (href: string) => Promise<void>;
}

const real = realAnswers();
/** What each scenario replays: the real answers, and our own where no public capture exists (TikTok, Instagram). */
const replayed = [...real, ...ownAnswers()];
const own = ownPages();
const adapterOf = (platform: Platform) => ADAPTERS.find((a) => a.platform === platform) as PlatformAdapter;

/**
 * The live page's markup: our own profile page of the platform, as `handle`'s page at `url` (the
 * page reading the answers add to).
 */
function livePage(platform: Platform, handle: string, url: string): SocialPage | null {
  const mine = own.find((p) => {
    const adapter = adapterOf(platform);
    return adapter.matchUrl(p.url)?.kind === 'profile';
  });
  if (!mine) return null;
  const renamed = otherCreator(mine, [
    ['Lena Makes', handle],
    ['lena.makes', handle],
    ['lenamakes', handle],
  ]);
  return { ...renamed, url };
}

function pageReading(page: SocialPage | null): Extraction | null {
  if (!page) return null;
  const window = new Window({ url: page.url });
  const doc = new window.DOMParser().parseFromString(pageHtml(page), 'text/html');
  try {
    return adapterOf(adapterPlatform(page.url)).extract(doc as unknown as Document, new URL(page.url));
  } catch {
    return null;
  }
}

function adapterPlatform(url: string): Platform {
  const adapter = ADAPTERS.find((a) => a.matchUrl(url));
  if (!adapter) throw new Error(`no adapter for ${url}`);
  return adapter.platform;
}

/** What the card must end up showing: the page reading merged with the answers, as the pure merge says. */
function expected(page: SocialPage | null, pageUrl: string, answers: { answer: RealAnswer; text: string }[]) {
  const platform = adapterPlatform(pageUrl);
  const adapter = adapterOf(platform);
  const extraction = pageReading(page);
  const open =
    adapter.matchUrl(pageUrl)?.handle ??
    (extraction ? (extraction.kind === 'post' ? extraction.author : extraction.profile).handle : null);
  let live = EMPTY_LIVE_READING;
  for (const { answer, text } of answers) {
    const reading = adapter.readApiAnswer(JSON.parse(text), new URL(answer.url), new URL(pageUrl));
    if (reading) live = addApiReading(live, reading, open);
  }
  const merged: LiveMerge | null = extraction ? mergeLive(extraction, live) : liveOnly(live, open);
  if (!merged) throw new Error(`nothing to show at ${pageUrl}`);
  const profile = merged.extraction.kind === 'post' ? merged.extraction.author : merged.extraction.profile;
  return {
    merged,
    profile,
    sample: sampleText(sampleOf(profile.recentPosts), merged.livePosts),
    engaged: fitScore(profile, null).engagement.sampleSize,
  };
}

/** A second scroll page: the same answer with its post ids changed, as the next page carries other posts. */
function nextPage(platform: Platform, text: string): string {
  const reversed = (id: string) => [...id].reverse().join('');
  let next = text.replace(/\b(\d{18,19})\b/g, (id) => `3${id.slice(1)}`); // X, TikTok, Instagram ids
  if (platform === 'youtube')
    next = next.replace(/"videoId":\s*"([\w-]{11})"/g, (_, id: string) => `"videoId":"${reversed(id)}"`);
  if (platform === 'instagram')
    next = next.replace(/"code":\s*"([\w-]+)"/g, (_, id: string) => `"code":"${reversed(id)}"`);
  if (platform === 'twitch') {
    next = next.replace(/"id":\s*"(\d{1,17})"/g, (_, id: string) => `"id":"9${id}"`);
    // Clips are named by slug, in their URLs too.
    for (const [, slug] of text.matchAll(/"slug":\s*"([\w-]+)"/g))
      next = next.replaceAll(slug!, reversed(slug!));
  }
  return next;
}

/** Each creator page with real answers the adapter reads: its profile page and the answers asked there. */
const scenarios = [...new Set(replayed.map((a) => a.pageUrl))]
  .map((pageUrl) => ({ pageUrl, answers: replayed.filter((a) => a.pageUrl === pageUrl) }))
  .filter(({ pageUrl }) => adapterOf(adapterPlatform(pageUrl)).matchUrl(pageUrl)?.kind === 'profile');

/** How many posts the adapter reads from an answer on its page. */
function postsIn(answer: RealAnswer): number {
  const json: unknown = JSON.parse(answerBody(answer));
  return (
    adapterOf(answer.platform).readApiAnswer(json, new URL(answer.url), new URL(answer.pageUrl))?.posts
      .length ?? 0
  );
}

/**
 * The scroll, navigation, forgery and size checks, per platform: on its first creator page with an
 * answer that carries posts, replaying the answer with the most posts as the timeline.
 */
const timelines = [...new Set(scenarios.map((s) => adapterPlatform(s.pageUrl)))].flatMap((platform) => {
  for (const { pageUrl, answers } of scenarios.filter((s) => adapterPlatform(s.pageUrl) === platform)) {
    const withPosts = answers
      .filter((a) => reads(a) && postsIn(a) > 0)
      .sort((a, b) => postsIn(b) - postsIn(a));
    if (withPosts[0]) return [{ platform, pageUrl, handle: answers[0]!.handle, timeline: withPosts[0] }];
  }
  return [];
});

/** The creator the scroll and navigation checks move on to. */
const OTHER = 'OtherCreator';

describe('live pages in Chromium', () => {
  let server: AppServer;
  let browser: Launched;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const pages = scenarios.flatMap(({ pageUrl, answers }) => {
      const page = livePage(adapterPlatform(pageUrl), answers[0]!.handle, pageUrl);
      return page ? [page] : [];
    });
    for (const { platform, pageUrl, handle } of timelines) {
      const other = livePage(platform, OTHER, pageUrl.replace(handle, OTHER));
      if (other) pages.push(other);
    }
    const liveChannel = livePage('twitch', TWITCH_LIVE_ANSWER.handle, TWITCH_LIVE_ANSWER.pageUrl);
    if (liveChannel) pages.push(liveChannel);
    server = await startAppServer(pages);
    browser = await launch({ extension: true, mapHostsToPort: server.port, extraHosts: ['gql.twitch.tv'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (url: string) => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  };
  const ask = (page: Page, answer: RealAnswer) =>
    page.evaluate((spec) => (window as unknown as AppWindow).troupeApp.request(spec), answer);
  // The card's root is closed: it is read from the content-script world (support/card.ts).
  const views = new WeakMap<Page, CardView>();
  const view = async (page: Page) => {
    let v = views.get(page);
    if (!v) {
      v = await cardOf(page, browser.extensionId!);
      views.set(page, v);
    }
    return v;
  };
  const card = async (page: Page, testId: string) => (await view(page)).text(testId);
  const forwarded = (page: Page) =>
    page.evaluate(() => [...(window as unknown as AppWindow).troupeApp.forwarded]);

  it('has real answers to replay', () => {
    if (real.length === 0)
      console.warn('../shared/fixtures/pages is absent: the live-page tests below have nothing to replay');
    expect(scenarios.length === 0 || real.length > 0).toBe(true);
  });

  it('gives the page every real answer exactly as the server sent it (body, status, headers), whatever the extension reads', async () => {
    if (real.length === 0) return console.warn('skipped: no ../shared answers');
    for (const answer of real) {
      const body = answerBody(answer);
      server.answer(answer.url, { body });
      const page = await open(answer.pageUrl);
      const got = await ask(page, answer);
      expect(got.status, answer.file).toBe(200);
      expect(got.text === body, `${answer.file}: body changed`).toBe(true);
      expect(got.headers[SERVED_HEADER], answer.file).toBe(String(Buffer.byteLength(body)));
      expect(got.headers['content-type'], answer.file).toBe('application/json; charset=utf-8');
      // The page-world script leaves no global of its own on the page's window.
      expect(
        await page.evaluate(() => Object.keys(window).filter((k) => /pageWorld|troupe/i.test(k))),
      ).toEqual(['troupeApp', 'troupeNavigate']);
      await page.close();
    }
    // The extension made no request of its own: the server saw only the page's.
    expect(server.received.length).toBe(real.length);
    expect(pageErrors).toEqual([]);
  });

  describe.each(scenarios.map((s) => [s.pageUrl, s] as const))('on %s', (pageUrl, scenario) => {
    const platform = adapterPlatform(pageUrl);
    const readable = scenario.answers.filter(reads);
    it.runIf(readable.length > 0)('the card shows engagement from the posts the web app loaded', async () => {
      const live = livePage(platform, scenario.answers[0]!.handle, pageUrl);
      const bodies = readable.map((answer) => ({ answer, text: answerBody(answer) }));
      const want = expected(live, pageUrl, bodies);
      const page = await open(pageUrl);
      for (const { answer, text } of bodies) {
        server.answer(answer.url, { body: text });
        await ask(page, answer);
      }
      await (await view(page)).waitFor(`${CARD}[data-phase=ready]`);
      await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(want.sample);
      // Posts the answers carry are on the card (an about panel may carry only facts the page showed).
      if (readable.some((a) => postsIn(a) > 0)) expect(want.merged.livePosts).toBeGreaterThan(0);
      expect(await card(page, 'troupe-handle')).toBe(`@${want.profile.handle}`);
      // Engagement rests on the posts that show likes or comments (YouTube and Twitch lists show views only).
      const engagement = await card(page, 'troupe-engagement');
      if (want.engaged > 0) expect(engagement).toContain(`median of ${want.engaged} post`);
      else expect(engagement).not.toContain('median of');
      expect(await forwarded(page)).toEqual(bodies.map((b) => b.answer.url));
      // None of these channels is live in its answers: the card says nothing of a stream.
      if (!want.profile.live) expect(await card(page, 'troupe-live')).toBe('');
      await page.close();
      expect(pageErrors).toEqual([]);
    });
  });

  it('the card of a Twitch channel live right now says so, from the web app’s own gql batch', async () => {
    // The stream started 2 h 10 min 20 s before the page opens (the answer's start moved to now).
    const startedAt = new Date(Date.now() - (2 * 3600 + 10 * 60 + 20) * 1000).toISOString();
    const body = answerBody(TWITCH_LIVE_ANSWER).replace('2026-05-21T08:02:11Z', startedAt);
    expect(body).toContain(startedAt);
    server.answer(TWITCH_LIVE_ANSWER.url, { body });
    const page = await open(TWITCH_LIVE_ANSWER.pageUrl);
    await (await view(page)).waitFor(`${CARD}[data-phase=ready]`);
    // The page itself shows no stream: nothing until the answer arrives.
    expect(await card(page, 'troupe-live')).toBe('');
    await ask(page, TWITCH_LIVE_ANSWER);
    await expect
      .poll(() => card(page, 'troupe-live-line'), { timeout: 10_000 })
      .toBe('Live now · 1,204 watching · for 2 h 10 min');
    expect(await card(page, 'troupe-live-title')).toBe('Throwing the big batch, Q&A');
    expect(await card(page, 'troupe-live')).toContain("read from the site's live answer");
    // The viewers are not followers: the page's follower count stays on the card.
    expect(await card(page, 'troupe-followers')).toBe('12.4K');
    await page.close();
    expect(pageErrors).toEqual([]);
  });

  describe.each(timelines.map((t) => [t.platform, t.timeline.file, t] as const))(
    '%s, %s as the user scrolls and moves on',
    (platform, _file, { pageUrl, handle, timeline }) => {
      const first = answerBody(timeline);
      const second = nextPage(platform, first);

      it('two scroll pages give their union; another creator starts afresh', async () => {
        const live = livePage(platform, handle, pageUrl);
        const page = await open(pageUrl);
        server.answer(timeline.url, { body: first }, { body: second });
        await ask(page, timeline);
        const one = expected(live, pageUrl, [{ answer: timeline, text: first }]);
        await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(one.sample);
        await ask(page, timeline);
        const both = expected(live, pageUrl, [
          { answer: timeline, text: first },
          { answer: timeline, text: second },
        ]);
        expect(both.profile.recentPosts.length).toBeGreaterThan(one.profile.recentPosts.length);
        await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(both.sample);

        // In-app navigation to another creator: their own answers only, none of the first creator's.
        const other = OTHER;
        const otherUrl = pageUrl.replace(handle, other);
        const otherLive = livePage(platform, other, otherUrl);
        const path = new URL(otherUrl);
        await page.evaluate(
          (href) => (window as unknown as AppWindow).troupeNavigate(href),
          path.pathname + path.search,
        );
        await expect.poll(() => card(page, 'troupe-handle'), { timeout: 10_000 }).toBe(`@${other}`);
        const theirs = first.replaceAll(handle, other);
        // (the first creator's second page: posts the card has not seen, so only the handle keeps them out)
        server.answer(timeline.url, { body: theirs }, { body: second });
        await ask(page, timeline);
        const fresh = expected(otherLive, otherUrl, [{ answer: timeline, text: theirs }]);
        await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(fresh.sample);
        // An answer about the first creator arriving on the second creator's page is left out.
        await ask(page, timeline);
        await page.waitForTimeout(500);
        expect(await card(page, 'troupe-sample')).toBe(fresh.sample);
        await page.close();
        expect(pageErrors).toEqual([]);
      });

      it('a forged message changes only the open card, and nothing reaches the roster until the user saves', async () => {
        const live = livePage(platform, handle, pageUrl);
        const page = await open(pageUrl);
        server.answer(timeline.url, { body: first });
        await ask(page, timeline);
        const shown = expected(live, pageUrl, [{ answer: timeline, text: first }]);
        await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(shown.sample);
        const followers = (await (await view(page)).count('[data-testid=troupe-followers]'))
          ? await card(page, 'troupe-followers')
          : null;

        const forge = (url: string, text: string) =>
          page.evaluate(([name, detail]) => document.dispatchEvent(new CustomEvent(name, { detail })), [
            ANSWER_EVENT,
            packAnswer(url, text),
          ] as const);
        // Cannot: speak for another creator, come from a URL the adapter does not read, be broken JSON
        // or oversized.
        await forge(timeline.url, second.replaceAll(handle, 'SomeoneElse'));
        await forge('https://evil.example/i/api/graphql/x/UserTweets', first);
        await forge(timeline.url, `${first.slice(0, 1000)}`);
        await forge(timeline.url, `{"pad":"${'x'.repeat(MAX_ANSWER_BYTES)}"}`);
        await page.waitForTimeout(500);
        expect(await card(page, 'troupe-sample')).toBe(shown.sample);
        // Can: add posts to the open card (it may lie about this creator's posts), but not overwrite
        // the figures the page showed, nor save anything.
        await forge(timeline.url, second);
        const grown = expected(live, pageUrl, [
          { answer: timeline, text: first },
          { answer: timeline, text: second },
        ]);
        await expect.poll(() => card(page, 'troupe-sample'), { timeout: 10_000 }).toBe(grown.sample);
        if (followers !== null) expect(await card(page, 'troupe-followers')).toBe(followers);
        const status = async () =>
          (await view(page)).attribute('[data-testid=troupe-roster-status]', 'data-status');
        expect(await status()).toBe('absent');
        const rosterPage = await browser.context.newPage();
        await rosterPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
        const rows = () => callFrom(rosterPage, 'roster.rows', {});
        // (other tests in this browser saved creators of their own: count this one's)
        const before = await rows();
        const key = `${platform}:${handle.toLowerCase()}`;
        expect(before.rows.map((r) => r.key)).not.toContain(key);
        // The user's click saves the reading the card shows.
        await (await view(page)).click('[data-testid=troupe-save]');
        await expect.poll(status, { timeout: 10_000 }).toBe('in-roster');
        const saved = await rows();
        expect(saved.total).toBe(before.total + 1);
        expect(saved.rows.map((r) => r.key)).toContain(key);
        const entry = await callFrom(rosterPage, 'roster.lookup', { key });
        expect(entry?.profile.recentPosts.length).toBe(grown.profile.recentPosts.length);
        await rosterPage.close();
        await page.close();
        expect(pageErrors).toEqual([]);
      });

      it('skips a non-JSON or 5 MB answer, and the page still gets it whole', async () => {
        const page = await open(pageUrl);
        const huge = Buffer.alloc(5 * 1024 * 1024, 0x20);
        huge.write('{"data":{"pad":"', 0);
        huge.write('"}}', huge.length - 3);
        const served = [
          {
            body: '<!doctype html><title>Something went wrong</title>',
            contentType: 'text/html; charset=utf-8',
          },
          { body: '<html>not JSON despite its type</html>' },
          { body: huge },
          { body: huge, contentLength: false },
        ];
        server.answer(timeline.url, ...served);
        for (const { body } of served) {
          const got = await ask(page, timeline);
          expect(got.status).toBe(200);
          expect(got.text.length).toBe(body.length);
        }
        await page.waitForTimeout(300);
        expect(await forwarded(page)).toEqual([]);
        await page.close();
        expect(pageErrors).toEqual([]);
      });
    },
  );
});

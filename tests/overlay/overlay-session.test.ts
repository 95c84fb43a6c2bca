import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRosterService } from '../../entrypoints/background/roster-service';
import { scoring } from '../../entrypoints/background/scoring';
import { createOverlaySession } from '../../overlay/overlay-session';
import { createOverlayStore, type OverlayStore } from '../../overlay/overlay-state';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { newPost, newProfile } from '../../shared/platforms/blank-records';
import type { ApiReading } from '../../shared/platforms/contract';
import { instagram } from '../../shared/platforms/instagram';
import type { CallBackground } from '../../shared/roster-client';
import type { Post } from '../../shared/schemas/profile';
import { freshRosterDbs } from '../entrypoints/background/support/fresh-roster-db';

// The real adapter, the real scoring core and the background's real roster service (on
// fake-indexeddb, answering 'overlay.assess' as in the extension); only the message transport between
// content script and background is skipped.
const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const PROFILE_HEAD = `
  <meta property="og:title" content="Pluto (@pluto__travel) • Instagram photos and videos">
  <meta property="og:description" content="2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)">
  <meta name="description" content="2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel): &quot;Travel light, stay long. #ad friends welcome&quot;">
  <link rel="canonical" href="${PROFILE_URL}">`;

const freshDb = freshRosterDbs('overlay-session');
let roster: RosterApi;
let store: OverlayStore;
let controller: AbortController;
const hide = vi.fn();
const show = vi.fn();

const call: CallBackground = (method, input) =>
  (roster[method] as (i: typeof input) => Promise<never>)(input);

function session(overrides: { call?: CallBackground } = {}) {
  return createOverlaySession({
    doc: document,
    recognise: (url) => instagram.matchUrl(url) !== null,
    extract: (doc, url) => instagram.extract(doc, new URL(url)),
    handleOf: (url) => instagram.matchUrl(url)?.handle ?? null,
    call: overrides.call ?? call,
    show,
    hide,
    store,
    signal: controller.signal,
    settleMs: 100,
  });
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 2000 });

beforeEach(async () => {
  roster = createRosterService({ db: await freshDb(), scoring });
  store = createOverlayStore();
  controller = new AbortController();
  document.head.innerHTML = PROFILE_HEAD;
  document.body.innerHTML = '<main></main>';
  hide.mockReset();
  show.mockReset();
});

afterEach(async () => {
  controller.abort();
});

describe('overlay session', () => {
  it('reads the page, shows the facts without a brief, and offers a starter brief that scores', async () => {
    const s = session();
    s.visit(PROFILE_URL);
    expect(show).toHaveBeenCalled();
    await until(() => store.card.value.phase === 'ready');
    const ready = store.card.value;
    if (ready.phase !== 'ready') throw new Error('not ready');
    expect(ready.assessment.profile.handle).toBe('pluto__travel');
    expect(ready.assessment.profile.followers?.value).toBe(2362);
    expect(ready.assessment.scored).toBe(false);
    await until(() => store.roster.value.status === 'absent');
    s.actions.createStarterBrief();
    await until(() => store.card.value.phase === 'ready' && store.card.value.assessment.scored);
    const scored = store.card.value;
    if (scored.phase !== 'ready') throw new Error('not ready');
    const active = await roster['brief.getActive']({});
    expect(active).not.toBeNull();
    expect(scored.assessment.fit.briefId).toBe(active?.id);
    expect(scored.assessment.jurisdictions).toEqual(active?.jurisdictions);
    // The bio's caption-free profile has no recent posts here, so no disclosure checks are listed.
    expect(scored.assessment.checks).toEqual([]);
  });

  it('answers the popup with what the card shows, and nothing before it is ready', async () => {
    const s = session();
    expect(s.current()).toBeNull();
    s.visit(PROFILE_URL);
    expect(s.current()).toBeNull();
    await until(() => store.card.value.phase === 'ready');
    const now = s.current();
    expect(now?.profile.handle).toBe('pluto__travel');
    expect(now?.fit).toBeNull();
    s.actions.createStarterBrief();
    await until(() => s.current()?.fit !== null);
    expect(s.current()?.fit?.score).toEqual(expect.any(Number));
    s.visit('https://www.instagram.com/explore/');
    expect(s.current()).toBeNull();
  });

  it('drops an answer that arrives after a newer one', async () => {
    const followersAsked: (number | null)[] = [];
    const slow = (async (method: RosterMethod, input: never) => {
      const answer = await call(method, input);
      if (method !== 'overlay.assess') return answer;
      const followers =
        (input as { extraction: { profile: { followers: { value: number } | null } } }).extraction.profile
          .followers?.value ?? null;
      followersAsked.push(followers);
      // The first question is answered last, as a busy service worker may do.
      if (followers === null) await new Promise((done) => setTimeout(done, 150));
      return answer;
    }) as CallBackground;
    const s = session({ call: slow });
    document.head.innerHTML =
      '<link rel="canonical" href="https://www.instagram.com/pluto__travel/"><meta property="og:title" content="Pluto (@pluto__travel) • Instagram photos and videos">';
    s.visit(PROFILE_URL);
    // The page fills its counts in later; the reading with followers is asked second, answered first.
    document.head.innerHTML = PROFILE_HEAD;
    document.body.append(document.createElement('div'));
    await until(() => store.card.value.phase === 'ready');
    await new Promise((done) => setTimeout(done, 250));
    expect(followersAsked).toEqual([null, 2362]);
    const ready = store.card.value;
    if (ready.phase !== 'ready') throw new Error('not ready');
    expect(ready.assessment.profile.followers?.value).toBe(2362);
  });

  it('saves once, then updates the same entry with a snapshot; a later visit finds it in the roster', async () => {
    const s = session();
    s.visit(PROFILE_URL);
    await until(() => store.roster.value.status === 'absent');
    s.actions.save();
    await until(() => store.roster.value.status === 'in-roster');
    expect(store.roster.value).toMatchObject({ snapshotCount: 1, savedNow: true, updated: false });
    s.actions.save();
    await until(() => store.roster.value.status === 'in-roster' && store.roster.value.snapshotCount === 2);
    expect(store.roster.value).toMatchObject({ updated: true });
    const again = session();
    again.visit(PROFILE_URL);
    await until(() => store.roster.value.status === 'in-roster');
    expect(store.roster.value).toMatchObject({ savedNow: false, snapshotCount: 2 });
  });

  it('removes the card on a page that is not a creator page', () => {
    session().visit('https://www.instagram.com/explore/');
    expect(hide).toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
  });

  it('says it could not read the page when nothing is there, without throwing', async () => {
    document.head.innerHTML = '';
    session().visit(PROFILE_URL);
    await until(() => store.card.value.phase === 'unreadable');
  });

  it('says so when the background does not answer, without throwing', async () => {
    const down: CallBackground = () => Promise.reject(new Error('No answer from the background'));
    session({ call: down }).visit(PROFILE_URL);
    await until(() => store.card.value.phase === 'unreadable');
    const card = store.card.value;
    expect(card.phase === 'unreadable' && card.message).toBe(
      'Troupe could not assess it: No answer from the background',
    );
  });
});

/** A post as an adapter reads it from an API answer: exact likes and comments. */
function apiPost(id: string, likes = 50): Post {
  return {
    ...newPost(),
    id,
    url: `https://www.instagram.com/p/${id}/`,
    authorHandle: 'pluto__travel',
    likes: { value: likes, display: null, exact: true },
    comments: { value: 2, display: null, exact: true },
  };
}

function posts(handle: string | null, ids: string[]): ApiReading {
  return { handle, profile: null, posts: ids.map((id) => apiPost(id)) };
}

/** A session whose background calls are listed by method. */
function countingSession() {
  const asked: string[] = [];
  const counting: CallBackground = (method, input) => {
    asked.push(method);
    return call(method, input);
  };
  return { asked, s: session({ call: counting }) };
}

function shown() {
  const card = store.card.value;
  if (card.phase !== 'ready') throw new Error(`card is ${card.phase}`);
  return { ...card, posts: card.assessment.profile.recentPosts.map((p) => p.id) };
}

describe('overlay session: the web app’s own answers', () => {
  it('grows the card’s sample as answers arrive: two scroll pages give their union', async () => {
    const s = session();
    s.visit(PROFILE_URL);
    await until(() => store.card.value.phase === 'ready');
    expect(shown().assessment.fit.engagement.sampleSize).toBe(0);
    s.apiReading(posts('pluto__travel', ['A1', 'A2', 'A3']), PROFILE_URL);
    await until(() => shown().posts.length === 3);
    s.apiReading(posts(null, ['A3', 'A4']), PROFILE_URL);
    await until(() => shown().posts.length === 4);
    expect(shown().posts).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(shown().assessment.fit.engagement.sampleSize).toBe(4);
    expect(shown().sample).toBe('4 posts seen · 4 with exact counts, 0 rounded · 4 loaded live by the site');
    // Profile facts the page showed stay the page's.
    expect(shown().assessment.profile.followers?.value).toBe(2362);
  });

  it('drops answers about another creator, and starts afresh on in-app navigation', async () => {
    const { asked, s } = countingSession();
    s.visit(PROFILE_URL);
    await until(() => store.card.value.phase === 'ready');
    s.apiReading(posts('pluto__travel', ['A1']), PROFILE_URL);
    await until(() => shown().posts.length === 1);
    const before = asked.length;
    s.apiReading(posts('someone_else', ['B1', 'B2']), PROFILE_URL);
    await new Promise((done) => setTimeout(done, 50));
    expect(asked.length).toBe(before);
    expect(shown().posts).toEqual(['A1']);

    const next = 'https://www.instagram.com/maya.trails/';
    document.head.innerHTML = PROFILE_HEAD.replaceAll('pluto__travel', 'maya.trails').replaceAll(
      'Pluto',
      'Maya',
    );
    s.visit(next);
    await until(
      () => store.card.value.phase === 'ready' && shown().assessment.profile.handle === 'maya.trails',
    );
    // A late answer of the previous page is not this page's.
    s.apiReading(posts(null, ['A9']), PROFILE_URL);
    await new Promise((done) => setTimeout(done, 50));
    expect(shown().posts).toEqual([]);
  });

  it('shows the creator from the answers when the page itself cannot be read', async () => {
    document.head.innerHTML = '';
    const s = session();
    s.visit(PROFILE_URL);
    const profile = newProfileFor('pluto__travel');
    s.apiReading({ handle: 'pluto__travel', profile, posts: [apiPost('A1')] }, PROFILE_URL);
    await until(() => store.card.value.phase === 'ready');
    expect(shown().assessment.profile.followers?.value).toBe(2400);
    expect(shown().posts).toEqual(['A1']);
  });

  it('a forged answer changes only the open card: nothing reaches the roster until the user saves what the card shows', async () => {
    const { asked, s } = countingSession();
    s.visit(PROFILE_URL);
    await until(() => store.roster.value.status === 'absent');
    const forged: ApiReading = {
      handle: 'pluto__travel',
      profile: { ...newProfileFor('pluto__travel'), followers: { value: 9e9, display: null, exact: true } },
      posts: Array.from({ length: 200 }, (_, i) => apiPost(`F${i}`, 1e9)),
    };
    s.apiReading(forged, PROFILE_URL);
    await until(() => shown().posts.length > 0);
    expect(asked.filter((m) => m.startsWith('roster.') && m !== 'roster.lookup')).toEqual([]);
    expect((await roster['roster.rows']({})).total).toBe(0);
    // The page's figure stands; the posts are bounded.
    expect(shown().assessment.profile.followers?.value).toBe(2362);
    expect(shown().posts.length).toBe(60);
    // The user's click saves exactly the reading the card shows.
    s.actions.save();
    await until(() => store.roster.value.status === 'in-roster');
    const saved = await roster['roster.lookup']({ key: 'instagram:pluto__travel' });
    expect(saved?.profile.recentPosts.map((p) => p.id)).toEqual(shown().posts);
  });
});

function newProfileFor(handle: string) {
  const profile = newProfile('instagram', handle, `https://www.instagram.com/${handle}/`);
  profile.displayName = 'Pluto';
  profile.followers = { value: 2400, display: '2.4K', exact: false };
  return profile;
}

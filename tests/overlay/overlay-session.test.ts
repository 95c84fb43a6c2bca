import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRosterDb, type RosterDb } from '../../entrypoints/background/roster-db';
import { createRosterService } from '../../entrypoints/background/roster-service';
import { scoring } from '../../entrypoints/background/scoring';
import { createOverlaySession } from '../../overlay/overlay-session';
import { createOverlayStore, type OverlayStore } from '../../overlay/overlay-state';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { instagram } from '../../shared/platforms/instagram';
import type { CallBackground } from '../../shared/roster-client';

// The real adapter, the real scoring core and the background's real roster service (on
// fake-indexeddb, answering 'overlay.assess' as in the extension); only the message transport between
// content script and background is skipped.
const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const PROFILE_HEAD = `
  <meta property="og:title" content="Pluto (@pluto__travel) • Instagram photos and videos">
  <meta property="og:description" content="2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel)">
  <meta name="description" content="2,362 Followers, 136 Following, 224 Posts - See Instagram photos and videos from Pluto (@pluto__travel): &quot;Travel light, stay long. #ad friends welcome&quot;">
  <link rel="canonical" href="${PROFILE_URL}">`;

let db: RosterDb;
let name: string;
let n = 0;
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
  name = `overlay-session-${++n}`;
  db = await openRosterDb({ name });
  roster = createRosterService({ db, scoring });
  store = createOverlayStore();
  controller = new AbortController();
  document.head.innerHTML = PROFILE_HEAD;
  document.body.innerHTML = '<main></main>';
  hide.mockReset();
  show.mockReset();
});

afterEach(async () => {
  controller.abort();
  db.close();
  await deleteDB(name);
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

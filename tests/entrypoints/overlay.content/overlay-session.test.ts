import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRosterDb, type RosterDb } from '../../../entrypoints/background/roster-db';
import { createRosterService } from '../../../entrypoints/background/roster-service';
import { scoring } from '../../../entrypoints/background/scoring';
import {
  type CallBackground,
  createOverlaySession,
} from '../../../entrypoints/overlay.content/overlay-session';
import { createOverlayStore, type OverlayStore } from '../../../entrypoints/overlay.content/overlay-state';
import type { RosterApi } from '../../../shared/messages';
import { extractPage, matchPage } from '../../../shared/platforms';

// The real adapter, the real scoring core and the background's real roster service (on
// fake-indexeddb); only the message transport between content script and background is skipped.
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
    recognise: (url) => matchPage(url) !== null,
    extract: (doc, url) => extractPage(doc, new URL(url)),
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
    expect(scored.brief).not.toBeNull();
    expect(scored.assessment.fit.briefId).toBe(scored.brief?.id);
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

  it('still shows the facts when the background does not answer', async () => {
    const down: CallBackground = () => Promise.reject(new Error('No answer from the background'));
    session({ call: down }).visit(PROFILE_URL);
    await until(() => store.card.value.phase === 'ready');
    await until(() => store.roster.value.status === 'error');
  });
});

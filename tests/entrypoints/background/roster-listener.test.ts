import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RosterDb } from '../../../entrypoints/background/roster-db';
import { listenForRoster } from '../../../entrypoints/background/roster-listener';
import { createRosterService } from '../../../entrypoints/background/roster-service';
import { scoring } from '../../../entrypoints/background/scoring';
import { type RosterMethod, type RosterReply, TROUPE } from '../../../shared/messages';
import { fitResult, profile } from '../../shared/roster/creators';
import { freshRosterDbs } from './support/fresh-roster-db';

// The background's onMessage with the senders Chromium reports: a content script on a social page
// (its tab and the page's address), an extension page, and anything else.
const ID = fakeBrowser.runtime.id;
const extensionPage = { id: ID, url: `chrome-extension://${ID}/roster.html` };
const instagramTab = { id: ID, url: 'https://www.instagram.com/trailmaya/', tab: { id: 7 } };

const freshDb = freshRosterDbs('roster-listener');
let db: RosterDb;
let stop: () => void;
beforeEach(async () => {
  db = await freshDb();
  stop = listenForRoster(createRosterService({ db, scoring }));
});
afterEach(async () => {
  stop();
  fakeBrowser.reset();
});

/** An application naming the saved creator, waiting as a claim. */
const CLAIM = {
  applicationId: '9',
  name: 'Eve',
  email: 'eve@example.com',
  country: null,
  pitch: 'It is me',
  niches: [],
  samples: [],
  rates: null,
  languages: [],
  receivedAt: '2025-11-01T00:00:00.000Z',
  claimedFollowers: null,
};

async function ask(sender: object, method: RosterMethod, input: unknown): Promise<RosterReply> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ troupe: TROUPE, method, input }, sender);
  return (await answers.find(Boolean)) as RosterReply;
}

describe('who may ask the background what', () => {
  it('a content script may not read or change settings, back up, remove or import', async () => {
    await ask(extensionPage, 'settings.save', {
      receiverUrl: 'https://apply.example',
      receiverToken: 'secret',
    });
    await ask(extensionPage, 'roster.save', { profile: profile({ handle: 'trailmaya' }), fit: null });
    for (const [method, input] of [
      ['settings.get', {}],
      ['settings.save', { receiverUrl: 'https://evil.example' }],
      ['roster.backup', {}],
      ['roster.remove', { keys: ['instagram:trailmaya'] }],
      ['roster.import', { kind: 'csv', text: 'platform,handle\ninstagram,fake' }],
      ['applicants.fetch', {}],
      ['brief.save', { brief: { id: 'b', name: 'b' } }],
    ] as const) {
      const reply = await ask(instagramTab, method, input);
      expect(reply, method).toEqual({
        ok: false,
        error: expect.stringMatching(/refuses .* from a web page/),
      });
    }
    const settings = await ask(extensionPage, 'settings.get', {});
    expect(settings).toMatchObject({ ok: true, value: { receiverUrl: 'https://apply.example' } });
    expect(await db.count('creators')).toBe(1);
  });

  it('a content script may not confirm or dismiss an applicant’s claim', async () => {
    await ask(extensionPage, 'roster.save', { profile: profile({ handle: 'trailmaya' }), fit: null });
    const record = await db.get('creators', 'instagram:trailmaya');
    await db.put('creators', { ...record!, claims: [CLAIM] });
    for (const method of ['claims.confirm', 'claims.dismiss'] as const) {
      const reply = await ask(instagramTab, method, { key: 'instagram:trailmaya', applicationId: '9' });
      expect(reply, method).toEqual({
        ok: false,
        error: expect.stringMatching(/refuses .* from a web page/),
      });
    }
    expect(await db.get('creators', 'instagram:trailmaya')).toMatchObject({
      applicant: null,
      claims: [CLAIM],
    });
    // The roster page may.
    const confirmed = await ask(extensionPage, 'claims.confirm', {
      key: 'instagram:trailmaya',
      applicationId: '9',
    });
    expect(confirmed).toMatchObject({ ok: true, value: { applicant: CLAIM, status: 'applied' } });
  });

  it('a content script may assess, look up, save its own platform’s creator and take the starter brief', async () => {
    const creator = profile({ handle: 'trailmaya' });
    const assess = await ask(instagramTab, 'overlay.assess', {
      extraction: { kind: 'profile', profile: creator },
    });
    expect(assess.ok).toBe(true);
    expect(await ask(instagramTab, 'brief.createStarter', {})).toMatchObject({ ok: true });
    // The page's own fit is not stored: the background scores with the active brief.
    const saved = await ask(instagramTab, 'roster.save', { profile: creator, fit: fitResult(99) });
    expect(saved.ok).toBe(true);
    const stored = await db.get('creators', 'instagram:trailmaya');
    expect(stored?.fit?.score).not.toBe(99);
    expect(stored?.fit?.briefId).toBe('starter');
    expect(await ask(instagramTab, 'roster.lookup', { key: 'instagram:trailmaya' })).toMatchObject({
      ok: true,
    });
  });

  it("a content script may not save or look up another platform's creator", async () => {
    const tiktok = profile({ handle: 'someone', platform: 'tiktok', url: 'https://www.tiktok.com/@someone' });
    expect(await ask(instagramTab, 'roster.save', { profile: tiktok, fit: null })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/instagram page for a creator on tiktok/),
    });
    expect(await ask(instagramTab, 'roster.lookup', { key: 'tiktok:someone' })).toMatchObject({ ok: false });
    expect(await db.count('creators')).toBe(0);
  });

  it('refuses everything from another extension or a page Troupe does not run on', async () => {
    for (const sender of [
      { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
      { id: ID, url: 'https://evil.example/', tab: { id: 3 } },
      { id: ID, url: 'http://www.instagram.com/trailmaya/', tab: { id: 3 } },
    ]) {
      expect(await ask(sender, 'roster.lookup', { key: 'instagram:x' })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/refuses/),
      });
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerTabRequest, listenForTab } from '../../overlay/tab-responder';
import { type RosterSave, TROUPE } from '../../shared/messages';
import { newProfile } from '../../shared/platforms/blank-records';
import type { CreatorProfile } from '../../shared/schemas/profile';

const profile: CreatorProfile = {
  ...newProfile('instagram', 'pluto__travel', 'https://www.instagram.com/pluto__travel/'),
  displayName: 'Pluto',
  followers: { value: 2362, display: null, exact: true },
  capturedAt: '2025-12-01T00:00:00Z',
};
const shown: RosterSave = { profile, fit: null, disclosures: [] };
const ask = { troupe: TROUPE, method: 'overlay.current', input: {} };

afterEach(() => fakeBrowser.reset());

describe("the overlay's answer to the popup", () => {
  it('answers overlay.current with what the card shows, or null before it is ready', async () => {
    await expect(answerTabRequest(ask, () => shown)).resolves.toEqual(shown);
    await expect(answerTabRequest(ask, () => null)).resolves.toBeNull();
  });

  it('leaves other messages to other listeners', () => {
    expect(
      answerTabRequest({ troupe: TROUPE, method: 'roster.save', input: {} }, () => shown),
    ).toBeUndefined();
    expect(answerTabRequest({ event: 'import.progress' }, () => shown)).toBeUndefined();
    expect(answerTabRequest(null, () => shown)).toBeUndefined();
  });

  it('answers through runtime messages until the content script is invalidated', async () => {
    const controller = new AbortController();
    listenForTab(() => shown, controller.signal);
    await expect(fakeBrowser.runtime.sendMessage(ask)).resolves.toEqual(shown);
    controller.abort();
    await expect(fakeBrowser.runtime.sendMessage(ask)).rejects.toThrow('No listeners available');
  });
});

describe('overlay.rescore (issue 11, item 12)', () => {
  it('assesses the card again when the background says the active brief changed', async () => {
    let rescored = 0;
    const answer = answerTabRequest(
      { troupe: TROUPE, method: 'overlay.rescore', input: {} },
      () => shown,
      async () => {
        rescored++;
      },
    );
    await expect(answer).resolves.toBeUndefined();
    expect(rescored).toBe(1);
  });
});

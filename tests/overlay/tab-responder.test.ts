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

/**
 * Delivers a message the way the browser does, sendResponse included (the content script has no
 * polyfill, and Chrome's own onMessage ignores a returned promise: it wants `true`, then sendResponse).
 * `kept` is what each listener returned; `reply` what reached sendResponse, 'none' if nothing did.
 */
async function deliver(message: unknown): Promise<{ kept: unknown[]; reply: unknown }> {
  let respond: (reply: unknown) => void = () => undefined;
  const replied = new Promise<unknown>((resolve) => {
    respond = resolve;
  });
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  const kept = await trigger(message, {}, respond);
  const reply = kept.includes(true) ? await replied : 'none';
  return { kept, reply };
}

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
    await expect(deliver(ask)).resolves.toEqual({ kept: [true], reply: shown });
    controller.abort();
    await expect(deliver(ask)).resolves.toEqual({ kept: [], reply: 'none' });
  });

  it('answers overlay.rescore once the card is assessed again, and keeps no answer open for others', async () => {
    let rescored = 0;
    listenForTab(
      () => shown,
      new AbortController().signal,
      async () => {
        rescored++;
      },
    );
    const rescore = { troupe: TROUPE, method: 'overlay.rescore', input: {} };
    await expect(deliver(rescore)).resolves.toEqual({ kept: [true], reply: undefined });
    expect(rescored).toBe(1);
    await expect(deliver({ event: 'import.progress' })).resolves.toEqual({ kept: [false], reply: 'none' });
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

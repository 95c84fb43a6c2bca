// The roster service as the pages reach it, for component tests: every call is recorded, and each
// method answers what the test gave it (a method it did not give fails the call loudly). Starts from a
// fresh fake browser, so one test's listeners never answer another's.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RosterMethod } from '../../../shared/messages';

export interface FakeBackground {
  calls: { method: RosterMethod; input: unknown }[];
  /** The inputs of every call of one method, in order. */
  inputsOf: (method: RosterMethod) => unknown[];
}

export function fakeBackground(
  answers: Partial<Record<RosterMethod, (input: never) => unknown>>,
): FakeBackground {
  const calls: FakeBackground['calls'] = [];
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const { method, input } = message as { method: RosterMethod; input: never };
    calls.push({ method, input });
    const answer = answers[method];
    if (!answer) return Promise.resolve({ ok: false, error: `no answer given for ${method}` });
    return Promise.resolve({ ok: true, value: answer(input) });
  });
  return { calls, inputsOf: (method) => calls.filter((c) => c.method === method).map((c) => c.input) };
}

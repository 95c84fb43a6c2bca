// Answers RosterRequests from every extension context with a RosterReply, after sender-policy.ts has
// admitted them. Errors travel as text (structured clone drops Error subclasses), so each message
// says plainly what went wrong.
import { browser } from 'wxt/browser';
import { isRosterRequest, type RosterApi, type RosterReply, type RosterRequest } from '../../shared/messages';
import { admit, callerOf, replyForPage, type Sender } from './sender-policy';

export async function answerRosterRequest(
  service: RosterApi | Promise<RosterApi>,
  request: RosterRequest,
): Promise<RosterReply> {
  try {
    const api = await service;
    const method = api[request.method] as ((input: unknown) => Promise<unknown>) | undefined;
    if (typeof method !== 'function' || !Object.hasOwn(api, request.method))
      return { ok: false, error: `Unknown roster method "${request.method}"` };
    const value = await method(request.input ?? {});
    return { ok: true, value } as RosterReply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the listener; call synchronously when the background starts so wake-up messages are heard. */
export function listenForRoster(service: RosterApi | Promise<RosterApi>): () => void {
  const origin = browser.runtime.getURL('/');
  const listener = (message: unknown, sender: Sender) => {
    if (!isRosterRequest(message)) return undefined;
    const caller = callerOf(sender, browser.runtime.id, origin);
    const admitted = admit(message, caller);
    if ('refused' in admitted) return Promise.resolve<RosterReply>({ ok: false, error: admitted.refused });
    const answer = answerRosterRequest(service, admitted.request);
    return caller.kind === 'content-script' ? answer.then((r) => replyForPage(message.method, r)) : answer;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

// Answers RosterRequests from every extension context with a RosterReply. Errors travel as text
// (structured clone drops Error subclasses), so each message says plainly what went wrong.
import { browser } from 'wxt/browser';
import { isRosterRequest, type RosterApi, type RosterReply, type RosterRequest } from '../../shared/messages';

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
  const listener = (message: unknown) =>
    isRosterRequest(message) ? answerRosterRequest(service, message) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

// Calls the background's roster service from any extension context (content script, popup,
// side panel, roster and options pages). The database itself is never opened outside the background.
import { browser } from 'wxt/browser';
import { type RosterApi, type RosterMethod, type RosterReply, type RosterRequest, TROUPE } from './messages';

export class RosterError extends Error {
  override name = 'RosterError';
}

export async function callBackground<M extends RosterMethod>(
  method: M,
  input: Parameters<RosterApi[M]>[0],
): Promise<Awaited<ReturnType<RosterApi[M]>>> {
  const request: RosterRequest<M> = { troupe: TROUPE, method, input };
  const reply = (await browser.runtime.sendMessage(request)) as RosterReply<M> | undefined;
  if (!reply) throw new RosterError(`No answer from the background for ${method}`);
  if (!reply.ok) throw new RosterError(reply.error);
  return reply.value;
}

/** callBackground's type, for code that is handed a way to call the background (tests pass a fake). */
export type CallBackground = typeof callBackground;

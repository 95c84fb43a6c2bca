// Answers the popup's TabApi questions (browser.tabs.sendMessage to this tab) from what the card
// shows, so the popup's quick save sends the same reading and assessment without re-reading the page.
import { browser } from 'wxt/browser';
import type { TabApi } from '../../shared/messages';
import type { RosterSave } from './overlay-session';

type Current = Awaited<ReturnType<TabApi['overlay.current']>>;

function isTabRequest<M extends keyof TabApi>(
  message: unknown,
  method: M,
): message is { troupe: 1; method: M } {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { troupe?: unknown }).troupe === 1 &&
    (message as { method?: unknown }).method === method
  );
}

/** The answer to a message, or undefined when it is not a TabApi request (other listeners may answer). */
export function answerTabRequest(
  message: unknown,
  current: () => RosterSave | null,
  rescore: () => Promise<void> = async () => undefined,
): Promise<Current | undefined> | undefined {
  if (isTabRequest(message, 'overlay.current')) return Promise.resolve(current());
  if (isTabRequest(message, 'overlay.rescore')) return rescore().then(() => undefined);
  return undefined;
}

/** Listens while `signal` is live (the content script's context, invalidated on extension update). */
export function listenForTab(
  current: () => RosterSave | null,
  signal: AbortSignal,
  rescore?: () => Promise<void>,
): void {
  const listener = (message: unknown) => answerTabRequest(message, current, rescore);
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

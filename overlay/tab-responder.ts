// Answers the popup's TabApi questions (browser.tabs.sendMessage to this tab) from what the card
// shows, so the popup's quick save sends the same reading and assessment without re-reading the page.
import { browser } from 'wxt/browser';
import { isTabRequest, type RosterSave } from '../shared/messages';

/** The answer to a message, or undefined when it is not a TabApi request (other listeners may answer). */
export function answerTabRequest(
  message: unknown,
  current: () => RosterSave | null,
  rescore: () => Promise<void> = async () => undefined,
): Promise<RosterSave | null | undefined> | undefined {
  if (isTabRequest(message, 'overlay.current')) return Promise.resolve(current());
  if (isTabRequest(message, 'overlay.rescore')) return rescore().then(() => undefined);
  return undefined;
}

/**
 * Listens while `signal` is live (the content script's context, invalidated on extension update).
 * Content scripts carry no webextension-polyfill (wxt.config.ts), and Chrome's own onMessage ignores a
 * returned promise: the answer goes through sendResponse, kept open by returning true, as Firefox also does.
 */
export function listenForTab(
  current: () => RosterSave | null,
  signal: AbortSignal,
  rescore?: () => Promise<void>,
): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const answer = answerTabRequest(message, current, rescore);
    if (!answer) return false;
    void answer.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

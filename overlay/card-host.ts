// The card's element on the page: a closed shadow root, so the page's scripts can neither read the
// card nor reach its buttons, holding the content script's own CSS. Written here instead of WXT's
// createShadowRootUi, which also bundles an auto-mount watcher this card never uses (~3.4 KB gzip
// of each content script's 35 KB budget); this keeps the parts the card relies on.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface CardHost {
  /** The element appended to the page's body (its shadow root is closed). */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Appends the host at the end of the body and renders into it. */
  mount: () => void;
  /** Unrenders and detaches; also done when the content script is invalidated (an update). */
  remove: () => void;
}

// The page's own styles must not reach in through inherited properties (font, colour, line height).
const RESET = ':host{all:initial !important;}';
// The page's keyboard shortcuts (YouTube's "k", X's "j") must not fire while a user types in the card.
const KEYS = ['keydown', 'keyup', 'keypress'];

/** The CSS WXT builds beside this content script (cssInjectionMode 'ui'); empty if it cannot load. */
async function entrypointCss(): Promise<string> {
  try {
    // Built beside the script, so not among the public paths WXT types getURL with.
    const path = `/content-scripts/${import.meta.env.ENTRYPOINT}.css` as Parameters<
      typeof browser.runtime.getURL
    >[0];
    const url = browser.runtime.getURL(path);
    return await (await fetch(url)).text();
  } catch {
    return '';
  }
}

export async function createCardHost(
  ctx: Pick<ContentScriptContext, 'onInvalidated'>,
  name: string,
  onMount: (container: HTMLElement) => void,
  onRemove: (container: HTMLElement) => void,
): Promise<CardHost> {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = RESET + (await entrypointCss()).replaceAll(':root', ':host');
  const container = document.createElement('div');
  for (const type of KEYS) container.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, container);
  const remove = () => {
    onRemove(container);
    host.remove();
  };
  ctx.onInvalidated(remove);
  return {
    host,
    shadow,
    mount: () => {
      document.body.append(host);
      onMount(container);
    },
    remove,
  };
}

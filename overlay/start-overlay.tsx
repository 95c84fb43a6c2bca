// The overlay on one platform's pages: a creator card in a closed shadow root, so the page's own
// scripts can neither read it (the brief's reasons) nor reach its buttons. Each platform has its
// own tiny content script (entrypoints/<platform>.content.ts) that passes its adapter here, so a page
// loads only its own platform's adapter. Wires the adapter, the background's roster service and the
// card together; the behaviour lives in overlay-session.ts and the look in Card.tsx. The web app's own
// API answers arrive from the page-world script (entrypoints/page-world.content) via live-answers.ts.
import './style.css';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../shared/platforms/contract';
import { callBackground } from '../shared/roster-client';
import { Card, isShortcut } from './Card';
import { createCardHost } from './card-host';
import { listenForApiAnswers } from './live-answers';
import { createOverlaySession } from './overlay-session';
import { createOverlayStore } from './overlay-state';
import { keepInserted } from './reinsertion';
import { listenForTab } from './tab-responder';

/** Marks our host element, so a second copy of the script (an extension update) never adds a second card. */
const MARKER = 'data-troupe-overlay';

export async function startOverlay(ctx: ContentScriptContext, adapter: PlatformAdapter): Promise<void> {
  const store = createOverlayStore();
  let wanted = false;
  const session = createOverlaySession({
    doc: document,
    recognise: (url) => adapter.matchUrl(url) !== null,
    extract: (doc, url) => adapter.extract(doc, new URL(url)),
    handleOf: (url) => adapter.matchUrl(url)?.handle ?? null,
    call: callBackground,
    show: () => {
      wanted = true;
      mount();
    },
    hide: () => {
      wanted = false;
      ui.remove();
    },
    store,
    signal: ctx.signal,
  });
  listenForTab(session.current, ctx.signal, session.rescore);

  const ui = await createCardHost(
    ctx,
    'troupe-overlay',
    (container) =>
      render(
        <Card
          store={store}
          actions={session.actions}
          onRendered={(phase) => {
            const ms = session.rendered(phase);
            if (ms === null) return;
            ui.host.setAttribute('data-troupe-rendered-ms', ms.toFixed(1));
            // A counter beside the time: two renders can take the same tenth of a millisecond.
            ui.host.setAttribute(
              'data-troupe-renders',
              String(Number(ui.host.getAttribute('data-troupe-renders') ?? 0) + 1),
            );
            performance.mark('troupe:card-rendered', { detail: { ms } });
          }}
        />,
        container,
      ),
    (container) => render(null, container),
  );
  ui.host.setAttribute(MARKER, '');

  function mount() {
    if (ui.host.isConnected) return;
    for (const stale of document.querySelectorAll(`[${MARKER}]`)) stale.remove();
    ui.mount();
  }

  keepInserted(document, {
    host: () => (wanted ? ui.host : null),
    reinsert: mount,
    signal: ctx.signal,
  });

  // Alt+Shift+T opens the card and moves focus to it, so it is reachable without a pointer.
  ctx.addEventListener(window, 'keydown', (event) => {
    if (!isShortcut(event) || !wanted) return;
    event.preventDefault();
    store.collapsed.value = false;
    ui.shadow.querySelector<HTMLButtonElement>('[data-testid=troupe-toggle]')?.focus();
  });
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => session.visit(newUrl.href));
  session.visit(location.href);
  // After the first visit started: the page-world script then hands over the answers it kept.
  listenForApiAnswers(document, adapter, session.apiReading, ctx.signal);
}

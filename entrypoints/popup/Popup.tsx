// The toolbar popup: the current tab's creator (as the overlay read it) with a quick save, and the
// roster's counts.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { RosterCounts, TabApi } from '../../shared/messages';
import { handleLabel } from '../../shared/platforms/handle-label';
import { callBackground } from '../../shared/roster-client';
import { creatorKey } from '../../shared/schemas/profile';

type Current = Awaited<ReturnType<TabApi['overlay.current']>>;

/** Chrome's side panel API; Firefox has none (its sidebar is opened from the browser's own UI). */
const sidePanel = (browser as unknown as { sidePanel?: { open: (o: { windowId: number }) => Promise<void> } })
  .sidePanel;

async function currentCreator(): Promise<Current> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return (await browser.tabs.sendMessage(tab.id, {
      troupe: 1,
      method: 'overlay.current',
      input: {},
    })) as Current;
  } catch {
    // No overlay in this tab (not a creator page, or the page loaded before the extension).
    return null;
  }
}

export function Popup() {
  const counts = useSignal<RosterCounts | null>(null);
  const current = useSignal<Current>(null);
  const saved = useSignal<'no' | 'saving' | 'saved' | 'updated'>('no');
  const error = useSignal<string | null>(null);
  const windowId = useSignal<number | null>(null);
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => (windowId.value = w.id ?? null));
    void callBackground('roster.counts', {}).then((c) => (counts.value = c));
    void currentCreator().then(async (c) => {
      current.value = c;
      if (c && (await callBackground('roster.lookup', { key: creatorKey(c.profile) })))
        saved.value = 'updated';
    });
  }, []);
  const c = current.value;
  return (
    <main class="popup" style={{ width: '320px', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1.1rem', margin: 0 }}>Troupe</h1>
      {c ? (
        <section aria-label="This page's creator">
          <p>
            <strong>{c.profile.displayName ?? c.profile.handle}</strong> {handleLabel(c.profile)} ·{' '}
            {c.profile.platform}
            {c.fit?.score != null && ` · fit ${c.fit.score}`}
          </p>
          <button
            type="button"
            data-testid="popup-save"
            disabled={saved.value === 'saving'}
            onClick={async () => {
              saved.value = 'saving';
              try {
                const result = await callBackground('roster.save', c);
                if (result.held?.length) {
                  // The card shows the figures that jumped and asks; the popup only says so.
                  error.value = `Not saved: ${result.held.map((j) => j.field).join(', ')} differ sharply from the saved figures. Check the page and save from its card.`;
                  saved.value = 'no';
                  return;
                }
                saved.value = result.updated ? 'updated' : 'saved';
                counts.value = await callBackground('roster.counts', {});
              } catch (e) {
                error.value = e instanceof Error ? e.message : String(e);
                saved.value = 'no';
              }
            }}
          >
            {saved.value === 'no'
              ? 'Save to roster'
              : saved.value === 'saving'
                ? 'Saving…'
                : 'Saved · save again'}
          </button>
        </section>
      ) : (
        <p class="muted">Open a creator's profile or post to see and save them here.</p>
      )}
      {error.value && (
        <p role="alert" class="error">
          {error.value}
        </p>
      )}
      {counts.value && (
        <p data-testid="popup-counts">
          {counts.value.total} in the roster · {counts.value.byStatus.active} active ·{' '}
          {counts.value.byStatus.applied} applied · {counts.value.byStatus.prospect} prospects
        </p>
      )}
      <nav class="popup-links" aria-label="Troupe pages">
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/roster.html') })}
        >
          Open roster
        </button>
        {sidePanel && (
          <button
            type="button"
            data-testid="popup-sidepanel"
            disabled={windowId.value === null}
            onClick={() => {
              // Called in the click itself, with no await before it: Chrome opens the side panel only
              // on a user gesture.
              void sidePanel.open({ windowId: windowId.value! }).then(() => globalThis.close());
            }}
          >
            Open side panel
          </button>
        )}
        <button
          type="button"
          data-testid="popup-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Briefs and settings
        </button>
      </nav>
    </main>
  );
}

import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createCardHost } from '../../overlay/card-host';

const CSS = ':root { --troupe-bg: #fff; } .card { color: red; }';
let invalidated: (() => void)[] = [];
const ctx = {
  onInvalidated: (cb: () => void) => {
    invalidated.push(cb);
    return () => undefined;
  },
};
const fetched: string[] = [];

beforeEach(() => {
  invalidated = [];
  fetched.length = 0;
  vi.stubEnv('ENTRYPOINT', 'youtube');
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(CSS);
  });
  document.body.innerHTML = '<main id="page"></main>';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  document.body.innerHTML = '';
});

it("holds the script's own CSS in a closed shadow root the page cannot open", async () => {
  const ui = await createCardHost(
    ctx,
    'troupe-overlay',
    () => undefined,
    () => undefined,
  );
  expect(fetched).toEqual(['chrome-extension://test-extension-id/content-scripts/youtube.css']);
  expect(ui.host.tagName).toBe('TROUPE-OVERLAY');
  expect(ui.host.shadowRoot).toBeNull();
  // Reset first, so the page's inherited styles stop at the host; :root rules apply to the host.
  expect(ui.shadow.querySelector('style')?.textContent).toBe(
    ':host{all:initial !important;}:host { --troupe-bg: #fff; } .card { color: red; }',
  );
});

it('mounts at the end of the body and removes cleanly, also when the content script is invalidated', async () => {
  const mounted: HTMLElement[] = [];
  const removed: HTMLElement[] = [];
  const ui = await createCardHost(
    ctx,
    'troupe-overlay',
    (container) => {
      mounted.push(container);
      container.textContent = 'card';
    },
    (container) => removed.push(container),
  );
  expect(ui.host.isConnected).toBe(false);
  ui.mount();
  expect(document.body.lastElementChild).toBe(ui.host);
  expect(mounted).toHaveLength(1);
  expect(ui.shadow.contains(mounted[0]!)).toBe(true);
  ui.remove();
  expect([ui.host.isConnected, removed]).toEqual([false, mounted]);
  ui.mount();
  for (const cb of invalidated) cb();
  expect([ui.host.isConnected, removed.length]).toEqual([false, 2]);
});

it("keeps keys typed in the card from the site's shortcuts, but not clicks", async () => {
  let container: HTMLElement | null = null;
  const ui = await createCardHost(
    ctx,
    'troupe-overlay',
    (c) => {
      container = c;
      c.innerHTML = '<input>';
    },
    () => undefined,
  );
  ui.mount();
  const heard: string[] = [];
  for (const type of ['keydown', 'keyup', 'keypress', 'click'])
    window.addEventListener(type, () => heard.push(type));
  const input = (container as HTMLElement | null)?.querySelector('input');
  for (const type of ['keydown', 'keyup', 'keypress'])
    input?.dispatchEvent(new KeyboardEvent(type, { key: 'k', bubbles: true, composed: true }));
  input?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  expect(heard).toEqual(['click']);
  // The page's own keys still reach the page.
  document.getElementById('page')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }));
  expect(heard).toEqual(['click', 'keydown']);
});

it('still shows the card when its CSS cannot be loaded', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  const ui = await createCardHost(
    ctx,
    'troupe-overlay',
    () => undefined,
    () => undefined,
  );
  expect(ui.shadow.querySelector('style')?.textContent).toBe(':host{all:initial !important;}');
});

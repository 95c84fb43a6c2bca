// The card as the Firefox test sees it. Its shadow root is closed, and WebDriver BiDi reaches no
// content-script world in Firefox, but BiDi's own serialisation of an element carries its shadow root
// whatever its mode (a reference, "sharedId"): the test queries inside through that reference and
// presses buttons with the page's real mouse (trusted events, which the card requires).
import type { Page } from 'puppeteer-core';
import type { BidiBrowser } from 'puppeteer-core/internal/bidi/Browser.js';

export interface FirefoxCard {
  count: (selector: string) => Promise<number>;
  /** Text of the first element with this data-testid; '' when there is none. */
  text: (testId: string) => Promise<string>;
  attribute: (selector: string, name: string) => Promise<string | null>;
  waitFor: (selector: string, timeout?: number) => Promise<void>;
  click: (selector: string) => Promise<void>;
}

type CardQuery = { selector: string; op: 'count' | 'text' | 'attribute' | 'rect'; name?: string };

/** Runs in the page with the card's root: answers one question, as JSON. */
function inRoot(root: ShadowRoot, query: string): string {
  const q = JSON.parse(query) as CardQuery;
  const all = root.querySelectorAll<HTMLElement>(q.selector);
  const el = all[0];
  if (q.op === 'count') return JSON.stringify(all.length);
  if (!el) return 'null';
  if (q.op === 'text') return JSON.stringify(el.textContent ?? '');
  if (q.op === 'attribute') return JSON.stringify(el.getAttribute(q.name ?? ''));
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return JSON.stringify({ x: r.x, y: r.y, width: r.width, height: r.height });
}

interface Evaluated {
  result: { type: string; result?: { value?: unknown } & Record<string, unknown> };
}

export function firefoxCard(page: Page): FirefoxCard {
  const { connection } = page.browser() as unknown as BidiBrowser;
  const send = (method: string, params: object) =>
    (connection.send as (m: string, p: object) => Promise<Evaluated>)(method, params);
  const context = () => (page.mainFrame() as unknown as { _id: string })._id;

  const rootId = async (): Promise<string | null> => {
    const { result } = await send('script.evaluate', {
      expression: "document.querySelector('troupe-overlay')",
      target: { context: context() },
      awaitPromise: false,
      serializationOptions: { maxDomDepth: 0 },
    });
    const host = result.result?.value as { shadowRoot?: { sharedId?: string } | null } | undefined;
    return host?.shadowRoot?.sharedId ?? null;
  };
  const ask = async <R>(q: CardQuery): Promise<R> => {
    const root = await rootId();
    if (!root) return (q.op === 'count' ? 0 : null) as R;
    const { result } = await send('script.callFunction', {
      functionDeclaration: inRoot.toString(),
      target: { context: context() },
      arguments: [{ sharedId: root }, { type: 'string', value: JSON.stringify(q) }],
      awaitPromise: false,
    });
    if (result.type !== 'success') throw new Error(`Card query failed: ${JSON.stringify(result)}`);
    return JSON.parse(String(result.result?.value)) as R;
  };
  const waitFor = async (selector: string, timeout = 10_000) => {
    const deadline = Date.now() + timeout;
    while ((await ask<number>({ selector, op: 'count' })) === 0) {
      if (Date.now() > deadline) throw new Error(`The card shows no ${selector} after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    count: (selector) => ask({ selector, op: 'count' }),
    text: async (testId) =>
      (await ask<string | null>({ selector: `[data-testid=${testId}]`, op: 'text' })) ?? '',
    attribute: (selector, name) => ask({ selector, op: 'attribute', name }),
    waitFor,
    click: async (selector) => {
      await waitFor(selector);
      const r = await ask<{ x: number; y: number; width: number; height: number }>({ selector, op: 'rect' });
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    },
  };
}

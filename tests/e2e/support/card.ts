// The card as a test sees it. Its shadow root is closed, so neither the page nor Playwright's
// locators reach it; the tests read it from the extension's content-script world (where
// chrome.dom.openOrClosedShadowRoot opens it) and press its buttons with the page's real mouse and
// keyboard, which the card trusts, unlike a script's clicks.
import type { Page } from 'playwright-core';
import type { Launched } from './chromium';
import { type ContentWorld, contentWorld } from './content-world';

type Query = {
  selector: string;
  op: 'count' | 'text' | 'attribute' | 'rect' | 'style' | 'focused';
  name?: string;
};
type Rect = { x: number; y: number; width: number; height: number };

/** Runs in the content-script world: answers one question about the element(s) `selector` finds. */
function inCard(q: Query): unknown {
  const dom = (
    globalThis as unknown as {
      chrome: { dom: { openOrClosedShadowRoot: (e: Element) => ShadowRoot | null } };
    }
  ).chrome.dom;
  const host = document.querySelector('troupe-overlay');
  const root = host ? dom.openOrClosedShadowRoot(host) : null;
  const all = root ? root.querySelectorAll<HTMLElement>(q.selector) : [];
  const el = all[0];
  if (q.op === 'count') return all.length;
  if (!el) return null;
  if (q.op === 'text') return el.textContent ?? '';
  if (q.op === 'attribute') return el.getAttribute(q.name ?? '');
  if (q.op === 'style') return getComputedStyle(el).getPropertyValue(q.name ?? '');
  if (q.op === 'focused') return root?.activeElement === el;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

export interface CardView {
  world: ContentWorld;
  count: (selector: string) => Promise<number>;
  /** Text of the first element with this data-testid; '' when there is none. */
  text: (testId: string) => Promise<string>;
  attribute: (selector: string, name: string) => Promise<string | null>;
  style: (selector: string, property: string) => Promise<string | null>;
  focused: (selector: string) => Promise<boolean>;
  waitFor: (selector: string, timeout?: number) => Promise<void>;
  /** Where the element is on the page (scrolled into view). */
  rect: (selector: string) => Promise<Rect>;
  /** A person's click on the element: the page's mouse, so the event is trusted. */
  click: (selector: string) => Promise<void>;
  screenshot: (selector: string, path: string) => Promise<void>;
}

export async function cardOf(page: Page, extensionId: string): Promise<CardView> {
  const world = await contentWorld(page, extensionId);
  const ask = <R>(q: Query) => world.run(inCard, q) as Promise<R>;
  const waitFor = async (selector: string, timeout = 10_000) => {
    const deadline = Date.now() + timeout;
    while ((await ask<number>({ selector, op: 'count' })) === 0) {
      if (Date.now() > deadline) throw new Error(`The card shows no ${selector} after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const rect = async (selector: string) => {
    await waitFor(selector);
    return (await ask<Rect | null>({ selector, op: 'rect' }))!;
  };
  return {
    world,
    count: (selector) => ask({ selector, op: 'count' }),
    text: async (testId) =>
      (await ask<string | null>({ selector: `[data-testid=${testId}]`, op: 'text' })) ?? '',
    attribute: (selector, name) => ask({ selector, op: 'attribute', name }),
    style: (selector, name) => ask({ selector, op: 'style', name }),
    focused: async (selector) => (await ask<boolean | null>({ selector, op: 'focused' })) === true,
    waitFor,
    rect,
    click: async (selector) => {
      const r = await rect(selector);
      await page.mouse.click(r.x + r.width / 2, r.y + r.height / 2);
    },
    screenshot: async (selector, path) => {
      await page.screenshot({ path, clip: await rect(selector) });
    },
  };
}

/** The card's root element inside its shadow root. */
export const CARD = '[data-testid=troupe-card]';

/** A new tab at `url` in the launched browser, once its card is ready. */
export async function openCard(browser: Launched, url: string): Promise<{ page: Page; card: CardView }> {
  const page = await browser.context.newPage();
  const card = await cardOf(page, browser.extensionId!);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await card.waitFor(`${CARD}[data-phase=ready]`);
  return { page, card };
}

// The widget's `troupe:*` events, as the test pages record them in window.__events.
import type { Page } from 'playwright-core';

/** Waits until the page has seen `count` events called `name`. */
export async function waitForEvent(page: Page, name: string, count = 1): Promise<void> {
  await page.waitForFunction(
    ([n, c]) =>
      ((window as unknown as { __events?: { name: string }[] }).__events ?? []).filter((e) => e.name === n)
        .length >= c,
    [name, count] as const,
    // Poll on a timer: requestAnimationFrame (the default) stops firing in a headless page that is
    // not in front, so an event that arrived after the first check was never seen.
    { polling: 100, timeout: 30_000 },
  );
}

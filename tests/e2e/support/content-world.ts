// Runs code in the extension's content-script world of a page (Chromium's isolated world for the
// extension), over the DevTools protocol. The page's own scripts cannot reach that world, which is
// the point: it is how the tests reach the card's closed shadow root (chrome.dom.openOrClosedShadowRoot
// exists only for extension scripts) and how they send messages as a content script would.
import type { CDPSession, Page } from 'playwright-core';

interface ContextInfo {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

export interface ContentWorld {
  /** Evaluates `fn(arg)` in the content script's world; the result must be JSON-serialisable. */
  run: <A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>;
  detach: () => Promise<void>;
}

export async function contentWorld(page: Page, extensionId: string): Promise<ContentWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts = new Map<number, ContextInfo>();
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ContextInfo }) =>
    contexts.set(context.id, context),
  );
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) =>
    contexts.delete(executionContextId),
  );
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const mainFrame = frameTree.frame.id;

  const extensionContext = async (): Promise<number> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      for (const c of contexts.values())
        if (c.origin === `chrome-extension://${extensionId}` && c.auxData?.frameId === mainFrame) return c.id;
      if (Date.now() > deadline) throw new Error('No content-script world in this page');
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  return {
    run: async (fn, arg) => {
      const contextId = await extensionContext();
      const answer = (await cdp.send('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg ?? null)})`,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
      if (answer.exceptionDetails)
        throw new Error(answer.exceptionDetails.exception?.description ?? 'content-world evaluation failed');
      return answer.result.value as never;
    },
    detach: () => cdp.detach(),
  };
}

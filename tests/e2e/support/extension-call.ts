// Calls the background's roster service from an extension page, as the extension's own pages do.
import type { Page } from 'playwright-core';
import type { RosterApi, RosterMethod } from '../../../shared/messages';

export async function callFrom<M extends RosterMethod>(
  page: Page,
  method: M,
  input: Parameters<RosterApi[M]>[0],
): Promise<Awaited<ReturnType<RosterApi[M]>>> {
  return page.evaluate(
    async ([method, input]) => {
      // Runs in the extension page, where `chrome` is the extension API.
      const runtime = (
        globalThis as unknown as {
          chrome: {
            runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error: string; value: unknown }> };
          };
        }
      ).chrome.runtime;
      const reply = await runtime.sendMessage({ troupe: 1, method, input });
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    [method, input] as const,
  ) as Promise<Awaited<ReturnType<RosterApi[M]>>>;
}

/** axe-core's violations on the page as it is now: rule id and up to three targets each. */
export async function axeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  const { createRequire } = await import('node:module');
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({
      id: v.id,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
}

// Calls the background's roster service as the extension's own contexts do: from an extension page
// (roster, popup, options), or from the content script's world of a social page.
import type { Page } from 'playwright-core';
import { type RosterApi, type RosterMethod, type RosterReply, TROUPE } from '../../../shared/messages';
import type { ContentWorld } from './content-world';

type Input<M extends RosterMethod> = Parameters<RosterApi[M]>[0];

/** Runs in the extension context, where `chrome` is the extension API: one request, its reply as sent. */
async function send([troupe, method, input]: readonly [number, string, unknown]): Promise<unknown> {
  const { runtime } = (
    globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
  ).chrome;
  return runtime.sendMessage({ troupe, method, input });
}

/** The background's reply to `method` asked from `where`, refused or not: for calls meant to fail. */
export function replyFrom<M extends RosterMethod>(
  where: Page | ContentWorld,
  method: M,
  input: Input<M>,
): Promise<RosterReply<M>> {
  const request = [TROUPE, method, input] as const;
  const reply = 'evaluate' in where ? where.evaluate(send, request) : where.run(send, request);
  return reply as Promise<RosterReply<M>>;
}

/** What the background answers `method` asked from `where`; throws its error when it refuses. */
export async function callFrom<M extends RosterMethod>(
  where: Page | ContentWorld,
  method: M,
  input: Input<M>,
): Promise<Awaited<ReturnType<RosterApi[M]>>> {
  const reply = await replyFrom(where, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error}`);
  return reply.value;
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

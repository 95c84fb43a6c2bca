// Sends one application to the receiver, at most once in effect: every attempt carries the same
// idempotency key (header and body), so a retry after a lost response is recognised and answered
// 200 instead of stored again. Retries use exponential backoff with jitter and honour
// Retry-After; errors that a retry cannot fix (4xx) stop at once.
import type { Application } from '../shared/schemas/application';

export type Delivery =
  | { ok: true; id: string; status: string }
  /**
   * retryable: keep it queued and try again later (offline, server down, rate limited too long).
   * Not retryable (a 4xx): the receiver refused it for good; `issues` name the fields it objected to.
   */
  | { ok: false; retryable: boolean; code: string; message?: string; issues?: ReceiverIssue[] };

export interface ReceiverIssue {
  path: string;
  message: string;
}

export interface DeliveryOptions {
  attempts?: number;
  baseMs?: number;
  capMs?: number;
  /** Longest Retry-After worth waiting for on the page; beyond it the application is queued. */
  maxWaitMs?: number;
  signal?: AbortSignal;
  random?: () => number;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** Retry-After as seconds or an HTTP date -> milliseconds, null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export async function deliver(
  endpoint: string,
  application: Application,
  options: DeliveryOptions = {},
): Promise<Delivery> {
  const { attempts = 5, baseMs = 400, capMs = 8000, maxWaitMs = 30_000, signal } = options;
  const random = options.random ?? Math.random;
  let last: Delivery = { ok: false, retryable: true, code: 'network' };
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (globalThis.navigator?.onLine === false) return { ok: false, retryable: true, code: 'offline' };
    let wait: number | null = null;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': application.idempotencyKey },
        body: JSON.stringify(application),
        credentials: 'omit',
        // Lets the request finish if the applicant closes the tab right after clicking.
        keepalive: true,
        signal,
      });
      const body = (await response.json().catch(() => ({}))) as {
        id?: string;
        status?: string;
        error?: { code?: string; message?: string; issues?: ReceiverIssue[] };
      };
      if (response.ok) return { ok: true, id: String(body.id ?? ''), status: String(body.status ?? '') };
      const code = body.error?.code ?? `http_${response.status}`;
      const retryable = response.status >= 500 || [408, 425, 429].includes(response.status);
      last = { ok: false, retryable, code, message: body.error?.message, issues: body.error?.issues };
      if (!retryable) return last;
      wait = retryAfterMs(response.headers.get('retry-after'));
    } catch (error) {
      if (signal?.aborted) throw error;
      last = { ok: false, retryable: true, code: 'network' };
    }
    if (attempt === attempts - 1) break;
    if (wait !== null && wait > maxWaitMs) return last;
    // "Equal jitter": at least half the backoff, so retries never bunch up at zero.
    const backoff = Math.min(capMs, baseMs * 2 ** attempt);
    await sleep(wait ?? backoff / 2 + (random() * backoff) / 2, signal);
  }
  return last;
}

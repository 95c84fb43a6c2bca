// The outbox around delivery: an application is written to the outbox before the first attempt
// and removed once the receiver has it (or refused it for good), so closing the tab, going offline
// or a crash mid-request loses nothing, and the idempotency key makes the next visit's resend safe.
import type { Application } from '../shared/schemas/application';
import { type Delivery, type DeliveryOptions, deliver } from './delivery';
import { dequeue, enqueue, queued } from './outbox';

export type Sent = Delivery & { queued: boolean };

export async function sendApplication(
  endpoint: string,
  application: Application,
  options?: DeliveryOptions,
): Promise<Sent> {
  // Storage may be unavailable (private modes, sandboxed frames); the attempt goes ahead anyway.
  const stored = await enqueue({ endpoint, application, queuedAt: new Date().toISOString() }).then(
    () => true,
    () => false,
  );
  const result = await deliver(endpoint, application, options);
  if (stored && (result.ok || !result.retryable)) await dequeue(application.idempotencyKey).catch(() => {});
  return { ...result, queued: stored && !result.ok && result.retryable };
}

type Flushed = Sent & { idempotencyKey: string };

let flushing: Promise<Flushed[]> | null = null;

/**
 * Sends whatever an earlier visit queued. One flush at a time per page however many widgets are
 * mounted; a second tab flushing the same item is harmless (same idempotency key).
 */
export function flushOutbox(options?: DeliveryOptions): Promise<Flushed[]> {
  flushing ??= (async () => {
    const results: Flushed[] = [];
    for (const item of await queued().catch(() => [])) {
      const result = await deliver(item.endpoint, item.application, options);
      if (result.ok || !result.retryable) await dequeue(item.application.idempotencyKey).catch(() => {});
      const { idempotencyKey } = item.application;
      results.push({ ...result, queued: !result.ok && result.retryable, idempotencyKey });
    }
    return results;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

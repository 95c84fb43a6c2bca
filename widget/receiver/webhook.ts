// Forwards each stored application to the brand's webhook, signed per Standard Webhooks. The
// outbox rows are written with the application; this loop claims due rows with a lease (so two
// receivers, or a crash mid-send, cannot lose or double-claim one), retries with exponential
// backoff and logs every attempt in webhook_attempts.
import { Webhook } from 'standardwebhooks';
import { getApplication } from './applications';
import type { WebhookConfig } from './config';
import type { Db } from './db';

export interface WebhookForwarder {
  /** Look for due deliveries now (called after an application is stored). */
  wake(): void;
  stop(): Promise<void>;
}

const LEASE_SECONDS = 60;
const TIMEOUT_MS = 10_000;
const IDLE_POLL_MS = 1_000;
const MAX_DELAY_MS = 3_600_000;

export function startWebhookForwarder(db: Db, config: WebhookConfig): WebhookForwarder {
  const signer = new Webhook(config.secret);
  let running = true;
  let wakeUp: (() => void) | null = null;
  let pendingWake = false;

  async function deliver(delivery: { id: string; attempts: number; application_seq: string }) {
    const item = await getApplication(db, delivery.application_seq);
    if (!item) return;
    const msgId = `msg_troupe_${item.id}`; // the same on every retry, so the brand can deduplicate
    const body = JSON.stringify({ type: 'application.received', timestamp: item.receivedAt, data: item });
    const sentAt = new Date();
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': msgId,
          'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
          'webhook-signature': signer.sign(msgId, sentAt, body),
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        redirect: 'manual',
      });
      statusCode = response.status;
      await response.body?.cancel();
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = redact(failure(e), config.url);
    }
    const durationMs = Math.round(performance.now() - started);
    await db.query(
      'INSERT INTO webhook_attempts (delivery_id, status_code, error, duration_ms) VALUES ($1, $2, $3, $4)',
      [delivery.id, statusCode, error, durationMs],
    );
    if (!error) {
      await db.query(
        `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now() WHERE id = $1`,
        [delivery.id],
      );
    } else if (delivery.attempts >= config.maxAttempts) {
      await db.query(`UPDATE webhook_deliveries SET status = 'failed' WHERE id = $1`, [delivery.id]);
    } else {
      const delay = Math.min(MAX_DELAY_MS, config.retryBaseMs * 2 ** (delivery.attempts - 1));
      // ±20% jitter so many failed deliveries do not retry in lockstep.
      const jittered = Math.round(delay * (0.8 + Math.random() * 0.4));
      await db.query(
        `UPDATE webhook_deliveries SET next_attempt_at = now() + $2 * interval '1 millisecond' WHERE id = $1`,
        [delivery.id, jittered],
      );
    }
  }

  async function claim() {
    return db.query<{ id: string; attempts: number; application_seq: string }>(
      `UPDATE webhook_deliveries d
       SET attempts = d.attempts + 1, next_attempt_at = now() + interval '${LEASE_SECONDS} seconds'
       FROM (SELECT id FROM webhook_deliveries
             WHERE status = 'pending' AND next_attempt_at <= now()
             ORDER BY next_attempt_at LIMIT 16 FOR UPDATE SKIP LOCKED) due
       WHERE d.id = due.id
       RETURNING d.id::text AS id, d.attempts, d.application_seq::text AS application_seq`,
    );
  }

  const loop = (async () => {
    while (running) {
      pendingWake = false;
      let claimed: Awaited<ReturnType<typeof claim>> = [];
      try {
        claimed = await claim();
        await Promise.all(claimed.map(deliver));
      } catch (e) {
        if (running) console.error(`webhook: ${(e as Error).message}`);
      }
      if (claimed.length || pendingWake || !running) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, IDLE_POLL_MS);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();

  return {
    wake() {
      pendingWake = true;
      wakeUp?.();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
    },
  };
}

/** fetch's own message is "fetch failed"; the cause (ECONNREFUSED, a TLS error…) is what helps. */
function failure(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause instanceof Error ? `: ${e.cause.message}` : '';
  return `${e.message}${cause}`;
}

/**
 * The attempt log is read by people who should not learn secrets from it: the configured URL (its
 * path or query may carry a token) and any user:password in a URL are replaced before it is written.
 */
export function redact(message: string, url: string): string {
  return message
    .split(url)
    .join('<webhook URL>')
    .replace(/\/\/[^/\s@]*@/g, '//<redacted>@');
}

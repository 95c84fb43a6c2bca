// Token bucket per client, in memory: a burst of `burst` applications, then `perMinute`.
// Memory is bounded: full buckets carry no information and are dropped first.

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(client: string, nowMs?: number): RateDecision;
  /** What `take` would answer, without spending anything (a client that is out waits before it may try). */
  check(client: string, nowMs?: number): RateDecision;
}

export function rateLimiter(options: { burst: number; perMinute: number; maxClients?: number }): RateLimiter {
  const { burst, perMinute, maxClients = 100_000 } = options;
  const perMs = perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function level(bucket: { tokens: number; at: number }, now: number): number {
    return Math.min(burst, bucket.tokens + (now - bucket.at) * perMs);
  }

  function sweep(now: number) {
    for (const [client, bucket] of buckets) if (level(bucket, now) >= burst) buckets.delete(client);
    // Still full of active clients: forget the oldest rather than grow without bound.
    for (const client of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(client);
    }
  }

  function refusal(tokens: number): RateDecision {
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
  }

  return {
    check(client, now = Date.now()) {
      const bucket = buckets.get(client);
      const tokens = bucket ? level(bucket, now) : burst;
      return tokens >= 1 ? { ok: true } : refusal(tokens);
    },
    take(client, now = Date.now()) {
      let bucket = buckets.get(client);
      if (!bucket) {
        if (buckets.size >= maxClients) sweep(now);
        bucket = { tokens: burst, at: now };
        buckets.set(client, bucket);
      }
      const tokens = level(bucket, now);
      if (tokens >= 1) {
        bucket.tokens = tokens - 1;
        bucket.at = now;
        return { ok: true };
      }
      return refusal(tokens);
    },
  };
}

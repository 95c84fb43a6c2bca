// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../../../widget/receiver/rate-limit';

describe('rateLimiter', () => {
  it('allows the burst, then refills at perMinute', () => {
    const limit = rateLimiter({ burst: 3, perMinute: 6 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limit.take('a', t).ok)).toEqual([true, true, true]);
    expect(limit.take('a', t)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limit.take('a', t + 4_000)).toEqual({ ok: false, retryAfterSeconds: 6 });
    expect(limit.take('a', t + 10_000).ok).toBe(true);
    expect(limit.take('b', t).ok).toBe(true);
  });

  it('check answers what take would, without spending', () => {
    const limit = rateLimiter({ burst: 1, perMinute: 1 });
    expect(limit.check('a', 0)).toEqual({ ok: true });
    expect(limit.check('a', 0)).toEqual({ ok: true });
    expect(limit.take('a', 0).ok).toBe(true);
    expect(limit.check('a', 0)).toEqual({ ok: false, retryAfterSeconds: 60 });
    expect(limit.check('a', 60_000)).toEqual({ ok: true });
  });

  it('stays bounded in memory', () => {
    const limit = rateLimiter({ burst: 1, perMinute: 1, maxClients: 100 });
    for (let i = 0; i < 10_000; i++) limit.take(`client-${i}`, 0);
    // The oldest clients were forgotten: client-0 gets a fresh bucket.
    expect(limit.take('client-0', 0).ok).toBe(true);
    expect(limit.take('client-9999', 0).ok).toBe(false);
  });
});

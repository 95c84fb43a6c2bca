import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../shared/schemas/application';
import { deliver, retryAfterMs } from '../../widget/delivery';

const application = { idempotencyKey: 'key-123456789' } as Application;
const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function fakeFetch(...answers: (Response | Error)[]) {
  const calls: { headers: Headers; body: string }[] = [];
  const fn = vi.fn(async (_url: string, init: RequestInit) => {
    calls.push({ headers: new Headers(init.headers), body: String(init.body) });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  });
  vi.stubGlobal('fetch', fn);
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('deliver', () => {
  it('retries lost responses with the same idempotency key until the receiver answers', async () => {
    const calls = fakeFetch(
      new TypeError('connection reset'),
      new TypeError('connection reset'),
      json(200, { id: '7', status: 'duplicate' }),
    );
    const result = await deliver('https://r.example/applications', application, { baseMs: 1 });
    expect(result).toEqual({ ok: true, id: '7', status: 'duplicate' });
    expect(calls).toHaveLength(3);
    for (const call of calls) {
      expect(call.headers.get('idempotency-key')).toBe('key-123456789');
      expect(JSON.parse(call.body).idempotencyKey).toBe('key-123456789');
    }
  });

  it('waits as long as Retry-After says before the next attempt', async () => {
    vi.useFakeTimers();
    fakeFetch(
      json(503, { error: { code: 'busy' } }, { 'retry-after': '2' }),
      json(201, { id: '1', status: 'received' }),
    );
    const pending = deliver('https://r.example/applications', application, { baseMs: 1 });
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2);
    expect(await pending).toEqual({ ok: true, id: '1', status: 'received' });
  });

  it('backs off exponentially with jitter between half and all of the step', async () => {
    vi.useFakeTimers();
    fakeFetch(
      new TypeError('down'),
      new TypeError('down'),
      new TypeError('down'),
      json(201, { id: '1', status: 'received' }),
    );
    const pending = deliver('https://r.example/applications', application, { baseMs: 100, random: () => 0 });
    await vi.advanceTimersByTimeAsync(49);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 50 = 100 / 2
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(100); // 200 / 2
    expect(fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(200); // 400 / 2
    expect((await pending).ok).toBe(true);
  });

  it('stops at once on a refusal a retry cannot fix', async () => {
    fakeFetch(json(422, { error: { code: 'invalid_application', message: 'email: invalid' } }));
    expect(await deliver('https://r.example/applications', application)).toEqual({
      ok: false,
      retryable: false,
      code: 'invalid_application',
      message: 'email: invalid',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up (retryable, to be queued) when Retry-After is longer than worth waiting on the page', async () => {
    fakeFetch(json(429, { error: { code: 'rate_limited' } }, { 'retry-after': '3600' }));
    expect(await deliver('https://r.example/applications', application)).toMatchObject({
      ok: false,
      retryable: true,
      code: 'rate_limited',
    });
  });

  it('does not even try while the browser is offline', async () => {
    fakeFetch();
    vi.stubGlobal('navigator', { onLine: false });
    expect(await deliver('https://r.example/applications', application)).toMatchObject({
      code: 'offline',
      retryable: true,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Sat, 21 Nov 2026 10:00:10 GMT', Date.parse('2026-11-21T10:00:00Z'))).toBe(10_000);
    expect(retryAfterMs(null)).toBeNull();
    expect(retryAfterMs('soon')).toBeNull();
  });
});

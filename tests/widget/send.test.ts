import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Application } from '../../shared/schemas/application';
import { hasOutbox, queued } from '../../widget/outbox';
import { flushOutbox, sendApplication } from '../../widget/send';

const app = (key: string) => ({ idempotencyKey: key }) as Application;

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const item of await queued().catch(() => [])) {
    const { dequeue } = await import('../../widget/outbox');
    await dequeue(item.application.idempotencyKey);
  }
});

describe('sendApplication and the outbox', () => {
  it('keeps an application it could not send, and the next flush delivers and removes it', async () => {
    vi.stubGlobal('navigator', { onLine: false });
    const sent = await sendApplication('https://r.example/applications', app('k-offline-1'));
    expect(sent).toMatchObject({ ok: false, queued: true, code: 'offline' });
    expect(await hasOutbox()).toBe(true);
    expect((await queued()).map((q) => q.application.idempotencyKey)).toEqual(['k-offline-1']);

    vi.stubGlobal('navigator', { onLine: true });
    const bodies: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_u: string, init: RequestInit) => {
        bodies.push(String(init.body));
        return new Response('{"id":"9","status":"received"}', { status: 201 });
      }),
    );
    expect(await flushOutbox()).toEqual([
      { ok: true, id: '9', status: 'received', queued: false, idempotencyKey: 'k-offline-1' },
    ]);
    expect(bodies.map((b) => JSON.parse(b).idempotencyKey)).toEqual(['k-offline-1']);
    expect(await queued()).toEqual([]);
  });

  it('removes a sent application and one the receiver refused for good', async () => {
    const answers = [
      new Response('{"id":"1","status":"received"}', { status: 201 }),
      new Response('{"error":{"code":"invalid_application"}}', { status: 422 }),
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answers.shift()!),
    );
    expect(await sendApplication('https://r.example/a', app('k-ok-1'))).toMatchObject({
      ok: true,
      queued: false,
    });
    expect(await sendApplication('https://r.example/a', app('k-bad-1'))).toMatchObject({
      ok: false,
      queued: false,
    });
    expect(await queued()).toEqual([]);
  });

  it('deletes the outbox database once the last application in it is sent, so later visits load nothing', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"id":"3","status":"received"}', { status: 200 })),
    );
    expect(await sendApplication('https://r.example/a', app('k-clean-1'))).toMatchObject({ ok: true });
    expect(await hasOutbox()).toBe(false);

    // Two queued while offline: the first delivery leaves the database, the last removes it.
    vi.stubGlobal('navigator', { onLine: false });
    await sendApplication('https://r.example/a', app('k-clean-2'));
    await sendApplication('https://r.example/a', app('k-clean-3'));
    vi.stubGlobal('navigator', { onLine: true });
    const results = await flushOutbox();
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await hasOutbox()).toBe(false);
  });
});

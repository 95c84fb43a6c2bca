// A plain HTTP client for load and fault tests: one application per call, no retries of its own.
import { type Agent, request } from 'node:http';
import type { Application } from '../../../../shared/schemas/application';

export interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** Rejects when the connection breaks before a full answer (a dropped response). */
export function postApplication(url: string, application: Application, agent?: Agent): Promise<Answer> {
  const payload = JSON.stringify(application);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/applications`,
      {
        method: 'POST',
        agent: agent ?? false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'idempotency-key': application.idempotencyKey,
        },
        timeout: 30_000,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error('response aborted')));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function pool<T>(items: T[], concurrency: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

export async function exportAll(url: string, token: string): Promise<{ id: string; key: string }[]> {
  const out: { id: string; key: string }[] = [];
  let since = '';
  for (;;) {
    const res = await fetch(`${url}/applications?limit=5000&since=${since}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) throw new Error(`export failed: ${res.status} ${await res.text()}`);
    for (const line of (await res.text()).split('\n').filter(Boolean)) {
      const item = JSON.parse(line) as { id: string; application: { idempotencyKey: string } };
      out.push({ id: item.id, key: item.application.idempotencyKey });
    }
    since = res.headers.get('troupe-cursor') ?? '';
    if (res.headers.get('troupe-more') !== 'true') return out;
  }
}

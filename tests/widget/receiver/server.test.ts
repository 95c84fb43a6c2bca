// @vitest-environment node
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { timeoutsFromEnv } from '../../../widget/receiver/config';
import { DEFAULT_TIMEOUTS, startReceiverServer } from '../../../widget/receiver/server';
import { testConfig } from './support/receiver';

/** Sends the headers of a POST that declares 1,000 bytes, then 10 of them and nothing more. */
function slowClient(url: string): Promise<{ closedAfterMs: number; answer: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        'POST /applications HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":"A',
      );
    });
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve({ closedAfterMs: Date.now() - started, answer }));
    socket.on('error', reject);
    // Far beyond the configured timeout, far below Node's old 300 s: the test fails rather than hangs.
    setTimeout(() => {
      socket.destroy();
      reject(new Error('the receiver still held the slow request after 15 s'));
    }, 15_000);
  });
}

describe('the HTTP server', () => {
  it('lets go of a client that declares a body and sends it slowly', async () => {
    const server = await startReceiverServer({
      config: testConfig(),
      database: { dataDir: 'memory://' },
      timeouts: { requestMs: 1_000, headersMs: 1_000 },
    });
    try {
      const { closedAfterMs, answer } = await slowClient(server.url);
      expect(answer).toMatch(/^HTTP\/1.1 408/);
      expect(closedAfterMs).toBeLessThan(10_000);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('has request and header timeouts well under Node’s 300 s, settable from the environment', () => {
    expect(DEFAULT_TIMEOUTS.requestMs).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_TIMEOUTS.headersMs).toBeLessThanOrEqual(DEFAULT_TIMEOUTS.requestMs);
    expect(timeoutsFromEnv({ TROUPE_REQUEST_TIMEOUT_MS: '5000', TROUPE_HEADERS_TIMEOUT_MS: '2000' })).toEqual(
      {
        requestMs: 5000,
        headersMs: 2000,
      },
    );
    expect(() => timeoutsFromEnv({ TROUPE_REQUEST_TIMEOUT_MS: '0' })).toThrow(/more than 0/);
  });
});

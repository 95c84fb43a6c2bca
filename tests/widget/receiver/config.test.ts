// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { configFromEnv, TOKEN_MIN_LENGTH } from '../../../widget/receiver/config';
import { spawnReceiver } from './support/process';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
const token = randomBytes(24).toString('base64url');

describe('configFromEnv refuses settings that would leave the receiver open', () => {
  it('a token shorter than the minimum, with a message that says how to make one', () => {
    expect(() => configFromEnv({ TROUPE_TOKEN: 'a' })).toThrow(/at least 32 .*openssl rand/);
    expect(() => configFromEnv({ TROUPE_TOKEN: 'x'.repeat(TOKEN_MIN_LENGTH - 1) })).toThrow(/TROUPE_TOKEN/);
    expect(configFromEnv({ TROUPE_TOKEN: token }).exportToken).toBe(token);
    expect(configFromEnv({}).exportToken).toBeNull();
  });

  it.each([
    ['https://hooks:hunter2@brand.example/troupe', /user name or password/],
    ['file:///etc/passwd', /https/],
    ['not a url', /not a URL/],
    ['http://brand.example/troupe', /https/],
    ['ftp://brand.example/troupe', /https/],
  ])('a webhook URL such as %s', (url, message) => {
    expect(() => configFromEnv({ TROUPE_WEBHOOK_URL: url, TROUPE_WEBHOOK_SECRET: secret })).toThrow(message);
  });

  it.each([
    `whsec_${Buffer.from('short').toString('base64')}`,
    randomBytes(32).toString('base64'),
    'whsec_not base64!',
    `whsec_${randomBytes(23).toString('base64')}`,
  ])('a webhook secret such as %s (whsec_ and at least 24 bytes)', (value) => {
    expect(() =>
      configFromEnv({ TROUPE_WEBHOOK_URL: 'https://brand.example/troupe', TROUPE_WEBHOOK_SECRET: value }),
    ).toThrow(/whsec_ followed by at least 24 bytes/);
  });

  it('accepts an https webhook (and plain http to this machine, for local testing)', () => {
    for (const url of ['https://brand.example/troupe', 'http://127.0.0.1:9000/hook', 'http://localhost/hook'])
      expect(configFromEnv({ TROUPE_WEBHOOK_URL: url, TROUPE_WEBHOOK_SECRET: secret }).webhook?.url).toBe(
        new URL(url).href,
      );
  });

  it('the old X-Forwarded-For switch, pointing to the hop count that replaced it', () => {
    expect(() => configFromEnv({ TROUPE_TRUST_PROXY: '1' })).toThrow(/TROUPE_PROXY_HOPS/);
    expect(configFromEnv({}).proxyHops).toBe(0);
    expect(configFromEnv({ TROUPE_PROXY_HOPS: '2' }).proxyHops).toBe(2);
    expect(() => configFromEnv({ TROUPE_PROXY_HOPS: '1.5' })).toThrow(/whole number/);
  });

  it('reads the public origin from the environment, as an origin', () => {
    expect(configFromEnv({}).publicOrigin).toBeNull();
    expect(configFromEnv({ TROUPE_PUBLIC_ORIGIN: 'https://apply.brand.example/' }).publicOrigin).toBe(
      'https://apply.brand.example',
    );
    expect(() => configFromEnv({ TROUPE_PUBLIC_ORIGIN: 'apply.brand.example' })).toThrow(/not an origin/);
  });

  it('main.ts does not start with a short token, and says why', async () => {
    await expect(spawnReceiver({ TROUPE_DATA_DIR: 'memory://', TROUPE_TOKEN: 'a' }, 60_000)).rejects.toThrow(
      /did not start: TROUPE_TOKEN is 1 characters; use at least 32/,
    );
  }, 90_000);
});

// The receiver's settings, read from the environment (12-factor) so the same build runs on a laptop
// and behind a brand's deployment. Every value has a laptop-friendly default; a setting that would
// leave the receiver open or leak a secret refuses to start with a message that says how to fix it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Brief, BriefSchema } from '../../shared/schemas/brief';
import type { DbOptions } from './db';
import type { HttpTimeouts } from './server';

export interface WebhookConfig {
  url: string;
  /** Standard Webhooks secret (`whsec_` + base64). */
  secret: string;
  maxAttempts: number;
  /** First retry delay; doubles on each attempt, capped at an hour. */
  retryBaseMs: number;
}

export interface ReceiverConfig {
  /** The brief every application is scored against; null scores without one. */
  brief: Brief | null;
  /** Origins of the brand's landing pages allowed to post applications from a browser. */
  allowedOrigins: string[];
  /**
   * The origin this receiver's own pages are served from (the demo page under `npm start`), allowed
   * like `allowedOrigins`. Configured, never read from the Host header, which the client writes.
   */
  publicOrigin: string | null;
  /** Bearer token for GET /applications (at least TOKEN_MIN_LENGTH characters); null turns the export off. */
  exportToken: string | null;
  /** Token bucket per client; null turns the limit off. */
  rateLimit: { burst: number; perMinute: number } | null;
  /**
   * How many proxies you run in front of the receiver, each appending to X-Forwarded-For. The client
   * address is the entry that many places from the right; 0 ignores the header (the socket's address).
   */
  proxyHops: number;
  webhook: WebhookConfig | null;
}

/** 32 characters: 24 random bytes in base64url, far beyond guessing even without the 401 throttle. */
export const TOKEN_MIN_LENGTH = 32;
/** Decoded bytes a webhook secret must have: the HMAC key should not be guessable offline. */
export const WEBHOOK_SECRET_MIN_BYTES = 24;

export const DEFAULT_BRIEF_PATH = resolve(import.meta.dirname, 'demo-brief.json');

export function readBrief(path: string): Brief {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the brief at ${path}: ${(error as Error).message}`);
  }
  const parsed = BriefSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The brief at ${path} is not valid: ${parsed.error.message}`);
  return parsed.data;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ReceiverConfig {
  const perMinute = number(env['TROUPE_RATE_PER_MINUTE'], 10);
  const webhookUrl = env['TROUPE_WEBHOOK_URL'];
  const webhookSecret = env['TROUPE_WEBHOOK_SECRET'];
  if (webhookUrl && !webhookSecret)
    throw new Error('TROUPE_WEBHOOK_URL is set without TROUPE_WEBHOOK_SECRET');
  // The old switch trusted the first X-Forwarded-For entry, which the client writes: say what replaced it.
  if (env['TROUPE_TRUST_PROXY'])
    throw new Error(
      'TROUPE_TRUST_PROXY is no longer read: set TROUPE_PROXY_HOPS to the number of proxies in front of the receiver (1 behind one proxy).',
    );
  return {
    brief: readBrief(env['TROUPE_BRIEF'] || DEFAULT_BRIEF_PATH),
    allowedOrigins: list(env['TROUPE_ORIGINS']).map((o) => origin(o, 'TROUPE_ORIGINS')),
    publicOrigin: env['TROUPE_PUBLIC_ORIGIN']
      ? origin(env['TROUPE_PUBLIC_ORIGIN'], 'TROUPE_PUBLIC_ORIGIN')
      : null,
    exportToken: exportToken(env['TROUPE_TOKEN'] || null),
    rateLimit: perMinute > 0 ? { perMinute, burst: number(env['TROUPE_RATE_BURST'], 5) } : null,
    proxyHops: wholeNumber(env['TROUPE_PROXY_HOPS'], 0, 'TROUPE_PROXY_HOPS'),
    webhook:
      webhookUrl && webhookSecret
        ? {
            url: webhookUrlSetting(webhookUrl),
            secret: webhookSecretSetting(webhookSecret),
            maxAttempts: number(env['TROUPE_WEBHOOK_MAX_ATTEMPTS'], 8),
            retryBaseMs: number(env['TROUPE_WEBHOOK_RETRY_MS'], 30_000),
          }
        : null,
  };
}

/** Where the data lives and how long a PostgreSQL connection or statement may take. */
export function databaseFromEnv(env: NodeJS.ProcessEnv, dataDir?: string): DbOptions {
  return {
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: dataDir ?? (env['TROUPE_DATA_DIR'] || undefined),
    connectTimeoutMs: positive(env['TROUPE_DB_CONNECT_TIMEOUT_MS'], 5_000, 'TROUPE_DB_CONNECT_TIMEOUT_MS'),
    queryTimeoutMs: positive(env['TROUPE_DB_QUERY_TIMEOUT_MS'], 10_000, 'TROUPE_DB_QUERY_TIMEOUT_MS'),
  };
}

export function timeoutsFromEnv(env: NodeJS.ProcessEnv): Partial<HttpTimeouts> {
  const requestMs = env['TROUPE_REQUEST_TIMEOUT_MS'];
  const headersMs = env['TROUPE_HEADERS_TIMEOUT_MS'];
  return {
    ...(requestMs ? { requestMs: positive(requestMs, 0, 'TROUPE_REQUEST_TIMEOUT_MS') } : {}),
    ...(headersMs ? { headersMs: positive(headersMs, 0, 'TROUPE_HEADERS_TIMEOUT_MS') } : {}),
  };
}

export function exportToken(token: string | null): string | null {
  if (token !== null && token.length < TOKEN_MIN_LENGTH)
    throw new Error(
      `TROUPE_TOKEN is ${token.length} characters; use at least ${TOKEN_MIN_LENGTH} random ones (for example: openssl rand -base64 32).`,
    );
  return token;
}

/** https only (plain http to this machine is allowed for local testing), never credentials in the URL. */
export function webhookUrlSetting(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('TROUPE_WEBHOOK_URL is not a URL.');
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error(
      `TROUPE_WEBHOOK_URL must be an https: URL (got ${url.protocol}); plain http is only for localhost.`,
    );
  // Credentials in the URL would travel in every attempt and land in error messages and logs.
  if (url.username || url.password)
    throw new Error(
      'TROUPE_WEBHOOK_URL must not carry a user name or password: the signature authenticates the receiver.',
    );
  return url.href;
}

export function webhookSecretSetting(value: string): string {
  const base64 = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(value)?.[1];
  const bytes = base64 ? Buffer.from(base64, 'base64').length : 0;
  if (bytes < WEBHOOK_SECRET_MIN_BYTES)
    throw new Error(
      `TROUPE_WEBHOOK_SECRET must be whsec_ followed by at least ${WEBHOOK_SECRET_MIN_BYTES} bytes in base64 (for example: whsec_$(openssl rand -base64 32)).`,
    );
  return value;
}

function origin(value: string, name: string): string {
  try {
    const url = new URL(value);
    if (url.origin !== 'null') return url.origin;
  } catch {}
  throw new Error(`${name}: "${value}" is not an origin such as https://brand.example`);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function number(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`Expected a non-negative number, got "${value}"`);
  return n;
}

function positive(value: string | undefined, fallback: number, name: string): number {
  const n = number(value, fallback);
  if (n === 0) throw new Error(`${name} must be more than 0 (it is a timeout in milliseconds)`);
  return n;
}

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  const n = number(value, fallback);
  if (!Number.isInteger(n)) throw new Error(`${name} is a whole number, got "${value}"`);
  return n;
}

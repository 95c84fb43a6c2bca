// The receiver's settings, read from the environment (12-factor) so the same build runs on a laptop
// and behind a brand's deployment. Every value has a laptop-friendly default.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Brief, BriefSchema } from '../../shared/schemas/brief';

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
  /** Bearer token for GET /applications; null turns the export off. */
  exportToken: string | null;
  /** Token bucket per client; null turns the limit off. */
  rateLimit: { burst: number; perMinute: number } | null;
  /** Applications filled faster than this are treated as bots. */
  minFillMs: number;
  /** Read the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  webhook: WebhookConfig | null;
}

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
  return {
    brief: readBrief(env['TROUPE_BRIEF'] || DEFAULT_BRIEF_PATH),
    allowedOrigins: list(env['TROUPE_ORIGINS']),
    exportToken: env['TROUPE_TOKEN'] || null,
    rateLimit: perMinute > 0 ? { perMinute, burst: number(env['TROUPE_RATE_BURST'], 5) } : null,
    minFillMs: number(env['TROUPE_MIN_FILL_MS'], 3000),
    trustProxy: env['TROUPE_TRUST_PROXY'] === '1',
    webhook:
      webhookUrl && webhookSecret
        ? {
            url: webhookUrl,
            secret: webhookSecret,
            maxAttempts: number(env['TROUPE_WEBHOOK_MAX_ATTEMPTS'], 8),
            retryBaseMs: number(env['TROUPE_WEBHOOK_RETRY_MS'], 30_000),
          }
        : null,
  };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().replace(/\/$/, ''))
    .filter(Boolean);
}

function number(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`Expected a non-negative number, got "${value}"`);
  return n;
}

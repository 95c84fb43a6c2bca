// The receiver as a web-standard fetch handler (Hono): POST /applications from the widget,
// GET /applications for the marketer and the extension's import, GET /brief for the widget.
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { APPLICATION_LIMITS, ApplicationSchema } from '../../shared/schemas/application';
import { applicationScore } from './application-score';
import { formatCursor, listApplications, parseCursor, saveApplication } from './applications';
import { clientAddress, rateKey } from './client-address';
import type { ReceiverConfig } from './config';
import type { Db } from './db';
import { errorResponse } from './errors';
import { CONTENT_TYPES, exportFormat, toCsv, toJsonLines } from './export-format';
import { publicBrief } from './public-brief';
import { rateLimiter } from './rate-limit';

export interface ReceiverOptions {
  db: Db;
  config: ReceiverConfig;
  /** Called after an application is committed (wakes the webhook forwarder). */
  onStored?: () => void;
}

/** Fields only the receiver writes; a browser sending them is forging its result. */
const SERVER_FIELDS = ['score', 'fits', 'fit', 'id', 'receivedAt'];
const EXPORT_LIMIT = { default: 1000, max: 5000 };
/** Wrong export tokens a client may send before it has to wait (then one a minute). */
const WRONG_TOKENS = { burst: 10, perMinute: 1 };
/** /health answers within this even when the database does not answer at all. */
export const HEALTH_TIMEOUT_MS = 2000;
/**
 * PostgreSQL data exceptions caused by what was sent, not by the server: 22P05 (a character JSONB
 * cannot hold, such as NUL) and 22021 (bytes that are not valid in the encoding). Retrying cannot
 * help, so they are a 400 rather than a 503 the widget would retry forever.
 */
const DATA_ERRORS = new Set(['22P05', '22021']);

export function createReceiver({ db, config, onStored }: ReceiverOptions): Hono {
  const app = new Hono();
  const limiter = config.rateLimit ? rateLimiter(config.rateLimit) : null;
  const wrongTokens = rateLimiter(WRONG_TOKENS);
  const origins = new Set(config.allowedOrigins);
  const client = (c: Context) =>
    rateKey(clientAddress(c.req.header('x-forwarded-for'), socketAddress(c), config.proxyHops));

  app.onError((error, c) => {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && DATA_ERRORS.has(code)) {
      return errorResponse(
        c,
        400,
        'invalid_application',
        'The application holds characters that cannot be stored (such as NUL); remove them and send again.',
      );
    }
    console.error(`receiver: ${c.req.method} ${c.req.path}: ${error.message}`);
    c.header('Retry-After', '1');
    return errorResponse(
      c,
      503,
      'unavailable',
      'The receiver could not complete the request (nothing was stored); retry shortly.',
    );
  });
  app.notFound((c) => errorResponse(c, 404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`));

  // CORS for the widget: only the brand's origins. A request from any other origin is refused
  // outright (not just left without headers), since non-browser clients ignore CORS.
  app.use('/applications', async (c, next) => {
    if (c.req.method === 'GET') return next();
    if (c.req.method === 'OPTIONS' && c.req.header('access-control-request-method') === 'GET') {
      c.header('Access-Control-Allow-Origin', '*');
      c.header('Access-Control-Allow-Methods', 'GET');
      c.header('Access-Control-Allow-Headers', 'Authorization, Accept');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    const origin = c.req.header('origin');
    // The receiver's own pages (the demo landing page under `npm start`) are allowed by their
    // configured origin; the Host header is the client's word, so a rebound name must not pass.
    if (origin !== undefined && !origins.has(origin) && origin !== config.publicOrigin) {
      return errorResponse(c, 403, 'origin_not_allowed', `Applications are not accepted from ${origin}.`);
    }
    if (origin) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Vary', 'Origin');
      c.header('Access-Control-Expose-Headers', 'Retry-After, Idempotent-Replayed');
    }
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'POST');
      c.header('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    return next();
  });

  app.post(
    '/applications',
    async (c, next) => {
      if (limiter) {
        const decision = limiter.take(client(c));
        if (!decision.ok) {
          c.header('Retry-After', String(decision.retryAfterSeconds));
          return errorResponse(
            c,
            429,
            'rate_limited',
            'Too many applications from this client; retry later.',
          );
        }
      }
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        return errorResponse(c, 415, 'unsupported_media_type', 'Send the application as application/json.');
      }
      return next();
    },
    bodyLimit({
      maxSize: APPLICATION_LIMITS.bodyBytes,
      onError: (c) => {
        // The rest of the body is never read, so the connection cannot carry another request.
        c.header('Connection', 'close');
        return errorResponse(
          c,
          413,
          'too_large',
          `An application is at most ${APPLICATION_LIMITS.bodyBytes} bytes.`,
        );
      },
    }),
    async (c) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await c.req.text());
      } catch {
        return errorResponse(c, 400, 'invalid_json', 'The body is not valid JSON.');
      }
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
        return errorResponse(c, 400, 'invalid_application', 'The body must be a JSON object.');
      }
      const body = raw as Record<string, unknown>;

      // Bots: a filled honeypot gets a decoy 202 and nothing is stored; a 4xx would tell a bot which
      // rule it tripped. (A fill time sent by the client is not checked: a bot writes any number.)
      if (typeof body['website'] === 'string' && body['website'] !== '') {
        return c.json({ status: 'accepted', receivedAt: new Date().toISOString() }, 202);
      }

      const forged = SERVER_FIELDS.filter((f) => f in body);
      const claimed = body['claimedScore'];
      if (
        forged.length ||
        (claimed != null && !(typeof claimed === 'number' && claimed >= 0 && claimed <= 100))
      ) {
        return errorResponse(
          c,
          400,
          'forged_score',
          'The receiver computes the score; send your estimate only as claimedScore, from 0 to 100.',
          forged.length
            ? forged.map((path) => ({ path, message: 'Set by the receiver, not by the client.' }))
            : [{ path: 'claimedScore', message: 'Must be a number from 0 to 100, or null.' }],
        );
      }

      const headerKey = c.req.header('idempotency-key');
      if (headerKey !== undefined) {
        if (body['idempotencyKey'] === undefined) body['idempotencyKey'] = headerKey;
        else if (body['idempotencyKey'] !== headerKey) {
          return errorResponse(
            c,
            400,
            'idempotency_key_mismatch',
            'The Idempotency-Key header and the body idempotencyKey differ.',
          );
        }
      }

      const parsed = ApplicationSchema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return errorResponse(c, 400, 'invalid_application', 'The application is not valid.', issues);
      }
      // zod writes objects in schema order, so the same application hashes the same however its
      // keys were ordered on the wire: a retry is recognised, a changed application is not. Only what
      // the applicant wrote is hashed: the widget's own estimate may differ between two clicks (the
      // brief arrived in between) and is not a different application.
      const { website: _honeypot, ...application } = parsed.data;
      const { claimedScore: _estimate, ...written } = application;
      const { score, fits } = applicationScore(application, config.brief, new Date().toISOString());
      const result = await saveApplication(
        db,
        {
          idempotencyKey: application.idempotencyKey,
          bodyHash: createHash('sha256').update(JSON.stringify(written)).digest('base64url'),
          briefId: config.brief?.id ?? null,
          score,
          claimedScore: application.claimedScore ?? null,
          application,
          fits,
        },
        config.webhook !== null,
      );
      if (result.kind === 'conflict') {
        return errorResponse(
          c,
          422,
          'idempotency_conflict',
          `Idempotency key ${application.idempotencyKey} was already used for a different application.`,
        );
      }
      if (result.kind === 'stored') onStored?.();
      else c.header('Idempotent-Replayed', 'true');
      return c.json({ status: 'received', ...result.application }, 200);
    },
  );

  // The export: a bearer token, not cookies, so any origin may call it (the extension included)
  // without exposing anything to a page that lacks the token.
  app.get('/applications', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Expose-Headers', 'Troupe-Cursor, Troupe-More');
    if (!config.exportToken) {
      return errorResponse(
        c,
        403,
        'export_disabled',
        'Set TROUPE_TOKEN on the receiver to enable the export.',
      );
    }
    // Wrong tokens are throttled per client, and a throttled client waits even with the right token:
    // otherwise guessing would go on at full speed, told apart by the answer.
    const who = client(c);
    const wait = wrongTokens.check(who);
    if (!wait.ok) {
      c.header('Retry-After', String(wait.retryAfterSeconds));
      return errorResponse(c, 429, 'rate_limited', 'Too many wrong tokens from this client; retry later.');
    }
    if (!sameSecret(bearer(c.req.header('authorization')), config.exportToken)) {
      wrongTokens.take(who);
      c.header('WWW-Authenticate', 'Bearer');
      return errorResponse(
        c,
        401,
        'unauthorized',
        'Send the receiver token as "Authorization: Bearer <token>".',
      );
    }
    const format = exportFormat(c.req.query('format'), c.req.header('accept'));
    if (!format) return errorResponse(c, 400, 'invalid_format', 'format is jsonl or csv.');
    const since = parseCursor(c.req.query('since'));
    if (!since)
      return errorResponse(c, 400, 'invalid_cursor', 'since must be a cursor from an earlier export.');
    const limitText = c.req.query('limit');
    const limit = limitText === undefined ? EXPORT_LIMIT.default : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > EXPORT_LIMIT.max) {
      return errorResponse(c, 400, 'invalid_limit', `limit is a whole number from 1 to ${EXPORT_LIMIT.max}.`);
    }
    const items = await listApplications(db, since, limit);
    c.header('Troupe-Cursor', items.at(-1)?.cursor ?? formatCursor(since));
    c.header('Troupe-More', String(items.length === limit));
    c.header('Cache-Control', 'no-store');
    c.header('Content-Type', CONTENT_TYPES[format]);
    return c.body(format === 'csv' ? toCsv(items) : toJsonLines(items));
  });

  app.get('/brief', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    if (!config.brief) return errorResponse(c, 404, 'no_brief', 'This receiver has no brief configured.');
    return c.json(publicBrief(config.brief));
  });

  app.get('/health', async (c) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), HEALTH_TIMEOUT_MS);
    });
    const answer = await Promise.race([db.query('SELECT 1'), late]).finally(() => clearTimeout(timer));
    if (answer === 'late') {
      c.header('Retry-After', '5');
      return c.json({ ok: false, database: db.kind, error: 'the database did not answer' }, 503);
    }
    return c.json({ ok: true, database: db.kind });
  });

  return app;
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not behind the Node server (app.request in tests)
  }
}

function bearer(header: string | undefined): string {
  return /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim() ?? '';
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

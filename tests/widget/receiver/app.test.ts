// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationProfiles } from '../../../shared/application/profile';
import type { Application } from '../../../shared/schemas/application';
import type { Platform } from '../../../shared/schemas/enums';
import { ReceivedApplicationSchema } from '../../../shared/schemas/received-application';
import { fitScore } from '../../../shared/score/fit';
import { DEFAULT_BRIEF_PATH, readBrief } from '../../../widget/receiver/config';
import type { Db } from '../../../widget/receiver/db';
import { sampleApplication } from './support/application';
import { DATABASES } from './support/databases';
import { ORIGIN, TOKEN, testDb, testReceiver } from './support/receiver';

// Real databases on a machine shared with other suites: generous, never asserted as timings.
vi.setConfig({ testTimeout: 30_000 });

describe.each(DATABASES)('receiver on $name', (target) => {
  let store: Awaited<ReturnType<typeof testDb>>;
  let r: ReturnType<typeof testReceiver> & { db: typeof store.db; count: () => Promise<number> };
  // PGlite's first start (initdb in WASM) takes seconds, more on a busy machine.
  beforeAll(async () => {
    store = await testDb(target);
  }, 120_000);
  afterAll(async () => {
    await store.close();
  }, 60_000);
  beforeEach(async () => {
    await store.clear();
    r = { ...testReceiver(store.db), db: store.db, count: store.count };
  });

  describe('POST /applications', () => {
    it('stores a valid application with the score recomputed by the shared core', async () => {
      const application = sampleApplication({ claimedScore: 99 });
      const res = await r.post(application);
      expect(res.status).toBe(200);
      const answer = await res.json();
      expect(answer).toMatchObject({ status: 'received', id: expect.stringMatching(/^\d+$/) });
      expect(Date.parse(answer.receivedAt)).not.toBeNaN();

      const [row] = await r.db.query<{ score: number | null; claimed_score: number; fits: unknown[] }>(
        'SELECT score, claimed_score, fits FROM applications',
      );
      const brief = readBrief(DEFAULT_BRIEF_PATH);
      const expected = applicationProfiles(application, answer.receivedAt).map((p) => fitScore(p, brief));
      const best = Math.max(...expected.map((f) => f.score ?? -1));
      expect(row!.score).toBe(best < 0 ? null : best);
      expect(row!.score).not.toBe(99);
      expect(row!.claimed_score).toBe(99);
      expect(row!.fits).toHaveLength(2);
    });

    it('answers a retry with the same key with the same stored application', async () => {
      const application = sampleApplication();
      const first = await r.post(application);
      const second = await r.post({ ...application }, { 'idempotency-key': application.idempotencyKey });
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(await second.json()).toEqual(await first.json());
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      expect(await r.count()).toBe(1);
    });

    it('recognises a retry whatever the order of its keys', async () => {
      const application = sampleApplication();
      const reordered = Object.fromEntries(Object.entries(application).reverse());
      expect((await r.post(application)).status).toBe(200);
      const retry = await r.post(reordered);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect(await r.count()).toBe(1);
    });

    it('takes the key from the Idempotency-Key header when the body has none', async () => {
      const { idempotencyKey, ...rest } = sampleApplication();
      const res = await r.post(rest, { 'idempotency-key': idempotencyKey });
      expect(res.status).toBe(200);
      const [row] = await r.db.query<{ idempotency_key: string }>('SELECT idempotency_key FROM applications');
      expect(row!.idempotency_key).toBe(idempotencyKey);
    });

    it('refuses a different application under a used key (422) and keeps the first', async () => {
      const application = sampleApplication();
      await r.post(application);
      const res = await r.post({ ...application, name: 'Someone Else' });
      expect(res.status).toBe(422);
      expect((await res.json()).error.code).toBe('idempotency_conflict');
      const [row] = await r.db.query<{ name: string }>(
        `SELECT application->>'name' AS name FROM applications`,
      );
      expect(row!.name).toBe('Ana Lima');
      expect(await r.count()).toBe(1);
    });

    it('refuses a header key that contradicts the body key', async () => {
      const res = await r.post(sampleApplication(), { 'idempotency-key': 'another-key-123' });
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('idempotency_key_mismatch');
      expect(await r.count()).toBe(0);
    });

    type Case = [string, () => string, Record<string, string>, number, string];
    it.each<Case>([
      ['malformed JSON', () => '{"name": ', {}, 400, 'invalid_json'],
      ['a JSON array', () => '[]', {}, 400, 'invalid_application'],
      [
        'a wrong content type',
        () => JSON.stringify(sampleApplication()),
        { 'content-type': 'text/plain' },
        415,
        'unsupported_media_type',
      ],
      [
        'form encoding',
        () => 'name=x',
        { 'content-type': 'application/x-www-form-urlencoded' },
        415,
        'unsupported_media_type',
      ],
      [
        'a body over 64 KB',
        () => JSON.stringify({ ...sampleApplication(), pad: 'x'.repeat(70_000) }),
        {},
        413,
        'too_large',
      ],
      [
        'a forged score field',
        () => JSON.stringify({ ...sampleApplication(), score: 100 }),
        {},
        400,
        'forged_score',
      ],
      ['forged fits', () => JSON.stringify({ ...sampleApplication(), fits: [] }), {}, 400, 'forged_score'],
      [
        'a claimed score out of range',
        () => JSON.stringify(sampleApplication({ claimedScore: 1000 })),
        {},
        400,
        'forged_score',
      ],
      [
        'an invalid e-mail',
        () => JSON.stringify(sampleApplication({ email: 'not-an-email' })),
        {},
        400,
        'invalid_application',
      ],
      [
        'no handles',
        () => JSON.stringify(sampleApplication({ handles: [] })),
        {},
        400,
        'invalid_application',
      ],
      [
        'consent not given',
        () =>
          JSON.stringify({
            ...sampleApplication(),
            consent: { given: false, version: '1', at: '2026-01-01T00:00:00Z' },
          }),
        {},
        400,
        'invalid_application',
      ],
    ] as const)(
      'rejects %s with a clear JSON error and stores nothing',
      async (_what, body, headers, status, code) => {
        const res = await r.post(body(), headers);
        expect(res.status).toBe(status);
        const answer = await res.json();
        expect(answer.error.code).toBe(code);
        expect(answer.error.message).toEqual(expect.any(String));
        expect(await r.count()).toBe(0);
      },
    );

    it('lists each invalid field in the issues', async () => {
      const res = await r.post(sampleApplication({ email: 'nope', country: 'portugal' }));
      const { error } = await res.json();
      expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['country', 'email']);
    });

    it('gives a bot that fills the honeypot a decoy 202 and stores nothing', async () => {
      const res = await r.post(sampleApplication({ website: 'http://spam.example' }));
      expect(res.status).toBe(202);
      expect((await res.json()).status).toBe('accepted');
      expect(await r.count()).toBe(0);
    });

    it('takes no decision from a fill time the client reports, and does not store it', async () => {
      // A bot writes any number here; the receiver used to drop applications that claimed a fast fill.
      const fast = sampleApplication({ fillMs: 800 } as object);
      expect((await r.post(fast)).status).toBe(200);
      expect((await r.post(sampleApplication({ fillMs: 10_000_000 } as object))).status).toBe(200);
      expect(await r.count()).toBe(2);
      const [row] = await r.db.query<{ application: object }>('SELECT application FROM applications LIMIT 1');
      expect(row!.application).not.toHaveProperty('fillMs');
    });

    it('refuses NUL and unpaired surrogates at the field with a 400, not a 503 retried forever', async () => {
      const cases: [Partial<Application>, string][] = [
        [{ name: 'Ana\u0000Lima' }, 'name'],
        [{ pitch: 'Trails \ud800 and camps' }, 'pitch'],
        [{ niches: ['hiking', '\udfff'] }, 'niches.1'],
        [
          { attribution: { utm_source: 'news\u0000letter' } as Application['attribution'] },
          'attribution.utm_source',
        ],
      ];
      for (const [override, path] of cases) {
        const res = await r.post(sampleApplication(override));
        expect(res.status).toBe(400);
        const { error } = await res.json();
        expect(error.code).toBe('invalid_application');
        expect(error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      expect(await r.count()).toBe(0);
    });

    it('answers a data error of the database (22P05) with 400, since a retry cannot succeed', async () => {
      // A value the schema let through but PostgreSQL refuses: the application column gets a "\u0000" escape.
      const poisoned: Db = {
        ...r.db,
        query: (sql, params) =>
          r.db.query(
            sql,
            params?.map((p, i) => (i === 5 ? String(p).replace('"name":"', '"name":"\\u0000') : p)),
          ),
      };
      const res = await testReceiver(poisoned).post(sampleApplication());
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_application');
      expect(await r.count()).toBe(0);
    });

    it('treats a re-sent application whose widget estimate changed as the same one (a replay)', async () => {
      // The brief can reach the widget between two clicks, changing only its own estimate.
      const application = sampleApplication({ claimedScore: 40 });
      expect((await r.post(application)).status).toBe(200);
      const again = await r.post({ ...application, claimedScore: 71 });
      expect(again.status).toBe(200);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await r.count()).toBe(1);
    });

    it('refuses handles a platform cannot have, such as a Cyrillic look-alike on Instagram', async () => {
      const lookAlike = (handle: string, platform: Platform = 'instagram') =>
        sampleApplication({ handles: [{ platform, handle, followers: 100, typicalViews: null }] });
      for (const [handle, platform] of [
        ['\u0430na.trails', 'instagram'], // Cyrillic а
        ['ana..trails', 'instagram'],
        ['ana.trails.', 'tiktok'],
        ['ana.trails', 'x'],
        ['\u0430natrails', 'youtube'], // Cyrillic mixed with Latin
      ] as const) {
        const res = await r.post(lookAlike(handle, platform));
        expect(res.status, `${platform}:${handle}`).toBe(400);
        const { error } = await res.json();
        expect(error.issues.map((i: { path: string }) => i.path)).toEqual(['handles.0.handle']);
      }
      // YouTube handles may be in one non-Latin script.
      expect((await r.post(lookAlike('\u0430\u043d\u0430', 'youtube'))).status).toBe(200);
      expect(await r.count()).toBe(1);
    });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin', async () => {
      const res = await r.app.request('/applications', {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
    });

    it('refuses another origin, preflight or not, and stores nothing', async () => {
      const preflight = await r.app.request('/applications', {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.status).toBe(403);
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const post = await r.post(sampleApplication(), { origin: 'https://evil.example' });
      expect(post.status).toBe(403);
      expect((await post.json()).error.code).toBe('origin_not_allowed');
      expect(await r.count()).toBe(0);
    });

    it('accepts its configured public origin, never one the Host header names (DNS rebinding)', async () => {
      const fromHost = (app: typeof r.app, host: string) =>
        app.request(`http://${host}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: `http://${host}` },
          body: JSON.stringify(sampleApplication()),
        });
      const rebound = await fromHost(r.app, 'rebound.example:8787');
      expect(rebound.status).toBe(403);
      expect((await rebound.json()).error.code).toBe('origin_not_allowed');
      const own = testReceiver(store.db, { publicOrigin: 'http://receiver.example:8787' });
      expect((await fromHost(own.app, 'receiver.example:8787')).status).toBe(200);
      expect((await fromHost(own.app, 'rebound.example:8787')).status).toBe(403);
    });

    it('echoes an allowed origin on the answer', async () => {
      const res = await r.post(sampleApplication());
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('vary')).toMatch(/Origin/);
    });
  });

  describe('GET /applications', () => {
    const get = (query = '', headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) =>
      r.app.request(`/applications${query}`, { headers });

    it('needs the bearer token', async () => {
      expect((await get('', {})).status).toBe(401);
      const wrong = await get('', { authorization: 'Bearer wrong' });
      expect(wrong.status).toBe(401);
      expect((await wrong.json()).error.code).toBe('unauthorized');
    });

    it('pages through JSON Lines with the since-cursor, each line a ReceivedApplication', async () => {
      const keys: string[] = [];
      for (let i = 0; i < 5; i++) {
        const a = sampleApplication({ name: `Applicant ${i}` });
        keys.push(a.idempotencyKey);
        expect((await r.post(a)).status).toBe(200);
      }
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 4; page++) {
        const res = await get(`?limit=2&since=${cursor}`);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/application\/jsonl/);
        const lines = (await res.text()).split('\n').filter(Boolean);
        for (const line of lines) {
          const item = ReceivedApplicationSchema.parse(JSON.parse(line));
          seen.push(item.application.idempotencyKey);
          expect(item.claimedScore).toBe(64);
          expect(item.fits).toHaveLength(2);
        }
        cursor = res.headers.get('troupe-cursor')!;
        if (res.headers.get('troupe-more') === 'false') break;
      }
      expect(seen).toEqual(keys);
      const after = await get(`?since=${cursor}`);
      expect(await after.text()).toBe('');
      expect(after.headers.get('troupe-cursor')).toBe(cursor);
    });

    it('writes CSV on ?format=csv or Accept: text/csv, with formulas defused', async () => {
      await r.post(sampleApplication({ name: '=HYPERLINK("http://x")' }));
      for (const res of [
        await get('?format=csv'),
        await get('', { authorization: `Bearer ${TOKEN}`, accept: 'text/csv' }),
      ]) {
        expect(res.headers.get('content-type')).toMatch(/text\/csv/);
        const [header, row] = (await res.text()).split('\r\n');
        expect(header).toMatch(/^id,cursor,received_at,name,email/);
        expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
      }
    });

    it('rejects a cursor it did not hand out', async () => {
      const res = await get('?since=abc');
      expect(res.status).toBe(400);
      expect((await res.json()).error.code).toBe('invalid_cursor');
    });

    it('rejects a cursor beyond the bigint range with 400, not a database error', async () => {
      for (const since of ['9223372036854775808-1', '1-9999999999999999999']) {
        const res = await get(`?since=${since}`);
        expect(res.status, since).toBe(400);
        expect((await res.json()).error.code).toBe('invalid_cursor');
      }
      expect((await get('?since=9223372036854775807-9223372036854775807')).status).toBe(200);
    });

    it('writes U+2028, U+2029 and U+0085 escaped, so one application stays one line', async () => {
      const pitch = 'Trails\u2028camps\u2029rivers\u0085lakes';
      await r.post(sampleApplication({ pitch }));
      const body = await (await get()).text();
      expect(body).not.toMatch(/[\u0085\u2028\u2029]/);
      expect(body).toContain('Trails\\u2028camps\\u2029rivers\\u0085lakes');
      const lines = body.split(/\r\n|[\n\r\u0085\u2028\u2029]/).filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!).application.pitch).toBe(pitch);
    });

    it('throttles wrong tokens per client: after ten it must wait, even with the right token', async () => {
      const from = (ip: string, token: string) =>
        get('', { authorization: `Bearer ${token}`, 'x-forwarded-for': ip });
      for (let i = 0; i < 10; i++) expect((await from('203.0.113.7', `guess-${i}`)).status).toBe(401);
      const throttled = await from('203.0.113.7', 'guess-10');
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await from('203.0.113.7', TOKEN)).status).toBe(429);
      expect((await from('198.51.100.2', TOKEN)).status).toBe(200);
    });
  });

  it('answers 429 with Retry-After once a client spends its burst, other clients unaffected', async () => {
    const limited = testReceiver(store.db, { rateLimit: { burst: 2, perMinute: 6 } });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    expect((await limited.post(sampleApplication(), from('203.0.113.9'))).status).toBe(200);
    expect((await limited.post(sampleApplication(), from('203.0.113.9'))).status).toBe(200);
    const refused = await limited.post(sampleApplication(), from('203.0.113.9'));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.code).toBe('rate_limited');
    expect((await limited.post(sampleApplication(), from('198.51.100.4'))).status).toBe(200);
    expect(await r.count()).toBe(3);
  });

  it("behind an appending proxy, keys the rate limit by the hop the proxy wrote, not the client's", async () => {
    const limited = testReceiver(store.db, { rateLimit: { burst: 2, perMinute: 6 }, proxyHops: 1 });
    // The client writes whatever it likes first; the proxy appends the address it saw.
    const statuses = [];
    for (let i = 0; i < 10; i++) {
      const res = await limited.post(sampleApplication(), { 'x-forwarded-for': `10.0.0.${i}, 203.0.113.9` });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429, 429, 429, 429, 429]);
  });

  it('ignores X-Forwarded-For unless proxy hops are configured', async () => {
    const limited = testReceiver(store.db, { rateLimit: { burst: 2, perMinute: 6 }, proxyHops: 0 });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await limited.post(sampleApplication(), { 'x-forwarded-for': `10.0.0.${i}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('counts one IPv6 /64 as one client', async () => {
    const limited = testReceiver(store.db, { rateLimit: { burst: 2, perMinute: 6 }, proxyHops: 1 });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    expect((await limited.post(sampleApplication(), from('2001:db8:5:6::1'))).status).toBe(200);
    expect((await limited.post(sampleApplication(), from('2001:db8:5:6:ffff::2'))).status).toBe(200);
    expect((await limited.post(sampleApplication(), from('2001:db8:5:6:1:2:3:4'))).status).toBe(429);
    expect((await limited.post(sampleApplication(), from('2001:db8:5:7::1'))).status).toBe(200);
  });

  it('serves the public brief without weights or brand-safety lists', async () => {
    const res = await r.app.request('/brief');
    expect(res.status).toBe(200);
    const brief = await res.json();
    expect(brief.id).toBe('demo-outdoor-2026');
    expect(brief.niches.length).toBeGreaterThan(0);
    expect(brief.weights).toEqual({});
    expect(brief.excludedTerms).toEqual([]);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('when the database fails', () => {
  it('answers 503 with Retry-After, so the widget keeps the application and retries', async () => {
    const store = await testDb(DATABASES[0]!);
    const r = testReceiver(store.db);
    await store.db.exec('DROP TABLE webhook_deliveries, webhook_attempts, applications');
    const res = await r.post(sampleApplication());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await res.json()).error.code).toBe('unavailable');
    await store.close();
  }, 120_000);
});

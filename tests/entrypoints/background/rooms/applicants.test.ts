import { beforeEach, describe, expect, it } from 'vitest';
import type { RosterDb } from '../../../../entrypoints/background/roster-db';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import { scoring } from '../../../../entrypoints/background/scoring';
import type { RosterApi } from '../../../../shared/messages';
import type { ReceivedApplication } from '../../../../shared/schemas/received-application';
import { profile } from '../../../shared/roster/creators';
import { freshRosterDbs } from '../support/fresh-roster-db';
import { jsonl, received } from '../support/received';

const freshDb = freshRosterDbs('applicants');
let db: RosterDb;
let roster: RosterApi;
let requests: string[];

beforeEach(async () => {
  db = await freshDb();
  requests = [];
  roster = createRosterService({
    db,
    scoring,
    fetch: (async (url: URL, init?: RequestInit) => {
      requests.push(`${url} ${new Headers(init?.headers).get('authorization')}`);
      const since = url.searchParams.get('since');
      const body = since
        ? ''
        : jsonl([
            received(1, [
              { platform: 'tiktok', handle: '@ridge.runner', followers: 48_000, typicalViews: 9000 },
            ]),
          ]);
      return new Response(body, { status: 200 });
    }) as typeof fetch,
  });
  await roster['brief.createStarter']({});
});
describe('applicants into the roster', () => {
  it('enter as applied, self-reported, scored against the active brief', async () => {
    const text = jsonl([
      received(1, [
        { platform: 'instagram', handle: 'ridge.runner', followers: 50_000, typicalViews: null },
        { platform: 'youtube', handle: '@RidgeRunnerFilms', followers: 3_000, typicalViews: 1200 },
      ]),
      received(2, [{ platform: 'tiktok', handle: 'peak_pia', followers: null, typicalViews: null }]),
    ]);
    expect(await roster['applicants.import']({ text })).toEqual({ added: 3, updated: 0, other: 0 });
    const entry = await roster['roster.lookup']({ key: 'instagram:ridge.runner' });
    expect(entry?.status).toBe('applied');
    expect(entry?.profile.selfReported).toBe(true);
    expect(entry?.fit?.briefId).toBe('starter');
    expect(
      (await roster['roster.lookup']({ key: 'youtube:ridgerunnerfilms' }))?.profile.followers?.value,
    ).toBe(3_000);
    // Importing the same file again updates, never duplicates.
    expect(await roster['applicants.import']({ text })).toMatchObject({ added: 0, updated: 3 });
    expect((await roster['roster.rows']({})).total).toBe(3);
  });

  it('observed figures replace self-reported ones, confidence rises, and the difference is kept', async () => {
    await roster['applicants.import']({
      text: jsonl([
        received(1, [
          { platform: 'instagram', handle: 'ridge.runner', followers: 50_000, typicalViews: null },
        ]),
      ]),
    });
    const before = await roster['roster.lookup']({ key: 'instagram:ridge.runner' });
    const observed = profile({
      handle: 'ridge.runner',
      followers: { value: 21_300, display: '21.3K', exact: false },
    });
    const { entry, updated } = await roster['roster.save']({ profile: observed, fit: null });
    expect(updated).toBe(true);
    expect(entry.profile.selfReported).toBe(false);
    expect(entry.profile.followers?.value).toBe(21_300);
    expect(entry.status).toBe('applied');
    expect(entry.fit?.coverage).toBeGreaterThan(before?.fit?.coverage ?? 1);
    const rank = { low: 0, medium: 1, high: 2 };
    expect(rank[entry.fit!.confidence]).toBeGreaterThanOrEqual(rank[before!.fit!.confidence]);
    expect(entry.selfReportedDiff).toEqual([
      expect.objectContaining({ field: 'followers', claimed: 50_000, observed: 21_300 }),
      expect.objectContaining({ field: 'countryHint', claimed: 'CA', observed: 'US' }),
    ]);
    expect((await roster['roster.rows']({})).rows[0]?.differs).toBe(true);
  });

  it('a bad line names the line and changes nothing', async () => {
    const good = JSON.stringify(
      received(1, [{ platform: 'instagram', handle: 'ok', followers: 10, typicalViews: null }]),
    );
    const bad = JSON.stringify({
      ...received(2, []),
      application: { ...received(2, []).application, handles: [] },
    });
    await expect(roster['applicants.import']({ text: `${good}\n${bad}\nnot json` })).rejects.toThrow(
      /line 2: application\.handles.*line 3: not a JSON line/s,
    );
    expect((await roster['roster.rows']({})).total).toBe(0);
  });

  it('follows the receiver pages (Troupe-More) in one click, saving the cursor as it goes', async () => {
    const pages = [
      {
        since: null,
        items: [received(1, [{ platform: 'x', handle: 'p1', followers: 1, typicalViews: null }])],
      },
      {
        since: 'c1',
        items: [received(2, [{ platform: 'x', handle: 'p2', followers: 2, typicalViews: null }])],
      },
      { since: 'c2', items: [] },
    ];
    const asked: (string | null)[] = [];
    const paged = createRosterService({
      db,
      scoring,
      fetch: (async (url: URL) => {
        const since = url.searchParams.get('since');
        asked.push(since);
        const index = pages.findIndex((p) => p.since === since);
        const page = pages[index]!;
        const more = index < 2 && page.items.length > 0;
        return new Response(jsonl(page.items), {
          status: 200,
          headers: { 'Troupe-Cursor': `c${index + 1}`, 'Troupe-More': String(more) },
        });
      }) as typeof fetch,
    });
    await paged['settings.save']({ receiverUrl: 'http://127.0.0.1:8787/', receiverToken: 't' });
    expect(await paged['applicants.fetch']({})).toMatchObject({ added: 2 });
    expect(asked).toEqual([null, 'c1', 'c2']);
    expect((await paged['settings.get']({})).applicantCursor).toBe('c3');
    expect((await paged['roster.rows']({})).total).toBe(2);
  });

  it('pulls from the receiver with the token and then asks only for what is new', async () => {
    await expect(roster['applicants.fetch']({})).rejects.toThrow(/receiver URL/);
    await roster['settings.save']({ receiverUrl: 'http://127.0.0.1:8787', receiverToken: 's3cret' });
    expect(await roster['applicants.fetch']({})).toMatchObject({ added: 1 });
    expect(await roster['applicants.fetch']({})).toMatchObject({ added: 0 });
    expect(requests).toEqual([
      'http://127.0.0.1:8787/applications Bearer s3cret',
      'http://127.0.0.1:8787/applications?since=100-1 Bearer s3cret',
    ]);
    expect((await roster['settings.get']({})).applicantCursor).toBe('100-1');
  });
});

describe('an applicant’s contact details (issue 11, item 4)', () => {
  const withRate = (): ReceivedApplication => {
    const r = received(3, [
      { platform: 'instagram', handle: 'rate.runner', followers: 20_000, typicalViews: null },
    ]);
    return { ...r, application: { ...r.application, rates: { currency: 'EUR', amount: 450, per: 'post' } } };
  };

  it('keeps the email, rate and stated niches on the roster entry and in the backup', async () => {
    await roster['applicants.import']({ text: jsonl([withRate()]) });
    const entry = await roster['roster.detail']({ key: 'instagram:rate.runner' });
    expect(entry?.entry.applicant).toMatchObject({
      email: 'a3@example.com',
      rates: { currency: 'EUR', amount: 450, per: 'post' },
      niches: ['trail running', 'hiking'],
      languages: ['en'],
    });
    const backup = await roster['roster.backup']({});
    expect(backup.creators.find((c) => c.key === 'instagram:rate.runner')?.applicant).toMatchObject({
      email: 'a3@example.com',
      rates: { currency: 'EUR', amount: 450, per: 'post' },
    });
  });

  it('counts the email as a contact route in the score', async () => {
    await roster['applicants.import']({ text: jsonl([withRate()]) });
    const entry = await roster['roster.lookup']({ key: 'instagram:rate.runner' });
    const professional = entry?.fit?.factors.find((f) => f.id === 'professional');
    expect(professional?.reason).not.toMatch(/no contact route/);
    expect(professional?.evidence).toContain('e-mail given in the application');
  });
});

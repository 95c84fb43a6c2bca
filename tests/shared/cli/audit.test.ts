// The audit command run in-process with in-memory streams, on a generated 10,000-line JSON Lines file
// and on files with broken rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../shared/cli/audit';
import { runCommand } from '../../support/run-command';

const dir = mkdtempSync(join(tmpdir(), 'troupe-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function audit(args: string[], input = '') {
  const { code, out, err } = await runCommand(run, args, input);
  const lines = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, lines, err };
}

describe('troupe audit', () => {
  it('audits a 10,000-line JSON Lines file, one output line per row, in order', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      JSON.stringify(
        i % 3 === 0
          ? { id: `r${i}`, text: `#ad new kicks, code KICK${i}`, platform: 'instagram' }
          : i % 3 === 1
            ? { id: `r${i}`, text: `Use my code SARAH${i} at https://amzn.to/x${i}`, jurisdiction: 'UK' }
            : { id: `r${i}`, text: `Sunday walk number ${i} #adventure` },
      ),
    );
    const file = join(dir, 'big.jsonl');
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { code, lines, err } = await audit(['--jurisdiction', 'US', file]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(10_000);
    expect(lines[0]).toMatchObject({ id: 'r0', verdict: 'disclosed', jurisdictions: { US: 'disclosed' } });
    expect(lines[1]).toMatchObject({ id: 'r1', verdict: 'missing', jurisdictions: { UK: 'missing' } });
    expect(lines[2]).toMatchObject({ id: 'r2', verdict: 'not_needed' });
    expect(lines[9_999]!.id).toBe('r9999');
    for (const key of ['signals', 'disclosures', 'reasons']) expect(Array.isArray(lines[1]![key])).toBe(true);
    expect(err).toMatch(
      /10000 rows \(JSON Lines\), 10000 audited, 0 errors; disclosed 3334, late 0, ambiguous 0, missing 3333, not_needed 3333/,
    );
  }, 60_000);

  it('gives each broken JSON line its own error line and goes on', async () => {
    const input = [
      '{"id":"a","text":"#ad code RUN20"}',
      'not json',
      '{"id":"b"}',
      '[1,2]',
      '{"id":"c","text":"x","jurisdiction":"ZZ"}',
      '{"id":"d","text":"x","platform":"myspace"}',
      '{"id":"e","text":"x","paid_label":"maybe"}',
      '',
      '{"id":"f","text":"Werbung: Code MAX10","jurisdiction":["DE"],"paid_label":false}',
    ].join('\r\n');
    const { code, lines, err } = await audit([], input);
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.verdict ?? l.error])).toEqual([
      ['a', 'disclosed'],
      ['2', expect.stringMatching(/^invalid JSON/)],
      ['b', 'missing "text" (a string)'],
      ['4', 'each line must be a JSON object'],
      ['c', expect.stringMatching(/unknown jurisdiction "ZZ"/)],
      ['d', expect.stringMatching(/unknown platform "myspace"/)],
      ['e', expect.stringMatching(/paid_label must be/)],
      ['f', 'disclosed'],
    ]);
    expect(lines[1]!.line).toBe(2);
    expect(err).toMatch(/8 rows \(JSON Lines\), 2 audited, 6 errors/);
  });

  it('reads CSV with quoted multi-line fields, flags and broken rows', async () => {
    const csv = [
      'id,text,platform,jurisdiction,paid_label',
      '1,"Werbung: neue Schuhe, Code MAX10",instagram,DE,',
      '2,"line one',
      'line two #ad code RUN20",tiktok,,true',
      '3,too,many,fields,here,x,y',
      '4,"New drop",instagram,UK,yes',
      '5,"plain",,,sometimes',
    ].join('\n');
    const { code, lines, err } = await audit(['--jurisdiction', 'US'], csv);
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.verdict ?? l.error])).toEqual([
      ['1', 'disclosed'],
      ['2', 'disclosed'],
      ['3', 'expected 5 fields, found 7'],
      ['4', 'disclosed'],
      ['5', expect.stringMatching(/paid_label must be/)],
    ]);
    expect(lines[0]!.jurisdictions).toEqual({ DE: 'disclosed' });
    expect(lines[1]!.jurisdictions).toEqual({ US: 'disclosed' });
    expect(err).toMatch(/5 rows \(CSV\), 3 audited, 2 errors/);
  });

  it('exits 1 when every row fails and 2 on usage errors', async () => {
    expect((await audit([], '{"nope":1}\n')).code).toBe(1);
    expect((await audit(['--platform', 'myspace'], '')).code).toBe(2);
    expect((await audit(['--jurisdiction', 'XX'], '')).code).toBe(2);
    expect((await audit(['--colour', 'red'], '')).code).toBe(2);
    expect((await audit([join(dir, 'does-not-exist.csv')])).code).toBe(2);
    const empty = await audit([], '');
    expect([empty.code, empty.lines.length]).toEqual([0, 0]);
  });

  it('says per signal whether and by what it is disclosed (issue 10’s example)', async () => {
    const { lines } = await audit(
      [],
      '{"id":"c","text":"As an Amazon Associate I earn from qualifying purchases. http://amzn.to/1Y5E0lm","platform":"youtube","jurisdiction":"US"}\n{"id":"d","text":"Sponsored by NordShield! Gear: https://amzn.to/cam","platform":"youtube","jurisdiction":"US"}\n',
    );
    expect(lines[0]).toMatchObject({ id: 'c', verdict: 'disclosed' });
    expect(lines[0]!.coverage).toContainEqual({
      signal: 'affiliate link "http://amzn.to/1Y5E0lm" (Amazon Associates)',
      disclosedBy: ['As an Amazon Associate I earn from qualifying purchases'],
      byJurisdiction: {
        US: {
          verdict: 'disclosed',
          said: 'disclosed by "As an Amazon Associate I earn from qualifying purchases"',
        },
      },
    });
    expect(lines[1]).toMatchObject({ id: 'd', verdict: 'missing' });
    expect(lines[1]!.coverage).toContainEqual({
      signal: 'affiliate link "https://amzn.to/cam" (Amazon Associates)',
      disclosedBy: [],
      byJurisdiction: {
        US: {
          verdict: 'missing',
          said: 'not disclosed: "Sponsored by" discloses the sponsorship by NordShield, not this affiliate link',
        },
      },
    });
  });

  it('rejects a CSV without a text column with a clear message', async () => {
    const { code, err } = await audit([], 'id,caption\n1,hello\n');
    expect(code).toBe(2);
    expect(err).toMatch(/no "text" column/);
  });
});

// `troupe audit [--jurisdiction US[,UK]] [--platform youtube] [FILE]`: checks the sponsorship disclosure of
// every caption in a CSV file (header with `text`, optional `id`, `platform`, `jurisdiction`, `paid_label`)
// or a JSON Lines file with the same keys, read from FILE or standard input; the format is detected from
// the first non-blank character ("{" means JSON Lines). Rows are streamed, never held all at once.
//
// Standard output: one JSON line per input row, in input order:
//   {"id", "verdict", "jurisdictions": {"US": "disclosed", ...}, "coverage", "signals", "disclosures", "reasons"}
//   where "coverage" says per commercial signal, in a marketer's words, whether and by what it is
//   disclosed: {"signal", "disclosedBy": [terms], "byJurisdiction": {"US": {"verdict", "said"}}}
//   or, for a row that cannot be audited, {"id", "line" | "row", "error"}; the run goes on.
// Standard error: a summary (rows, errors, counts per verdict, time).
// Exit codes: 0 when at least one row was audited or the input had no rows; 1 when every row failed;
// 2 for a usage error (unknown flag value, unreadable file).
import { createReadStream } from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import Papa from 'papaparse';
import {
  DisclosureInputError,
  describeSignal,
  disclosureCheck,
  SUPPORTED_JURISDICTIONS,
} from '../disclosure';
import type { DisclosureReport } from '../schemas/disclosure';
import { type Jurisdiction, PLATFORMS, type Platform, VERDICTS, type Verdict } from '../schemas/enums';
import { type CliIo, parseFlags } from './io';

/** Used when neither the flag nor the row names a jurisdiction. */
const DEFAULT_JURISDICTIONS: Jurisdiction[] = ['US'];

class RowError extends Error {}

function parseJurisdictions(value: unknown, where: string): Jurisdiction[] {
  const list = Array.isArray(value) ? value : String(value).split(/[,;\s]+/);
  const codes = list.map((v) => String(v).trim().toUpperCase()).filter(Boolean);
  if (codes.length === 0) throw new RowError(`${where}: no jurisdiction given`);
  for (const code of codes)
    if (!(SUPPORTED_JURISDICTIONS as string[]).includes(code))
      throw new RowError(
        `${where}: unknown jurisdiction "${code}"; one of ${SUPPORTED_JURISDICTIONS.join(', ')}`,
      );
  return codes as Jurisdiction[];
}

function parsePlatform(value: unknown, where: string): Platform {
  const p = String(value).trim().toLowerCase();
  if (!(PLATFORMS as readonly string[]).includes(p))
    throw new RowError(`${where}: unknown platform "${String(value)}"; one of ${PLATFORMS.join(', ')}`);
  return p as Platform;
}

function parsePaidLabel(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'boolean') return value;
  const v = String(value).trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(v)) return true;
  if (['false', 'no', '0', 'n'].includes(v)) return false;
  throw new RowError(`paid_label must be true/false/yes/no/1/0 or empty, not "${String(value)}"`);
}

/** Per signal: what it is, what covers it, and how each jurisdiction judges that. */
function coverageOf(report: DisclosureReport) {
  return report.signals.map((signal, k) => ({
    signal: describeSignal(signal),
    disclosedBy: (signal.disclosedBy ?? []).map((i) => report.disclosures[i]!.term),
    byJurisdiction: Object.fromEntries(
      report.byJurisdiction.map((b) => {
        const judged = b.signals?.[k];
        return [b.jurisdiction, judged ? { verdict: judged.verdict, said: judged.text } : null];
      }),
    ),
  }));
}

interface Defaults {
  platform: Platform | null;
  jurisdictions: Jurisdiction[] | null;
}

function auditRow(row: Record<string, unknown>, defaults: Defaults): object {
  if (typeof row.text !== 'string') throw new RowError('missing "text" (a string)');
  const platform =
    row.platform !== undefined && row.platform !== null && row.platform !== ''
      ? parsePlatform(row.platform, 'platform')
      : defaults.platform;
  const jurisdictions =
    row.jurisdiction !== undefined && row.jurisdiction !== null && row.jurisdiction !== ''
      ? parseJurisdictions(row.jurisdiction, 'jurisdiction')
      : (defaults.jurisdictions ?? DEFAULT_JURISDICTIONS);
  const report = disclosureCheck({
    text: row.text,
    platform,
    jurisdictions,
    paidLabel: parsePaidLabel(row.paid_label),
  });
  return {
    verdict: report.verdict,
    jurisdictions: Object.fromEntries(report.byJurisdiction.map((b) => [b.jurisdiction, b.verdict])),
    coverage: coverageOf(report),
    signals: report.signals,
    disclosures: report.disclosures,
    reasons: report.reasons,
  };
}

/** The first chunk (to detect the format) and a stream replaying it followed by the rest. */
async function peek(source: Readable): Promise<{ first: string; stream: Readable }> {
  const iterator = source[Symbol.asyncIterator]();
  const head = await iterator.next();
  const stream = new PassThrough();
  const first = head.done
    ? ''
    : Buffer.isBuffer(head.value)
      ? head.value.toString('utf8')
      : String(head.value);
  if (!head.done) stream.write(head.value);
  (async () => {
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) {
      if (!stream.write(r.value)) await new Promise((resolve) => stream.once('drain', resolve));
    }
    stream.end();
  })().catch((error: unknown) => stream.destroy(error as Error));
  return { first, stream };
}

/** One input record: its line (JSON Lines) or record number (CSV, header = 1), and the row or what is wrong. */
interface Item {
  at: number;
  id?: string | undefined;
  row?: unknown;
  error?: string;
}

async function* jsonLines(stream: Readable): AsyncGenerator<Item> {
  let buffered = '';
  let line = 0;
  const decoder = new TextDecoder();
  const take = function* (text: string) {
    const trimmed = text.replace(/^\uFEFF/, '').trim();
    line++;
    if (!trimmed) return;
    try {
      yield { at: line, row: JSON.parse(trimmed) as unknown };
    } catch (error) {
      yield { at: line, error: `invalid JSON: ${(error as Error).message}` };
    }
  };
  for await (const chunk of stream) {
    buffered += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Buffer, { stream: true });
    let nl = buffered.indexOf('\n');
    while (nl >= 0) {
      yield* take(buffered.slice(0, nl));
      buffered = buffered.slice(nl + 1);
      nl = buffered.indexOf('\n');
    }
  }
  buffered += decoder.decode();
  if (buffered) yield* take(buffered);
}

async function* csvRows(stream: Readable): AsyncGenerator<Item> {
  const queue: Item[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  let failure: Error | null = null;
  let row = 1;
  // Papa's stream mode reports no per-row errors, so rows are checked against the header here.
  let fields: string[] | null = null;
  const raw = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: 'greedy' });
  raw.on('data', (values: string[]) => {
    row++;
    if (!fields) {
      fields = values.map((v) => v.replace(/^\uFEFF/, '').trim());
      row = 1;
      if (!fields.includes('text')) failure = new RowError('CSV header has no "text" column');
      return;
    }
    if (values.length !== fields.length) {
      const id = values[fields.indexOf('id')];
      queue.push({ at: row, id, error: `expected ${fields.length} fields, found ${values.length}` });
    } else {
      queue.push({ at: row, row: Object.fromEntries(fields.map((f, i) => [f, values[i]])) });
    }
    wake?.();
  });
  raw.on('end', () => {
    done = true;
    wake?.();
  });
  raw.on('error', (error: Error) => {
    failure = error;
    done = true;
    wake?.();
  });
  stream.pipe(raw);
  while (true) {
    if (failure) throw failure;
    const next = queue.shift();
    if (next) {
      yield next;
      continue;
    }
    if (done) return;
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
    wake = null;
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const started = performance.now();
  const { flags, positional } = parseFlags(args);
  const defaults: Defaults = { platform: null, jurisdictions: null };
  try {
    for (const name of Object.keys(flags))
      if (name !== 'jurisdiction' && name !== 'platform') throw new RowError(`unknown option --${name}`);
    if (flags.platform !== undefined) defaults.platform = parsePlatform(flags.platform, '--platform');
    if (flags.jurisdiction !== undefined)
      defaults.jurisdictions = parseJurisdictions(flags.jurisdiction, '--jurisdiction');
    if (positional.length > 1) throw new RowError('give at most one FILE');
  } catch (error) {
    io.stderr.write(`troupe audit: ${(error as Error).message}\n`);
    return 2;
  }

  const file = positional[0];
  let source: Readable;
  try {
    if (file && file !== '-') {
      source = createReadStream(file);
      await new Promise<void>((resolve, reject) => {
        source.once('readable', resolve);
        source.once('error', reject);
      });
    } else source = io.stdin;
  } catch (error) {
    io.stderr.write(`troupe audit: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }

  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  let rows = 0;
  let errors = 0;
  const { first, stream } = await peek(source);
  const isJson = first
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{');
  const where = isJson ? 'line' : 'row';
  try {
    for await (const item of isJson ? jsonLines(stream) : csvRows(stream)) {
      rows++;
      const record = item.row as Record<string, unknown> | undefined;
      const id =
        record && typeof record === 'object' && record.id != null
          ? String(record.id)
          : (item.id ?? String(item.at));
      let out: object;
      try {
        if (item.error) throw new RowError(item.error);
        if (!record || typeof record !== 'object' || Array.isArray(record))
          throw new RowError('each line must be a JSON object');
        const result = auditRow(record, defaults) as { verdict: Verdict };
        counts[result.verdict]++;
        out = { id, ...result };
      } catch (error) {
        if (!(error instanceof RowError || error instanceof DisclosureInputError)) throw error;
        errors++;
        out = { id, [where]: item.at, error: error.message };
      }
      io.stdout.write(`${JSON.stringify(out)}\n`);
    }
  } catch (error) {
    io.stderr.write(`troupe audit: ${(error as Error).message}\n`);
    return rows - errors > 0 ? 0 : 2;
  }

  const seconds = (performance.now() - started) / 1000;
  const tally = VERDICTS.map((v) => `${v} ${counts[v]}`).join(', ');
  io.stderr.write(
    `troupe audit: ${rows} rows (${isJson ? 'JSON Lines' : 'CSV'}), ${rows - errors} audited, ${errors} errors; ${tally}; ${seconds.toFixed(2)} s\n`,
  );
  return rows === 0 || rows > errors ? 0 : 1;
}

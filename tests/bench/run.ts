// `npm run bench`: runs every tests/bench/*.bench.ts and prints one table.
// Each bench file default-exports an async function returning rows; timings are reported here,
// never asserted in tests (byte sizes, being deterministic, may also be checked in CI tests).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** e.g. ">= 100000" or "<= 50"; shown beside the figure. */
  target?: string;
  ok?: boolean;
}

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const rows: (BenchRow & { file: string })[] = [];
let failed = 0;
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> };
  process.stderr.write(`bench ${file}...\n`);
  let results: BenchRow[];
  try {
    results = await mod.default();
  } catch (error) {
    // One broken bench must not hide the others' figures; the run still ends non-zero.
    failed++;
    console.log(`${file}: FAILED ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    continue;
  }
  for (const row of results) {
    rows.push({ ...row, file });
    const mark = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED';
    console.log(
      `${row.name.padEnd(58)} ${row.value.toLocaleString('en-US', { maximumFractionDigits: 2 }).padStart(14)} ${row.unit.padEnd(10)} ${row.target ?? ''}${mark}`,
    );
  }
}
if (failed) process.exitCode = 1;

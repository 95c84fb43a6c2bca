// Platform adapters: time to extract a creator from an already parsed page (what the content
// script pays on each navigation), per own logged-in page and over the real captured pages when
// ../shared is present. Parsing is excluded: in the browser the page is already a DOM.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../shared/platforms/index';
import type { BenchRow } from './run';

const repoRoot = path.resolve(import.meta.dirname, '../..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Median ms of extracting from a freshly parsed document (first extraction: no cached JSON). */
function timeExtraction(html: string, url: string, runs: number): { cold: number; warm: number } {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const doc = parseHTML(html).document as unknown as Document;
    let t0 = performance.now();
    extractPage(doc, new URL(url));
    cold.push(performance.now() - t0);
    t0 = performance.now();
    extractPage(doc, new URL(url)); // same page again: parsed scripts come from the cache
    warm.push(performance.now() - t0);
  }
  return { cold: median(cold), warm: median(warm) };
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const own = JSON.parse(readFileSync(path.join(repoRoot, 'tests/fixtures/pages/pages.json'), 'utf8')) as {
    file: string;
    url: string;
  }[];
  const ownTimes = own.map((p) =>
    timeExtraction(readFileSync(path.join(repoRoot, 'tests/fixtures/pages', p.file), 'utf8'), p.url, 30),
  );
  rows.push({
    name: 'extract: own logged-in pages, median per page (linkedom)',
    value: median(ownTimes.map((t) => t.cold)),
    unit: 'ms',
  });
  const truthFile = path.resolve(repoRoot, '../shared/fixtures/pages/TRUTH.json');
  if (existsSync(truthFile)) {
    const truths = (
      JSON.parse(readFileSync(truthFile, 'utf8')) as {
        file: string;
        url: string | null;
        extra?: { urlDerived?: string };
      }[]
    ).filter((t) => t.file.endsWith('.html'));
    const times = truths.map((t) =>
      timeExtraction(
        readFileSync(path.resolve(truthFile, '..', t.file), 'utf8'),
        t.url ?? t.extra?.urlDerived ?? '',
        5,
      ),
    );
    rows.push({
      name: `extract: real pages (${truths.length}, up to 1.5 MB), median cold`,
      value: median(times.map((t) => t.cold)),
      unit: 'ms',
    });
    rows.push({
      name: 'extract: real pages, slowest cold (largest embedded JSON)',
      value: Math.max(...times.map((t) => t.cold)),
      unit: 'ms',
    });
    rows.push({
      name: 'extract: real pages, median repeat on same document',
      value: median(times.map((t) => t.warm)),
      unit: 'ms',
    });
  }
  return rows;
}

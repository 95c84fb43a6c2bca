// Live-page benchmarks: the page-world script's size, and what each real API answer costs once the
// web app has loaded it (the page-world script's clone and read, then the content script's parse
// and adapter), with the long tasks it causes, in Chromium with the built extension.

import { overlayGzipBytes } from './overlay.bench';
import type { BenchRow } from './run';

export const PAGE_WORLD_GZIP_BUDGET = 3 * 1024;

export default async function liveBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = overlayGzipBytes('MAIN').map((size) => ({
    name: `${size.name}, gzip -9`,
    value: size.script / 1024,
    unit: 'KB',
    target: '<= 3',
    ok: size.script <= PAGE_WORLD_GZIP_BUDGET,
  }));
  return rows;
}

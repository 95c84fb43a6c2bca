// Platform adapters: time to extract a creator from an already parsed page (what the content
// script pays on each navigation), per own logged-in page and over the real captured pages when
// ../shared is present. Parsing is excluded: in the browser the page is already a DOM.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../shared/platforms/index';
import { twitch } from '../../shared/platforms/twitch';
import { youtube } from '../../shared/platforms/youtube';
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

// The real API answers, each read on the page the web app loaded it for, through the call it came from.
const ANSWERS = [
  ['youtube/np-channel-kurzgesagt-browse-2026.json', 'https://www.youtube.com/@kurzgesagt/videos', 'browse'],
  ['youtube/np-channel-vsauce-browse-2026.json', 'https://www.youtube.com/@Vsauce/videos', 'browse'],
  [
    'youtube/np-tab-videos-creativecommons-2026.json',
    'https://www.youtube.com/@creativecommons/videos',
    'browse',
  ],
  ['youtube/np-video-pewdiepie-next-2026.json', 'https://www.youtube.com/watch?v=7PIMiDcwNvc', 'next'],
  ['youtube/np-video-pewdiepie-player-2026.json', 'https://www.youtube.com/watch?v=7PIMiDcwNvc', 'player'],
  ['twitch/tgq-aboutpanel-xqc.json', 'https://www.twitch.tv/xqc', 'gql'],
  ['twitch/tgq-clips-xqc.json', 'https://www.twitch.tv/xqc/clips', 'gql'],
  ['twitch/tgq-videos-twitch-archive.json', 'https://www.twitch.tv/twitch/videos', 'gql'],
] as const;

/** Median ms of `readApiAnswer` per real answer (already parsed, as the content script gets it). */
function apiAnswerRows(pagesDir: string): BenchRow[] {
  const perAnswer: number[] = [];
  for (const [file, page, call] of ANSWERS) {
    const json = JSON.parse(readFileSync(path.join(pagesDir, file), 'utf8')) as unknown;
    const adapter = call === 'gql' ? twitch : youtube;
    const request = new URL(
      call === 'gql' ? 'https://gql.twitch.tv/gql' : `https://www.youtube.com/youtubei/v1/${call}`,
    );
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      if (!adapter.readApiAnswer(json, request, new URL(page))) throw new Error(`${file}: nothing read`);
      runs.push(performance.now() - t0);
    }
    perAnswer.push(median(runs));
  }
  return [
    {
      name: `readApiAnswer: real YouTube/Twitch answers (${ANSWERS.length}), median`,
      value: median(perAnswer),
      unit: 'ms',
    },
    {
      name: 'readApiAnswer: real YouTube/Twitch answers, slowest',
      value: Math.max(...perAnswer),
      unit: 'ms',
    },
  ];
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
    rows.push(...apiAnswerRows(path.dirname(truthFile)));
  }
  return rows;
}

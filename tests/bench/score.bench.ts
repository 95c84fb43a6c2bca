// Fit scores per second on one core, for a typical profile (12 recent posts with captions and
// hashtags) against a typical brief. CPU time of this process, so other work on the machine does
// not count against us. Three cases: the same profile object re-scored (a card re-rendering), a
// fresh copy each time (a roster re-scored, an application arriving), and the brief compiled anew
// each time (a marketer editing the brief: the worst case).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BriefSchema } from '../../shared/schemas/brief';
import { CreatorProfileSchema } from '../../shared/schemas/profile';
import { fitScore } from '../../shared/score/fit';
import type { BenchRow } from './run';

const fixtures = resolve(import.meta.dirname, '../fixtures');
const read = (path: string) => JSON.parse(readFileSync(resolve(fixtures, path), 'utf8')) as unknown;

function perSecond(run: (i: number) => unknown, minMs = 1500): number {
  for (let i = 0; i < 2_000; i++) run(i); // warm up the JIT
  const cpu = () => process.cpuUsage().user / 1000;
  let count = 0;
  const start = cpu();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1_000; i++) run(count + i);
    count += 1_000;
    elapsed = cpu() - start;
  }
  return Math.round((count / elapsed) * 1000);
}

export default async function bench(): Promise<BenchRow[]> {
  const profile = CreatorProfileSchema.parse(read('profiles/instagram-yoga-micro.json'));
  const briefInput = read('briefs/outdoor-wellness.json');
  const brief = BriefSchema.parse(briefInput);
  // 256 separate deep copies, as parsed from JSON: no object reused between consecutive scores.
  const copies = Array.from({ length: 256 }, () =>
    CreatorProfileSchema.parse(JSON.parse(JSON.stringify(profile))),
  );
  const briefs = Array.from({ length: 256 }, () => BriefSchema.parse(briefInput));
  const same = perSecond(() => fitScore(profile, brief));
  const fresh = perSecond((i) => fitScore(copies[i & 255]!, brief));
  const newBrief = perSecond((i) => fitScore(profile, structuredClone(briefs[i & 255]!)), 1000);
  // A floor any scorer pays on this machine, for comparing runs on busy or quiet machines: one
  // toLowerCase() pass over the profile's words (bio and every caption), fresh strings each time.
  const texts = copies.map((p) => [p.bio ?? '', ...p.recentPosts.map((post) => post.caption ?? '')]);
  let sink = 0;
  const floor = perSecond((i) => {
    for (const t of texts[i & 255]!) sink += `${t} `.toLowerCase().length;
  });
  if (sink < 0) throw new Error('unreachable');
  const target = '>= 100000';
  return [
    {
      name: 'fitScore, 12-post profile re-scored',
      value: same,
      unit: 'scores/s',
      target,
      ok: same >= 100_000,
    },
    {
      name: 'fitScore, a different profile object each time',
      value: fresh,
      unit: 'scores/s',
      target,
      ok: fresh >= 100_000,
    },
    { name: 'fitScore, brief edited each time (compile + score)', value: newBrief, unit: 'scores/s' },
    { name: 'floor: one toLowerCase() pass over the same text', value: floor, unit: 'passes/s' },
    { name: 'fitScore (different object) cost in floor passes', value: floor / fresh, unit: 'x' },
  ];
}

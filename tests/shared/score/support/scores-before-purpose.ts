// The sample behind tests/fixtures/briefs/scores-before-purpose.json: generated profiles against
// generated briefs in the stored shape (no purpose), and every real brief file against the fixture
// profiles and the first generated ones. `npx tsx tests/shared/score/support/scores-before-purpose.ts`
// wrote the file from the commit before briefs had a purpose; the upgrade test replays the same
// sample against today's scorer and expects every figure unchanged.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Brief } from '../../../../shared/schemas/brief';
import type { CreatorProfile } from '../../../../shared/schemas/profile';
import { fitScore } from '../../../../shared/score/fit';
import { starterBrief } from '../../../../shared/score/starter-brief';
import { parseBrief, parseProfile } from '../../../../shared/score/validation';
import { brief, profile } from '../arbitraries';

const root = resolve(import.meta.dirname, '../../../..');
export const SEED = 20261201;
export const SCORES_FILE = resolve(root, 'tests/fixtures/briefs/scores-before-purpose.json');

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Brief files as they are stored on disk (no purpose): the fixtures and the receiver's demo brief. */
export function storedBriefFiles(): { name: string; raw: unknown }[] {
  const dir = resolve(root, 'tests/fixtures/briefs');
  return [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'scores-before-purpose.json')
      .sort()
      .map((f) => ({ name: f, raw: json(resolve(dir, f)) })),
    { name: 'demo-brief.json', raw: json(resolve(root, 'widget/receiver/demo-brief.json')) },
  ];
}

export function sampledPairs(): [CreatorProfile, Brief][] {
  return fc.sample(fc.tuple(profile, brief), { seed: SEED, numRuns: 300 });
}

export function fixtureProfiles(): CreatorProfile[] {
  const dir = resolve(root, 'tests/fixtures/profiles');
  return readdirSync(dir)
    .sort()
    .map((f) => parseProfile(json(resolve(dir, f))));
}

export type Figures = [
  score: number | null,
  min: number | null,
  max: number | null,
  coverage: number,
  confidence: string,
  excluded: 0 | 1,
];

export function figures(p: CreatorProfile, b: Brief): Figures {
  const r = fitScore(p, b);
  return [
    r.score,
    r.range?.min ?? null,
    r.range?.max ?? null,
    Number(r.coverage.toFixed(9)),
    r.confidence,
    r.excluded ? 1 : 0,
  ];
}

/** Every pair of the sample, in a fixed order; `parse` turns a stored brief into today's Brief. */
export function samplePairs(
  parse: (raw: unknown) => Brief,
): { label: string; profile: CreatorProfile; brief: Brief }[] {
  const pairs = sampledPairs();
  const profiles = [...fixtureProfiles(), ...pairs.slice(0, 40).map(([p]) => p)];
  const files = [...storedBriefFiles(), { name: 'starter (as stored)', raw: stripPurpose(starterBrief()) }];
  return [
    ...pairs.map(([p, b], i) => ({ label: `sample ${i}`, profile: p, brief: parse(stripPurpose(b)) })),
    ...files.flatMap((file) =>
      profiles.map((p, i) => ({ label: `${file.name} × profile ${i}`, profile: p, brief: parse(file.raw) })),
    ),
  ];
}

/** A brief as releases before purposes stored it: no purpose, no role-fit weight. */
export function stripPurpose(b: unknown): unknown {
  const { purpose: _purpose, ...rest } = b as Record<string, unknown>;
  const { roleFit: _roleFit, ...weights } = (rest.weights ?? {}) as Record<string, unknown>;
  return { ...rest, weights };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = samplePairs(parseBrief).map(({ label, profile: p, brief: b }) => [label, ...figures(p, b)]);
  writeFileSync(SCORES_FILE, `${JSON.stringify(out)}\n`);
  console.log(`${out.length} pairs written to ${SCORES_FILE}`);
}

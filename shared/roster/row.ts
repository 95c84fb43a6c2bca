// Derives the compact table line from a stored creator record. Pure, so the background, tests and the
// backup import all build rows the same way.
import { VERDICT_SEVERITY } from '../disclosure/check';
import type { PostFormat, Verdict } from '../schemas/enums';
import type { Collaboration, CreatorRecord, DisclosureRecord, Note, RosterRow } from './records';

/** Verdicts that mean a sponsored post was not properly disclosed. */
export const ISSUE_VERDICTS: ReadonlySet<Verdict> = new Set(['missing', 'late', 'ambiguous']);

export function disclosureRecord(record: Pick<CreatorRecord, 'disclosures'>): {
  disclosure: DisclosureRecord;
  checked: number;
  issues: number;
  worst: Verdict | null;
} {
  let checked = 0;
  let issues = 0;
  let worst: Verdict | null = null;
  for (const { report } of record.disclosures) {
    if (report.verdict === 'not_needed') continue;
    checked++;
    if (ISSUE_VERDICTS.has(report.verdict)) issues++;
    // Ranked as the disclosure check ranks a report's overall verdict.
    if (worst === null || VERDICT_SEVERITY[report.verdict] > VERDICT_SEVERITY[worst]) worst = report.verdict;
  }
  return { disclosure: checked === 0 ? 'none' : issues > 0 ? 'issues' : 'clean', checked, issues, worst };
}

export function rosterRow(
  record: CreatorRecord,
  notes: readonly Pick<Note, 'text'>[] = [],
  collaborations: readonly Pick<Collaboration, 'date'>[] = [],
): RosterRow {
  const { profile, fit } = record;
  const formats = new Set<PostFormat>();
  for (const post of profile.recentPosts) if (post.format) formats.add(post.format);
  const { disclosure, checked, issues, worst } = disclosureRecord(record);
  const search = [profile.handle, profile.displayName ?? '', profile.bio ?? '', ...notes.map((n) => n.text)]
    .join('\n')
    .toLowerCase();
  return {
    key: record.key,
    platform: profile.platform,
    handle: profile.handle,
    name: profile.displayName,
    status: record.status,
    tags: record.tags,
    score: fit?.excluded ? null : (fit?.score ?? null),
    excluded: fit?.excluded != null,
    briefVersion: fit?.briefVersion ?? null,
    tier: fit?.tier.id ?? 'unknown',
    role: fit?.role.role ?? 'undetermined',
    followers: profile.followers?.value ?? null,
    engagement: fit?.engagement.median ?? null,
    disclosure,
    disclosureChecked: checked,
    disclosureIssues: issues,
    disclosureWorst: worst,
    formats: [...formats],
    niches: fit?.niches ?? [],
    selfReported: profile.selfReported,
    differs: (record.selfReportedDiff?.length ?? 0) > 0,
    pendingClaims: record.claims?.length ?? 0,
    statusHistory: record.statusHistory,
    collaborationDates: collaborations.map((c) => c.date).sort(),
    firstSavedAt: record.firstSavedAt,
    updatedAt: record.updatedAt,
    search,
  };
}

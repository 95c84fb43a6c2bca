// How a save, an applicant import or a backup import combines with what the roster already holds.
// Pure: the background calls these inside its transactions, tests call them directly.

import { creatorKey } from '../schemas/creator-key';
import type { FitResult } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import { confirmedClaims, isDecided, unionOfClaims } from './claims';
import type { Applicant, CreatorRecord, SelfReportedDiff, StatusChange } from './records';

type DisclosureEntry = CreatorRecord['disclosures'][number];

/** Disclosure checks kept per creator (newest first); older ones drop off. */
export const DISCLOSURES_KEPT = 50;

export interface SaveInput {
  profile: CreatorProfile;
  fit: FitResult | null;
  disclosures?: DisclosureEntry[];
}

function mergeDisclosures(newer: DisclosureEntry[], older: DisclosureEntry[]): DisclosureEntry[] {
  const seen = new Set<string>();
  const out: DisclosureEntry[] = [];
  for (const entry of [...newer, ...older]) {
    // A post checked again replaces its older check; checks without a URL are kept as they are.
    const id = entry.postUrl ?? `${entry.checkedAt}#${out.length}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(entry);
  }
  return out.slice(0, DISCLOSURES_KEPT);
}

/** Where the applicant's own figures and the platform's page disagree. */
export function selfReportedDiff(
  claimed: CreatorProfile,
  observed: CreatorProfile,
  at: string,
): SelfReportedDiff[] {
  const diffs: SelfReportedDiff[] = [];
  for (const field of ['followers', 'following', 'posts'] as const) {
    const c = claimed[field]?.value ?? null;
    const o = observed[field]?.value ?? null;
    if (c === null || o === null) continue;
    // Self-reported figures are rounded by people; within 10% is not a disagreement worth showing.
    const change = c === 0 ? (o === 0 ? 0 : 1) : o / c - 1;
    if (Math.abs(change) > 0.1) diffs.push({ field, claimed: c, observed: o, change, at });
  }
  const cc = claimed.countryHint;
  const oc = observed.countryHint;
  if (cc && oc && cc.toUpperCase() !== oc.toUpperCase())
    diffs.push({ field: 'countryHint', claimed: cc, observed: oc, change: null, at });
  return diffs;
}

/**
 * Observed fields win; a field the new page did not show keeps what was known. A stream is of its
 * moment: only the newer visit's (its absence too) is kept, with its source.
 */
function mergeProfile(older: CreatorProfile, newer: CreatorProfile): CreatorProfile {
  // Recency is measured from the capture time: a page that showed no posts tells nothing about
  // posting since, so the posts kept keep the time they were seen (and the score they gave).
  const postsFrom = newer.recentPosts.length > 0 || older.recentPosts.length === 0 ? newer : older;
  const { live: _olderStream, ...olderSources } = older.sources;
  return {
    ...newer,
    displayName: newer.displayName ?? older.displayName,
    followers: newer.followers ?? (newer.selfReported === older.selfReported ? older.followers : null),
    following: newer.following ?? (newer.selfReported === older.selfReported ? older.following : null),
    posts: newer.posts ?? (newer.selfReported === older.selfReported ? older.posts : null),
    verified: newer.verified ?? older.verified,
    bio: newer.bio ?? older.bio,
    category: newer.category ?? older.category,
    languageHint: newer.languageHint ?? older.languageHint,
    countryHint: newer.countryHint ?? older.countryHint,
    recentPosts: postsFrom.recentPosts,
    capturedAt: postsFrom.capturedAt,
    links: newer.links.length > 0 ? newer.links : older.links,
    sources: { ...olderSources, ...newer.sources },
  };
}

export { withStatus } from './status';

/**
 * The profile the roster keeps after saving `profile` over `existing`: what the roster scores, and
 * what the card scores for a saved creator, so both say the same number (one assessment).
 */
export function profileAfterSave(
  existing: CreatorRecord | undefined,
  profile: CreatorProfile,
): CreatorProfile {
  if (!existing) return profile;
  // An applicant's own figures never overwrite what a page showed.
  const keepObserved = !existing.profile.selfReported && profile.selfReported;
  return keepObserved ? existing.profile : mergeProfile(existing.profile, profile);
}

/** A save from a creator's page: a new entry, or the existing one updated (never a second entry). */
export function mergeSave(existing: CreatorRecord | undefined, input: SaveInput, at: string): CreatorRecord {
  const key = creatorKey(input.profile);
  const disclosures = input.disclosures ?? [];
  if (!existing) {
    return {
      key,
      profile: input.profile,
      status: 'prospect',
      tags: [],
      fit: input.fit,
      disclosures: mergeDisclosures(disclosures, []),
      firstSavedAt: at,
      updatedAt: at,
      snapshotCount: 1,
      statusHistory: [{ status: 'prospect', at }],
      selfReportedDiff: null,
      applicant: null,
    };
  }
  const replacingClaims = existing.profile.selfReported && !input.profile.selfReported;
  const keepObserved = !existing.profile.selfReported && input.profile.selfReported;
  const profile = profileAfterSave(existing, input.profile);
  const merged: CreatorRecord = {
    ...existing,
    profile,
    fit: keepObserved ? existing.fit : (input.fit ?? existing.fit),
    disclosures: mergeDisclosures(disclosures, existing.disclosures),
    updatedAt: at,
    snapshotCount: existing.snapshotCount + 1,
    selfReportedDiff: replacingClaims
      ? selfReportedDiff(existing.profile, input.profile, at)
      : existing.selfReportedDiff,
  };
  return input.profile.selfReported ? merged : confirmedClaims(merged, input.profile, at);
}

/**
 * An application entering the roster. A creator the roster does not know enters as `applied` with
 * the applicant's own figures. One it already knows (saved from the platform, or applied for by
 * someone else) is not changed at all: anyone can type any handle, so the application is kept apart
 * as a claim until the real profile or the marketer confirms it (claims.ts), with the follower count
 * it gave. An application decided on already stays decided. The same applicant applying again (same
 * e-mail) updates their application; the figures a page showed still win.
 */
export function mergeApplicant(
  existing: CreatorRecord | undefined,
  profile: CreatorProfile,
  fit: FitResult | null,
  applicant: Applicant,
  at: string,
): CreatorRecord {
  if (!existing) {
    const record = mergeSave(undefined, { profile, fit }, at);
    return { ...record, status: 'applied', statusHistory: [{ status: 'applied', at }], applicant };
  }
  const sameApplicant = existing.applicant?.email.toLowerCase() === applicant.email.toLowerCase();
  if (sameApplicant) return { ...mergeSave(existing, { profile, fit }, at), applicant };
  if (isDecided(existing, applicant.applicationId)) return existing;
  const claim = { ...applicant, claimedFollowers: profile.followers?.value ?? null };
  const claims = (existing.claims ?? []).filter((c) => c.applicationId !== applicant.applicationId);
  return { ...existing, claims: [...claims, claim], updatedAt: at };
}

function unionHistory(a: StatusChange[], b: StatusChange[]): StatusChange[] {
  const byId = new Map<string, StatusChange>();
  for (const change of [...a, ...b]) byId.set(`${change.at}|${change.status}`, change);
  return [...byId.values()].sort((x, y) => x.at.localeCompare(y.at));
}

/** A creator from a backup meeting the same creator in the roster: the newer record leads, nothing is dropped. */
export function mergeImported(existing: CreatorRecord | undefined, incoming: CreatorRecord): CreatorRecord {
  if (!existing) return incoming;
  const [older, newer] =
    existing.updatedAt > incoming.updatedAt ? [incoming, existing] : [existing, incoming];
  return {
    ...newer,
    tags: [...new Set([...older.tags, ...newer.tags])],
    disclosures: mergeDisclosures(newer.disclosures, older.disclosures),
    statusHistory: unionHistory(older.statusHistory, newer.statusHistory),
    // biome-ignore lint/complexity/useMathMinMax: ISO time strings, which Math.min would turn into NaN
    firstSavedAt: older.firstSavedAt < newer.firstSavedAt ? older.firstSavedAt : newer.firstSavedAt,
    snapshotCount: Math.max(older.snapshotCount, newer.snapshotCount),
    selfReportedDiff: newer.selfReportedDiff ?? older.selfReportedDiff,
    applicant: newer.applicant ?? older.applicant,
    ...unionOfClaims(older, newer),
  };
}

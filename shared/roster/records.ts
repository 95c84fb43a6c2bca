// What the roster stores, as zod schemas: the background writes these, and a backup or CSV import is
// validated against them before a single record is written.
import { z } from 'zod';
import { BriefSchema } from '../schemas/brief';
import { DisclosureReportSchema } from '../schemas/disclosure';
import { PLATFORMS, POST_FORMATS, ROLES, STATUSES, TIERS, VERDICTS } from '../schemas/enums';
import { FitResultSchema } from '../schemas/fit';
import { CreatorProfileSchema } from '../schemas/profile';
import { CollaborationSchema, collaborationInput } from './collaboration';
import { SORT_KEYS } from './filter';

export const StatusSchema = z.enum(STATUSES);

export const StatusChangeSchema = z.object({
  status: StatusSchema,
  /** ISO time of the change. */
  at: z.string(),
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

/** One figure where an applicant's own claim and the platform's page disagreed. */
export const SelfReportedDiffSchema = z.object({
  field: z.enum(['followers', 'following', 'posts', 'displayName', 'bio', 'countryHint', 'languageHint']),
  claimed: z.union([z.number(), z.string()]).nullable(),
  observed: z.union([z.number(), z.string()]).nullable(),
  /** Relative difference of numeric figures (observed / claimed - 1), null for text. */
  change: z.number().nullable(),
  at: z.string(),
});
export type SelfReportedDiff = z.infer<typeof SelfReportedDiffSchema>;

export const DisclosureEntrySchema = z.object({
  postUrl: z.string().nullable(),
  checkedAt: z.string(),
  report: DisclosureReportSchema,
});

/** The applicant's application as the receiver stored it (only what the roster shows). */
export const ApplicantSchema = z.object({
  applicationId: z.string(),
  name: z.string(),
  email: z.string(),
  country: z.string().nullable(),
  pitch: z.string(),
  niches: z.array(z.string()),
  samples: z.array(z.string()),
  /** Absent on applicants imported before the roster kept rates and languages. */
  rates: z.object({ currency: z.string(), amount: z.number(), per: z.string() }).nullable().default(null),
  languages: z.array(z.string()).default([]),
  receivedAt: z.string(),
  /**
   * The follower count the application gave for this handle, kept on a claim so the detail can set
   * it against what the page showed (a new applicant's figures are the profile's own). Absent before.
   */
  claimedFollowers: z.number().nullable().optional(),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

/**
 * What became of a claim: `confirmed` (it became the applicant), `dismissed` (the marketer judged it
 * not the creator's) or `replaced` (the applicant a confirmed claim took the place of).
 */
export const CLAIM_DECISIONS = ['confirmed', 'dismissed', 'replaced'] as const;

/** A decided claim, kept so a re-imported application stays decided and no contact details are lost. */
export const ClaimDecisionSchema = z.object({
  claim: ApplicantSchema,
  decision: z.enum(CLAIM_DECISIONS),
  /** The marketer (in the detail), or the creator's page showing the claim's e-mail. */
  by: z.enum(['marketer', 'page']),
  at: z.string(),
});
export type ClaimDecision = z.infer<typeof ClaimDecisionSchema>;

export const CreatorRecordSchema = z.object({
  key: z.string().regex(/^[a-z]+:.+$/),
  profile: CreatorProfileSchema,
  status: StatusSchema,
  tags: z.array(z.string()),
  fit: FitResultSchema.nullable(),
  disclosures: z.array(DisclosureEntrySchema),
  firstSavedAt: z.string(),
  updatedAt: z.string(),
  snapshotCount: z.number().int().nonnegative(),
  statusHistory: z.array(StatusChangeSchema),
  /** Where the applicant's claims differed from the page, kept after observed figures replace them. */
  selfReportedDiff: z.array(SelfReportedDiffSchema).nullable().default(null),
  applicant: ApplicantSchema.nullable().default(null),
  /**
   * Applications naming this creator that are not (yet) theirs: anyone can type any handle, so an
   * application for a creator the roster already knows is kept here, changing nothing, until the
   * real profile or the marketer confirms it (shared/roster/claims.ts). Absent on records saved before.
   */
  claims: z.array(ApplicantSchema).optional(),
  /** Claims decided on, oldest first. Absent on records saved before decisions were kept. */
  claimDecisions: z.array(ClaimDecisionSchema).optional(),
});
export type CreatorRecord = z.infer<typeof CreatorRecordSchema>;

/** The figures of one visit, for growth over time. */
export const SnapshotSchema = z.object({
  id: z.number().int().optional(),
  key: z.string(),
  capturedAt: z.string(),
  followers: z.number().nullable(),
  following: z.number().nullable(),
  posts: z.number().nullable(),
  engagement: z.number().nullable(),
  score: z.number().nullable(),
  selfReported: z.boolean(),
  /**
   * Concurrent viewers of a stream live at this visit (Twitch), never followers or a post's views.
   * Absent when the channel was not seen live, and on snapshots saved before it was kept.
   */
  liveViewers: z.number().nonnegative().optional(),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const NoteSchema = z.object({
  id: z.string().min(1),
  key: z.string(),
  text: z.string().min(1),
  at: z.string(),
});
export type Note = z.infer<typeof NoteSchema>;

// Collaborations and deliverables: shared/roster/collaboration.ts.
export { type Collaboration, CollaborationSchema } from './collaboration';

export const DISCLOSURE_RECORDS = ['none', 'clean', 'issues'] as const;
export type DisclosureRecord = (typeof DISCLOSURE_RECORDS)[number];

/** The claims filter's one choice: creators with applications waiting for a decision. */
export const CLAIM_FILTERS = ['pending'] as const;

export const RosterFilterSchema = z.object({
  search: z.string().default(''),
  platforms: z.array(z.enum(PLATFORMS)).default([]),
  tiers: z.array(z.enum(TIERS)).default([]),
  roles: z.array(z.enum(ROLES)).default([]),
  statuses: z.array(StatusSchema).default([]),
  tags: z.array(z.string()).default([]),
  scoreMin: z.number().min(0).max(100).nullable().default(null),
  scoreMax: z.number().min(0).max(100).nullable().default(null),
  disclosure: z.array(z.enum(DISCLOSURE_RECORDS)).default([]),
  /** Any of these brief niches matched (RosterRow.niches). */
  niches: z.array(z.string()).default([]),
  /** Any of these formats among recent posts. */
  formats: z.array(z.enum(POST_FORMATS)).default([]),
  /** 'pending': only creators with pending claims (absent in views saved before). */
  claims: z.array(z.enum(CLAIM_FILTERS)).optional(),
});
export type RosterFilter = z.infer<typeof RosterFilterSchema>;

/** A saved view of the roster (a segment): a name, the filter it applies and the order it shows. */
export const SegmentSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  filter: RosterFilterSchema,
  /** Absent in views saved before views kept their sort. */
  sort: z.object({ key: z.enum(SORT_KEYS), direction: z.enum(['asc', 'desc']) }).optional(),
});
export type Segment = z.infer<typeof SegmentSchema>;

/**
 * The compact line the roster table, side panel and dashboard work from: small enough that 50,000 of
 * them load, filter and sort in the page. Derived from the record by `rosterRow` and written beside it.
 */
export const RosterRowSchema = z.object({
  key: z.string(),
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  name: z.string().nullable(),
  status: StatusSchema,
  tags: z.array(z.string()),
  score: z.number().nullable(),
  tier: z.enum(TIERS),
  role: z.enum(ROLES),
  followers: z.number().nullable(),
  engagement: z.number().nullable(),
  disclosure: z.enum(DISCLOSURE_RECORDS),
  /** Sponsored posts checked, and how many of them were not properly disclosed. */
  disclosureChecked: z.number().int(),
  disclosureIssues: z.number().int(),
  /** The strictest verdict among the posts checked, in the card's words (absent on older rows). */
  disclosureWorst: z.enum(VERDICTS).nullable().optional(),
  /** Excluded by the brief: no score, and never a 0 (absent on older rows). */
  excluded: z.boolean().optional(),
  /** The fit's briefVersion, to say when the score is stale (absent on older rows). */
  briefVersion: z.string().nullable().optional(),
  formats: z.array(z.enum(POST_FORMATS)),
  /** The brief niches the last fit matched (rows written before v4 lack it until saved again). */
  niches: z.array(z.string()).default([]),
  selfReported: z.boolean(),
  differs: z.boolean(),
  /** Applications naming this creator that wait for a decision (absent on rows written before). */
  pendingClaims: z.number().int().optional(),
  statusHistory: z.array(StatusChangeSchema),
  collaborationDates: z.array(z.string()),
  firstSavedAt: z.string(),
  updatedAt: z.string(),
  /** Lower-cased handle, name, bio and notes: what the search box looks through. */
  search: z.string(),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

export const BACKUP_FORMAT = 'troupe-roster-backup';

/** A full JSON backup: every store, so restoring it on another machine loses nothing. */
export const BackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string(),
  activeBriefId: z.string().nullable(),
  creators: z.array(CreatorRecordSchema),
  snapshots: z.array(SnapshotSchema),
  briefs: z.array(BriefSchema),
  notes: z.array(NoteSchema),
  /** Version 2 backups hold collaborations in their old shape: they restore upgraded. */
  collaborations: z.array(z.preprocess(collaborationInput, CollaborationSchema)),
  segments: z.array(SegmentSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

// Reads a backup or a CSV file into validated records before anything is written. Any bad row fails
// the whole file with an error naming the rows, so an import either lands whole or changes nothing.
import Papa from 'papaparse';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { isPlatformUrl, uncheckedUrls } from '../platforms/platform-urls';
import { PLATFORMS, STATUSES, type Status } from '../schemas/enums';
import { type CreatorProfile, creatorKey } from '../schemas/profile';
import { LIST_SEPARATOR } from './csv';
import { profileUrl } from './profile-url';
import { BACKUP_FORMAT, type Backup, BackupSchema } from './records';

export interface ImportProblem {
  /** "creators[12]" for a backup, "line 14" for a CSV file. */
  where: string;
  message: string;
}

export class RosterImportError extends Error {
  override name = 'RosterImportError';
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    const shown = problems.slice(0, 10).map((p) => `${p.where}: ${p.message}`);
    const more = problems.length > 10 ? `; and ${problems.length - 10} more` : '';
    super(`${file} not imported, nothing changed. ${shown.join('; ')}${more}`);
  }
}

function issuesToProblems(
  issues: z.core.$ZodIssue[],
  name: (path: PropertyKey[]) => string,
): ImportProblem[] {
  const byWhere = new Map<string, string[]>();
  for (const issue of issues) {
    const where = name(issue.path);
    const field = issue.path.slice(2).join('.');
    const list = byWhere.get(where) ?? [];
    list.push(field ? `${field}: ${issue.message}` : issue.message);
    byWhere.set(where, list);
  }
  return [...byWhere].map(([where, messages]) => ({ where, message: messages.slice(0, 3).join(', ') }));
}

export function parseBackup(text: string): Backup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RosterImportError('Backup', [
      { where: 'file', message: `not JSON (${(error as Error).message})` },
    ]);
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    throw new RosterImportError(
      'Backup',
      issuesToProblems(parsed.error.issues, (path) =>
        typeof path[1] === 'number' ? `${String(path[0])}[${path[1]}]` : String(path[0] ?? 'file'),
      ),
    );
  }
  const keys = new Set<string>();
  const problems: ImportProblem[] = [];
  parsed.data.creators.forEach((c, i) => {
    if (c.key !== creatorKey(c.profile))
      problems.push({ where: `creators[${i}]`, message: `key ${c.key} does not match its profile` });
    if (keys.has(c.key)) problems.push({ where: `creators[${i}]`, message: `${c.key} appears twice` });
    const offPlatform = uncheckedUrls(c.profile);
    c.disclosures.forEach((d, j) => {
      if (d.postUrl !== null && !isPlatformUrl(d.postUrl, c.profile.platform))
        offPlatform.push(`disclosures.${j}.postUrl`);
    });
    if (offPlatform.length > 0)
      problems.push({
        where: `creators[${i}]`,
        message: `${offPlatform.slice(0, 3).join(', ')}: not an https address on ${c.profile.platform}`,
      });
    keys.add(c.key);
  });
  if (problems.length > 0) throw new RosterImportError('Backup', problems);
  return parsed.data;
}

const count = zod
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const n = Number(s.replace(/[,_ ]/g, ''));
    if (!Number.isFinite(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: `"${s}" is not a count` });
      return zod.NEVER;
    }
    return n;
  });

const CsvLineSchema = zod.object({
  key: zod.string().trim().optional(),
  platform: zod.enum(PLATFORMS, { error: `platform must be one of ${PLATFORMS.join(', ')}` }),
  handle: zod
    .string()
    .trim()
    .regex(/^@?[\p{L}\p{N}._-]+$/u, 'handle must be a platform handle'),
  name: zod.string().trim().optional(),
  status: zod
    .union([zod.enum(STATUSES), zod.literal('')], { error: `status must be one of ${STATUSES.join(', ')}` })
    .optional(),
  tags: zod.string().optional(),
  followers: count.optional(),
  notes: zod.string().optional(),
});

export interface CsvImportLine {
  key: string;
  profile: CreatorProfile;
  status: Status | null;
  tags: string[];
  notes: string[];
}

export function parseRosterCsv(text: string, capturedAt = new Date().toISOString()): CsvImportLine[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const problems: ImportProblem[] = parsed.errors.map((e) => ({
    where: `line ${(e.row ?? 0) + 2}`,
    message: e.message,
  }));
  const fields = parsed.meta.fields ?? [];
  for (const needed of ['platform', 'handle'])
    if (!fields.includes(needed)) problems.push({ where: 'header', message: `no "${needed}" column` });
  if (problems.length > 0) throw new RosterImportError('CSV file', problems);

  const lines: CsvImportLine[] = [];
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, i) => {
    const where = `line ${i + 2}`;
    const result = CsvLineSchema.safeParse(raw);
    if (!result.success) {
      problems.push({
        where,
        message: result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join(', '),
      });
      return;
    }
    const row = result.data;
    const handle = row.handle.replace(/^@/, '');
    const key = creatorKey({ platform: row.platform, handle });
    if (row.key && row.key !== key) problems.push({ where, message: `key ${row.key} does not match ${key}` });
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ where, message: `${key} already on line ${earlier}` });
    seen.set(key, i + 2);
    const followers = row.followers ?? null;
    lines.push({
      key,
      status: row.status || null,
      tags: (row.tags ?? '')
        .split(LIST_SEPARATOR.trim())
        .map((t) => t.trim())
        .filter(Boolean),
      notes: row.notes?.trim() ? [row.notes.trim()] : [],
      profile: {
        platform: row.platform,
        handle,
        displayName: row.name || null,
        url: profileUrl(row.platform, handle),
        followers: followers === null ? null : { value: followers, display: null, exact: false },
        following: null,
        posts: null,
        verified: null,
        bio: null,
        links: [],
        category: null,
        languageHint: null,
        countryHint: null,
        recentPosts: [],
        capturedAt,
        selfReported: false,
        sources: followers === null ? {} : { followers: 'csv-import' },
      },
    });
  });
  if (problems.length > 0) throw new RosterImportError('CSV file', problems);
  return lines;
}

export type ImportKind = 'backup' | 'csv' | 'applicants';

/** What a chosen file is: a roster backup, a roster CSV, or applications exported by the receiver. */
export function importKind(fileName: string, text: string): ImportKind {
  if (/\.csv$/i.test(fileName)) return 'csv';
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('{') && head.includes(`"${BACKUP_FORMAT}"`)) return 'backup';
  if (head.startsWith('{') || head.startsWith('[')) {
    // A backup written by another tool may put "format" later; look for it once before guessing.
    return text.includes(`"format":"${BACKUP_FORMAT}"`) || text.includes(`"format": "${BACKUP_FORMAT}"`)
      ? 'backup'
      : 'applicants';
  }
  return 'csv';
}

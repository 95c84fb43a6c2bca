// Applications exported by the receiver (GET /applications as JSON Lines, or a saved file of them, or
// a JSON array) read into roster profiles: one per handle, every figure self-reported.
import { applicationProfiles } from '../application/profile';
import { PLATFORMS, type Platform } from '../schemas/enums';
import { handleProblem } from '../schemas/handle-rules';
import type { CreatorProfile } from '../schemas/profile';
import { ReceivedApplicationSchema } from '../schemas/received-application';
import { type ImportProblem, RosterImportError } from './import';
import type { Applicant } from './records';

export interface ApplicantProfile {
  profile: CreatorProfile;
  applicant: Applicant;
}

function records(text: string): { where: string; value: unknown }[] | ImportProblem {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[')) {
    try {
      return (JSON.parse(trimmed) as unknown[]).map((value, i) => ({ where: `item ${i + 1}`, value }));
    } catch (error) {
      return { where: 'file', message: `not JSON (${(error as Error).message})` };
    }
  }
  const out: { where: string; value: unknown }[] = [];
  const lines = trimmed.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      out.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
    } catch {
      out.push({ where: `line ${i + 1}`, value: Symbol('not JSON') });
    }
  }
  return out;
}

/**
 * Receivers before the per-platform handle rules stored handles no platform allows (look-alikes
 * such as a Cyrillic "а" in an Instagram handle). Those handles never become roster entries; the
 * rest of the application, and of the file, imports as usual. Null when no handle is left.
 */
function withoutImpossibleHandles(value: unknown): unknown {
  const a = (value as { application?: { handles?: unknown } } | null)?.application;
  if (!Array.isArray(a?.handles)) return value;
  const possible = (h: { platform?: unknown; handle?: unknown }) =>
    !PLATFORMS.includes(h?.platform as Platform) ||
    typeof h.handle !== 'string' ||
    handleProblem(h.platform as Platform, h.handle.trim()) === null;
  const keep = a.handles.map(possible);
  if (keep.every(Boolean)) return value;
  if (!keep.some(Boolean)) return null;
  const fits = (value as { fits?: unknown }).fits;
  return {
    ...(value as object),
    fits: Array.isArray(fits) ? fits.filter((_, i) => keep[i]) : fits,
    application: { ...a, handles: a.handles.filter((_, i) => keep[i]) },
  };
}

export function parseApplicants(text: string): ApplicantProfile[] {
  const found = records(text);
  if (!Array.isArray(found)) throw new RosterImportError('Applications', [found]);
  const problems: ImportProblem[] = [];
  const out = new Map<string, ApplicantProfile>();
  for (const { where, value } of found) {
    if (typeof value === 'symbol') {
      problems.push({ where, message: 'not a JSON line' });
      continue;
    }
    const usable = withoutImpossibleHandles(value);
    if (usable === null) continue;
    const parsed = ReceivedApplicationSchema.safeParse(usable);
    if (!parsed.success) {
      problems.push({
        where,
        message: parsed.error.issues
          .slice(0, 3)
          .map((x) => `${x.path.join('.')}: ${x.message}`)
          .join(', '),
      });
      continue;
    }
    const received = parsed.data;
    const a = received.application;
    const applicant: Applicant = {
      applicationId: received.id,
      name: a.name,
      email: a.email,
      country: a.country,
      pitch: a.pitch,
      niches: a.niches,
      samples: a.samples,
      rates: a.rates ?? null,
      languages: a.languages,
      receivedAt: received.receivedAt,
    };
    // The same handle in a later application replaces the earlier one (the newest claim counts).
    for (const profile of applicationProfiles(a, received.receivedAt))
      out.set(`${profile.platform}:${profile.handle.toLowerCase()}`, { profile, applicant });
  }
  if (problems.length > 0) throw new RosterImportError('Applications', problems);
  return [...out.values()];
}

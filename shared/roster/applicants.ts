// Applications exported by the receiver (GET /applications as JSON Lines, or a saved file of them, or
// a JSON array) read into roster profiles: one per handle, every figure self-reported.
import { applicationProfiles } from '../application/profile';
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
    const parsed = ReceivedApplicationSchema.safeParse(value);
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

// Briefs stored before briefs had a purpose (a brief file, a backup, the roster database before
// v3) become hybrid briefs whose role-fit weight is 0, so every score they gave stays exactly what it
// was: a weight-0 factor adds nothing to the weighted mean, the range or the coverage
// (tests/shared/score/role-fit-upgrade.test.ts replays scores recorded before the change). Zod-free,
// so the database upgrade step and the schema share it.
import type { BriefPurpose } from './enums';

/** The purpose a brief without one is read as. */
export const UPGRADED_PURPOSE: BriefPurpose = 'hybrid';

/** A stored brief with its purpose filled in; anything that is not a purpose-less object is returned as is. */
export function withPurpose<T>(stored: T): T {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const brief = stored as Record<string, unknown>;
  if (brief.purpose !== undefined) return stored;
  const weights = brief.weights;
  if (weights !== undefined && (typeof weights !== 'object' || weights === null || Array.isArray(weights)))
    return stored;
  const given = (weights ?? {}) as Record<string, unknown>;
  return {
    ...brief,
    purpose: UPGRADED_PURPOSE,
    weights: { ...given, roleFit: given.roleFit ?? 0 },
  } as T;
}

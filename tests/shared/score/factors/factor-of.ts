// Runs one factor through fitScore, so factor tests see exactly what the card sees.
import type { Brief } from '../../../../shared/schemas/brief';
import type { FactorId } from '../../../../shared/schemas/enums';
import type { Factor } from '../../../../shared/schemas/fit';
import type { CreatorProfile } from '../../../../shared/schemas/profile';
import { fitScore } from '../../../../shared/score/fit';

export function factorOf(id: FactorId, profile: CreatorProfile, brief: Brief | null): Factor {
  return fitScore(profile, brief).factors.find((f) => f.id === id)!;
}

/** "known 80", "unknown", "not_applicable": a factor in one comparable word. */
export const outcome = (f: Factor) => (f.status === 'known' ? `known ${f.score}` : f.status);

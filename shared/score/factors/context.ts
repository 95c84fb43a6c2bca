// What every factor reads: the profile, the compiled brief, where its terms were found, and the
// brief-independent figures computed once per score (tier, engagement, authenticity).
import type { Brief } from '../../schemas/brief';
import type { Tier } from '../../schemas/enums';
import type { Engagement, Factor, RoleResult } from '../../schemas/fit';
import type { CreatorProfile } from '../../schemas/profile';
import type { AuthenticityCheck } from '../authenticity';
import type { CompiledBrief } from '../compiled-brief';
import type { ProfileTerms } from '../profile-terms';

export interface FitContext {
  profile: CreatorProfile;
  brief: Brief | null;
  compiled: CompiledBrief;
  found: ProfileTerms;
  tier: Tier;
  engagement: Engagement;
  authenticity: AuthenticityCheck;
  sponsoredPosts: number;
  /** Creator, influencer or hybrid, with the signals on each side (role.ts). */
  role: RoleResult;
  /** What past collaborations with this creator delivered, when the roster knows. */
  past: PastResults | null;
  /** Reference time for recency (ms since epoch), null when unknown. */
  now: number | null;
  privateTerms: PrivateTerms;
}

/** Whether reasons name the brief's excluded and caution terms or only count them (FitOptions). */
export type PrivateTerms = 'named' | 'counted';

/** "2 terms your brief excludes", for reasons shown where the page can read them. */
export function countedTerms(n: number, what: string): string {
  return `${n === 1 ? 'a term' : `${n} terms`} your brief ${what}`;
}

/** Totals over a creator's logged collaborations (the roster passes them when rescoring). */
export interface PastResults {
  collaborations: number;
  /** Signups or other conversions. */
  conversions: number;
}

export type FactorOutcome = Pick<Factor, 'status' | 'score' | 'reason' | 'evidence'>;

export const known = (score: number, reason: string, evidence: string[] = []): FactorOutcome => ({
  status: 'known',
  score: score < 0 ? 0 : score > 100 ? 100 : Math.round(score),
  reason,
  evidence,
});
export const unknown = (reason: string, evidence: string[] = []): FactorOutcome => ({
  status: 'unknown',
  score: null,
  reason,
  evidence,
});
export const notApplicable = (reason: string): FactorOutcome => ({
  status: 'not_applicable',
  score: null,
  reason,
  evidence: [],
});

/** The terms of one kind among hits, as the brief wrote them. */
export function termsOfKind(ctx: FitContext, hits: readonly number[], kind: string): string[] {
  const out: string[] = [];
  const { kinds, terms } = ctx.compiled;
  for (let k = 0; k < hits.length; k++) {
    const t = hits[k]!;
    if (kinds[t] === kind) out.push(terms.terms[t]!);
  }
  return out;
}

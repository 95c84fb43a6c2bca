// Role fit: does the creator's role suit what the brief's partnership is for? A production brief
// wants craft and reusable assets (long-form, tutorials, series, UGC and craft words, a portfolio,
// a spread of formats); a distribution brief wants trusted reach (tier, views against followers,
// engagement against the tier band, sponsored posts) and conversions from past collaborations; a
// hybrid brief wants both, equally. Each side's signal weights add up and saturate towards 100, so
// a signal found never lowers the score. Unknown when nothing about the creator is known yet.
import type { BriefPurpose } from '../../schemas/enums';
import type { RoleResult } from '../../schemas/fit';
import { plural } from '../format';
import { roleBasis } from '../role';
import { type FactorOutcome, type FitContext, known, notApplicable, unknown } from './context';

/** Side weight that scores 63 (1 - 1/e); 2 × this scores 86. */
export const ROLE_FIT_SCALE = 3;
/** Distinct formats among recent posts that count as a production signal. */
export const FORMAT_SPREAD = 3;

type Side = RoleResult['signals'][number]['side'];
type RoleSignal = RoleResult['signals'][number];

const sideScore = (weight: number) => 100 * (1 - Math.exp(-weight / ROLE_FIT_SCALE));

/** What each purpose asks of the creator, and how much of each side counts. */
const WANTS: Record<BriefPurpose, Partial<Record<Side, number>>> = {
  production: { production: 1 },
  distribution: { distribution: 1 },
  hybrid: { production: 0.5, distribution: 0.5 },
};

export function roleFitFactor(ctx: FitContext): FactorOutcome {
  const { profile, role, past } = ctx;
  const brief = ctx.compiled.brief;
  if (!brief) return notApplicable('Without a brief there is no partnership purpose to fit.');
  const purpose: BriefPurpose = brief.purpose;
  const signals: RoleSignal[] = [...role.signals];
  const formats = new Set<string>();
  for (const post of profile.recentPosts) if (post.format) formats.add(post.format);
  if (formats.size >= FORMAT_SPREAD)
    signals.push({
      side: 'production',
      signal: `${formats.size} formats among recent posts (${[...formats].join(', ')})`,
      weight: 1,
    });
  if (past && past.conversions > 0)
    signals.push({
      side: 'distribution',
      // The card on a social page (privateTerms 'counted') does not tell the page the roster's figures.
      signal:
        ctx.privateTerms === 'counted'
          ? 'conversions from past collaborations in your roster'
          : `${past.conversions} conversions from ${plural(past.collaborations, 'past collaboration')}`,
      weight: Math.min(3, Math.log10(1 + past.conversions)),
    });
  const wanted = signals.filter((s) => WANTS[purpose][s.side] !== undefined);
  if (wanted.length === 0 && !roleBasis(profile) && !past?.collaborations)
    return unknown(`Too little is known to tell whether this creator suits a ${purpose} partnership.`);
  const weightOf = (side: Side) => wanted.reduce((sum, s) => sum + (s.side === side ? s.weight : 0), 0);
  let score = 0;
  for (const [side, share] of Object.entries(WANTS[purpose]) as [Side, number][])
    score += share * sideScore(weightOf(side));
  const evidence = wanted.map((s) => `${s.side}: ${s.signal}`);
  const asked =
    purpose === 'hybrid'
      ? 'both production and distribution'
      : purpose === 'production'
        ? 'production'
        : 'distribution';
  const reason =
    wanted.length === 0
      ? `The brief is for ${asked}, and no signal of it shows yet.`
      : score >= 60
        ? `Suits a ${purpose} partnership: strong ${asked} signals.`
        : `Some ${asked} signals for a ${purpose} partnership.`;
  return known(score, reason, evidence);
}

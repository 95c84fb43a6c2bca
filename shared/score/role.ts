// Creator, influencer or hybrid (docs/scoring.md, model point 5). Creators are valued for
// production (craft, formats, reusable assets), influencers for distribution (trusted reach,
// persuasion). Each signal found is listed with its weight so the card can show why.
import type { Tier } from '../schemas/enums';
import type { Engagement, RoleResult } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import type { CompiledBrief } from './compiled-brief';
import { pct } from './format';
import type { ProfileTerms } from './profile-terms';

/** Share of the signal weight one side needs to be called clearly that side. */
export const ROLE_MARGIN = 0.65;

const PORTFOLIO =
  /behance\.net|dribbble\.com|vimeo\.com|artstation\.com|myportfolio\.com|cargo\.site|portfolio/i;
const TIER_REACH: Partial<Record<Tier, number>> = { micro: 0.5, mid: 1, macro: 2, mega: 2.5 };

/** Enough is known to tell a role: at least two of follower count, bio and 3 recent posts. */
export function roleBasis(profile: CreatorProfile): boolean {
  const known =
    Number(profile.followers !== null) +
    Number(profile.recentPosts.length >= 3) +
    Number((profile.bio ?? '').trim().length > 0);
  return known >= 2;
}

export interface RoleInput {
  profile: CreatorProfile;
  compiled: CompiledBrief;
  found: ProfileTerms;
  tier: Tier;
  engagement: Engagement;
  /** Recent posts that are sponsored (see sponsoredPosts in fit.ts). */
  sponsoredPosts: number;
}

export function roleOf({
  profile,
  compiled,
  found,
  tier,
  engagement,
  sponsoredPosts,
}: RoleInput): RoleResult {
  const signals: RoleResult['signals'] = [];
  const n = profile.recentPosts.length;

  let longForm = 0;
  for (const post of profile.recentPosts) if (post.format === 'long_video') longForm++;
  if (n > 0 && longForm / n >= 0.25) {
    signals.push({
      side: 'production',
      signal: `${longForm} of ${n} recent posts are long-form video`,
      weight: 2,
    });
  }
  const { kinds } = compiled;
  let tutorials = 0;
  let series = 0;
  for (const hits of found.posts) {
    let tutorial = false;
    let numbered = false;
    for (let k = 0; k < hits.length; k++) {
      const t = hits[k]!;
      if (kinds[t] === 'tutorial') tutorial = true;
      else if (kinds[t] === 'series') numbered = true;
    }
    if (tutorial) tutorials++;
    if (numbered) series++;
  }
  if (n > 0 && tutorials / n >= 0.25) {
    signals.push({
      side: 'production',
      signal: `${tutorials} of ${n} recent posts are tutorials or guides`,
      weight: 1.5,
    });
  }
  if (series >= 2) {
    signals.push({
      side: 'production',
      signal: `${series} recent posts belong to a numbered series`,
      weight: 1.5,
    });
  }
  const craft = found.header.filter((t) => kinds[t] === 'craft').map((t) => compiled.terms.terms[t]);
  if (craft.length > 0) {
    signals.push({ side: 'production', signal: `bio names the craft: ${craft.join(', ')}`, weight: 2 });
  }
  const portfolio = profile.links.find((link) => PORTFOLIO.test(link));
  if (portfolio) signals.push({ side: 'production', signal: `portfolio link ${portfolio}`, weight: 1.5 });

  const reachByTier = TIER_REACH[tier];
  if (reachByTier)
    signals.push({ side: 'distribution', signal: `${tier} tier audience`, weight: reachByTier });
  const reach = engagement.reach;
  if (reach !== null && reach >= 0.3) {
    signals.push({
      side: 'distribution',
      signal: `median views reach ${pct(reach)} of followers`,
      weight: reach >= 1 ? 1.5 : 1,
    });
  }
  if (engagement.position === 'above' || engagement.position === 'within') {
    signals.push({
      side: 'distribution',
      signal: `engagement ${engagement.position === 'above' ? 'above' : 'within'} its tier band`,
      weight: engagement.position === 'above' ? 1 : 0.5,
    });
  }
  if (n > 0 && sponsoredPosts / n >= 0.1) {
    signals.push({
      side: 'distribution',
      signal: `${sponsoredPosts} of ${n} recent posts are sponsored`,
      weight: sponsoredPosts / n >= 0.25 ? 2 : 1,
    });
  }

  let production = 0;
  let distribution = 0;
  for (const s of signals) {
    if (s.side === 'production') production += s.weight;
    else distribution += s.weight;
  }
  const total = production + distribution;
  const share = production / total;
  let role: RoleResult['role'];
  let reason: string;
  if (!roleBasis(profile)) {
    role = 'undetermined';
    reason = 'Too little is known yet: needs at least two of follower count, bio and 3 recent posts.';
  } else if (total < 1) {
    role = 'undetermined';
    reason = 'No production or distribution signal shows yet.';
  } else if (share >= ROLE_MARGIN) {
    role = 'creator';
    reason = `Valued for production: craft and formats outweigh reach (${tally(production, distribution)}).`;
  } else if (share <= 1 - ROLE_MARGIN) {
    role = 'influencer';
    reason = `Valued for distribution: reach and persuasion outweigh production (${tally(production, distribution)}).`;
  } else {
    role = 'hybrid';
    reason = `Both production and distribution, neither clearly ahead (${tally(production, distribution)}).`;
  }
  return { role, production, distribution, signals, reason };
}

function tally(production: number, distribution: number): string {
  return `production ${production} vs distribution ${distribution}`;
}

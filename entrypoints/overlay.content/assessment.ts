// Turns a page reading into what the card shows: the creator's fit against the brief and the
// disclosure verdicts of the captions the page lets us see. The deciding is done by the shared
// core (fitScore, disclosureCheck); this file only chooses what to feed it. fitScore is imported from
// its own file: the score index also re-exports the zod validators, which would add ~90 KB gzip.
import { disclosureCheck } from '../../shared/disclosure';
import type { RosterEntry } from '../../shared/messages';
import type { Brief } from '../../shared/schemas/brief';
import type { DisclosureReport } from '../../shared/schemas/disclosure';
import type { Jurisdiction } from '../../shared/schemas/enums';
import type { FitResult } from '../../shared/schemas/fit';
import type { CreatorProfile, Post } from '../../shared/schemas/profile';
import { fitScore } from '../../shared/score/fit';
import type { Extraction } from './page-reading';

/** Recent-post captions checked on a profile page; the card lists them, so keep it short. */
const MAX_CAPTIONS = 6;

export interface CaptionCheck {
  postUrl: string | null;
  caption: string;
  report: DisclosureReport;
}

export interface Assessment {
  kind: Extraction['kind'];
  /** The creator, with the open post among its recent posts on a post page. */
  profile: CreatorProfile;
  post: Post | null;
  /** Fit against the active brief; with no brief, only its brief-free facts are shown. */
  fit: FitResult;
  /** False when there is no brief: the card then shows tier, role and engagement but no score. */
  scored: boolean;
  jurisdictions: Jurisdiction[];
  checks: CaptionCheck[];
}

export function assess(extraction: Extraction, brief: Brief | null): Assessment {
  const post = extraction.kind === 'post' ? extraction.post : null;
  const profile =
    extraction.kind === 'post' ? withPost(extraction.author, extraction.post) : extraction.profile;
  // With no brief the core still measures tier, role, engagement and authenticity: worth showing
  // before the marketer has set a brief up.
  const fit = fitScore(profile, brief);
  const jurisdictions: Jurisdiction[] = brief?.jurisdictions.length ? brief.jurisdictions : ['US'];
  const captioned = (post ? [post] : profile.recentPosts).filter((p) => p.caption?.trim());
  const checks = captioned.slice(0, MAX_CAPTIONS).map((p) => ({
    postUrl: p.url,
    caption: p.caption ?? '',
    report: disclosureCheck({
      text: p.caption ?? '',
      platform: profile.platform,
      jurisdictions,
      paidLabel: p.paidPartnership,
    }),
  }));
  return { kind: extraction.kind, profile, post, fit, scored: brief !== null, jurisdictions, checks };
}

function withPost(author: CreatorProfile, post: Post): CreatorProfile {
  const known = author.recentPosts.some((p) => (p.id && p.id === post.id) || (p.url && p.url === post.url));
  return known ? author : { ...author, recentPosts: [post, ...author.recentPosts] };
}

/** The roster's disclosure history entries for a save. */
export function disclosuresForRoster(assessment: Assessment): RosterEntry['disclosures'] {
  const checkedAt = new Date().toISOString();
  return assessment.checks.map((c) => ({ postUrl: c.postUrl, checkedAt, report: c.report }));
}

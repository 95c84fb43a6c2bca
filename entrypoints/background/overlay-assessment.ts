// Turns the overlay's page reading into what its card shows: the creator's fit against the brief
// and the disclosure verdicts of the captions the page let it see. Done here, in the background,
// so the content script on every creator page ships neither the scorer nor the disclosure checker;
// the deciding itself is the shared core's (fitScore, disclosureCheck).
import { z } from 'zod';
import { disclosureCheck } from '../../shared/disclosure';
import type { OverlayAssessment } from '../../shared/messages';
import type { Extraction } from '../../shared/platforms/contract';
import {
  EMPTY_LIVE_READING,
  type LiveMerge,
  type LiveReading,
  liveOnly,
  MAX_LIVE_POSTS,
  mergeLive,
} from '../../shared/platforms/live-reading';
import { isPlatformUrl, withCheckedUrls } from '../../shared/platforms/platform-urls';
import { samePost, sampleOf } from '../../shared/platforms/sample';
import { profileAfterSave } from '../../shared/roster/merge';
import type { CreatorRecord } from '../../shared/roster/records';
import type { Brief } from '../../shared/schemas/brief';
import type { Jurisdiction } from '../../shared/schemas/enums';
import {
  type CreatorProfile,
  CreatorProfileSchema,
  type Post,
  PostSchema,
} from '../../shared/schemas/profile';
import type { PastResults } from '../../shared/score/factors/context';
import { fitScore } from '../../shared/score/fit';
import { parseInput, RosterInputError } from './input';
import { fromRoster } from './roster-knowledge';

/** Recent-post captions checked on a profile page; the card lists them, so keep it short. */
const MAX_CAPTIONS = 6;

const ExtractionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('profile'), profile: CreatorProfileSchema }),
  z.object({ kind: z.literal('post'), post: PostSchema, author: CreatorProfileSchema }),
]);

/**
 * Checks a reading sent by a content script; the refusal names the bad fields. Addresses off the
 * creator's platform (a javascript: "post link") are dropped here, before anything shows or keeps them.
 */
export function parseExtraction(input: unknown): Extraction {
  const reading = parseInput(ExtractionSchema, input, 'The overlay sent a page reading Troupe cannot assess');
  if (reading.kind === 'profile') return { kind: 'profile', profile: withCheckedUrls(reading.profile) };
  const author = withCheckedUrls(reading.author);
  const post = isPlatformUrl(reading.post.url, author.platform)
    ? reading.post
    : { ...reading.post, url: null };
  return { kind: 'post', post, author };
}

const tagged = <T extends z.ZodType>(value: T) => z.object({ handle: z.string().max(200).nullable(), value });
const LiveSchema = z.object({
  profiles: z.array(tagged(CreatorProfileSchema)).max(8),
  posts: z.array(tagged(PostSchema)).max(MAX_LIVE_POSTS),
});

/**
 * What the card assesses: the page reading with what the web app's own answers added (both checked
 * here, as any page may forge the answers), or the answers alone when the page could not be read.
 */
export function readingToAssess(input: {
  extraction: unknown;
  live?: unknown;
  openHandle?: unknown;
}): LiveMerge {
  const live: LiveReading =
    input.live === undefined
      ? EMPTY_LIVE_READING
      : parseInput(LiveSchema, input.live, 'The overlay sent live readings Troupe cannot assess');
  const openHandle = typeof input.openHandle === 'string' ? input.openHandle : null;
  const merged =
    input.extraction === null
      ? liveOnly(live, openHandle)
      : mergeLive(parseExtraction(input.extraction), live);
  if (!merged) throw new RosterInputError('Nothing on this page names the creator yet');
  // The merge brings the answers' posts and links in: the same address checks as a page reading.
  return { ...merged, extraction: parseExtraction(merged.extraction) };
}

/** What the roster knows of the creator on the page: their saved record and logged collaborations. */
export interface RosterKnowledge {
  saved: CreatorRecord;
  past: PastResults | null;
}

export function assessOverlay(
  extraction: Extraction,
  brief: Brief | null,
  known: RosterKnowledge | null = null,
): OverlayAssessment {
  const post = extraction.kind === 'post' ? extraction.post : null;
  const profile =
    extraction.kind === 'post' ? withPost(extraction.author, extraction.post) : extraction.profile;
  // One score: a saved creator's card scores what the roster would keep after saving this reading,
  // as the roster scores it. `profile` stays the page reading: it is what Save sends.
  const scored = known ? profileAfterSave(known.saved, profile) : profile;
  // With no brief the core still measures tier, role, engagement and authenticity: worth showing
  // before the marketer has set a brief up. The page's scripts may read what its card is sent, so
  // the brief's excluded and caution terms and past results are counted there, never named.
  const fit = fitScore(scored, brief, { privateTerms: 'counted', past: known?.past });
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
  return {
    kind: extraction.kind,
    profile,
    post,
    fit,
    scored: brief !== null,
    jurisdictions,
    checks,
    fromRoster: known ? fromRoster(profile, scored, known.saved, known.past) : null,
    postSample: sampleOf(scored.recentPosts, profile.recentPosts),
  };
}

function withPost(author: CreatorProfile, post: Post): CreatorProfile {
  const known = author.recentPosts.some((p) => samePost(p, post));
  return known ? author : { ...author, recentPosts: [post, ...author.recentPosts] };
}

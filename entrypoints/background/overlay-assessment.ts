// Turns the overlay's page reading into what its card shows: the creator's fit against the brief
// and the disclosure verdicts of the captions the page let it see. Done here, in the background,
// so the content script on every creator page ships neither the scorer nor the disclosure checker;
// the deciding itself is the shared core's (fitScore, disclosureCheck).
import { z } from 'zod';
import { disclosureCheck } from '../../shared/disclosure';
import type { OverlayAssessment } from '../../shared/messages';
import type { Extraction } from '../../shared/platforms/contract';
import { isPlatformUrl, withCheckedUrls } from '../../shared/platforms/platform-urls';
import type { Brief } from '../../shared/schemas/brief';
import type { Jurisdiction } from '../../shared/schemas/enums';
import {
  type CreatorProfile,
  CreatorProfileSchema,
  type Post,
  PostSchema,
} from '../../shared/schemas/profile';
import { fitScore } from '../../shared/score/fit';
import { parseInput } from './input';

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

export function assessOverlay(extraction: Extraction, brief: Brief | null): OverlayAssessment {
  const post = extraction.kind === 'post' ? extraction.post : null;
  const profile =
    extraction.kind === 'post' ? withPost(extraction.author, extraction.post) : extraction.profile;
  // With no brief the core still measures tier, role, engagement and authenticity: worth showing
  // before the marketer has set a brief up. The page's scripts may read what its card is sent, so
  // the brief's excluded and caution terms are counted there, never named (the roster names them).
  const fit = fitScore(profile, brief, { privateTerms: 'counted' });
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

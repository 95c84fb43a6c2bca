// Authenticity proxies (docs/scoring.md, "Fake-follower signals"): flags with their reasons, never a
// verdict. Giveaways, shoutouts and one viral post trip the same wires as bought followers, so
// every flag says what else could explain it.
import type { Engagement, Flag } from '../schemas/fit';
import type { CreatorProfile } from '../schemas/profile';
import { median } from './engagement';
import { count, fixed, pct } from './format';

export const MASS_FOLLOWING = 1500;
/** Likes per comment outside this range is far from what similar accounts show. */
export const LIKES_PER_COMMENT = { low: 4, high: 300 } as const;
/** A median ER this many times outside its tier band is flagged. */
export const BAND_FACTOR = 3;

const SRF = 'SRF Data 2017, 7M followers';

export interface AuthenticityCheck {
  flags: Flag[];
  /** The proxies that had data to run on, for the factor's evidence. */
  checked: string[];
}

export function authenticityOf(profile: CreatorProfile, engagement: Engagement): AuthenticityCheck {
  const flags: Flag[] = [];
  const checked: string[] = [];
  const followers = profile.followers?.value ?? null;
  const following = profile.following?.value ?? null;
  const posts = profile.posts?.value ?? null;

  if (following !== null) {
    checked.push(`follows ${count(following)} accounts`);
    if (following > MASS_FOLLOWING) {
      flags.push({
        id: 'mass_following',
        label: 'Follows many accounts',
        reason: `Follows ${count(following)} accounts; over ${count(MASS_FOLLOWING)} is typical of follow-for-follow "mass follower" accounts, though some community accounts follow back widely.`,
        severity: 'warn',
      });
    }
    if (followers !== null && followers > 0) {
      const ratio = following / followers;
      checked.push(`following/followers ${fixed(ratio, 2)}`);
      if (ratio > 1 && following > 200) {
        flags.push({
          id: 'following_ratio',
          label: 'Follows more than follow back',
          reason: `Follows ${fixed(ratio, 1)}× as many accounts as follow it; the following/followers ratio is one of the strongest fake-follower features (${SRF}). New accounts can look like this too.`,
          severity: 'warn',
        });
      }
    }
    if (posts !== null) {
      const perPost = following / Math.max(posts, 1);
      checked.push(`following/posts ${fixed(perPost, 1)}`);
      if (perPost > 20 && following > 500) {
        flags.push({
          id: 'following_per_post',
          label: 'Follows many, posts little',
          reason: `Follows ${count(following)} accounts with ${count(posts)} posts; a high following/posts ratio is a strong fake-follower feature (${SRF}), or simply a new account.`,
          severity: 'info',
        });
      }
    }
  }

  const likesPerComment = likeCommentRatio(profile);
  if (likesPerComment !== null) {
    checked.push(`likes per comment ${likesPerComment === Infinity ? '∞' : fixed(likesPerComment, 0)}`);
    if (likesPerComment > LIKES_PER_COMMENT.high) {
      flags.push({
        id: 'like_comment_ratio',
        label: 'Few comments for the likes',
        reason: `${likesPerComment === Infinity ? 'No comments at all' : `About ${count(likesPerComment)} likes per comment`} on recent posts, far from similar accounts; bought likes look like this, and so do posts with comments limited.`,
        severity: 'warn',
      });
    } else if (likesPerComment < LIKES_PER_COMMENT.low) {
      flags.push({
        id: 'like_comment_ratio',
        label: 'Many comments for the likes',
        reason: `Only about ${fixed(likesPerComment, 1)} likes per comment; comment pods look like this, and so do giveaways ("comment to win").`,
        severity: 'info',
      });
    }
  }

  const { median: er, band } = engagement;
  if (er !== null && band) {
    checked.push(`engagement ${pct(er)} against ${pct(band.low)}–${pct(band.high)}`);
    if (er > band.high * BAND_FACTOR) {
      flags.push({
        id: 'er_above_band',
        label: 'Engagement far above its tier',
        reason: `Median engagement ${pct(er)} is over ${BAND_FACTOR}× the top of the tier band (${pct(band.high)}); a viral run or a giveaway can do this, and so can bought engagement.`,
        severity: 'warn',
      });
    } else if (er < band.low / BAND_FACTOR) {
      flags.push({
        id: 'er_below_band',
        label: 'Engagement far below its tier',
        reason: `Median engagement ${pct(er)} is under a third of the bottom of the tier band (${pct(band.low)}); an audience that no longer watches, or followers that were bought.`,
        severity: 'warn',
      });
    }
  }

  if (engagement.reach !== null && followers !== null && followers >= 10_000) {
    checked.push(`views per follower ${fixed(engagement.reach, 2)}`);
    if (engagement.reach < 0.01) {
      flags.push({
        id: 'low_reach',
        label: 'Few views for the followers',
        reason: `Recent posts reach a median of ${pct(engagement.reach)} of followers in views; the audience may be inactive or inflated.`,
        severity: 'info',
      });
    }
  }
  return { flags, checked };
}

/** Posts showing likes and comments that the likes-per-comment proxy needs. */
export const LIKE_COMMENT_POSTS = 3;

/** Median likes per comment over posts that show both; Infinity when comments are all zero. */
export function likeCommentRatio(profile: CreatorProfile): number | null {
  const ratios: number[] = [];
  let likesWithoutComments = 0;
  for (const post of profile.recentPosts) {
    const likes = post.likes?.value;
    const comments = post.comments?.value;
    if (likes == null || comments == null || likes <= 0) continue;
    if (comments === 0) likesWithoutComments++;
    ratios.push(comments === 0 ? Infinity : likes / comments);
  }
  if (ratios.length < LIKE_COMMENT_POSTS) return null;
  // Zero comments on small posts is normal; only many likes and never a comment is a signal.
  if (likesWithoutComments === ratios.length) {
    const total = profile.recentPosts.reduce((sum, p) => sum + (p.likes?.value ?? 0), 0);
    return total / ratios.length >= 100 ? Infinity : null;
  }
  return median(ratios);
}

// Conformance on real captured pages: every non-null fact in ../shared/fixtures/pages/TRUTH.json
// is compared with what the adapters extract. Those pages are never copied into the repo; when
// ../shared is absent this test says so and skips.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../shared/platforms/contract';
import { extractJson, extractPage } from '../../../shared/platforms/index';
import type { Count, Post } from '../../../shared/schemas/profile';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const pagesDir = path.resolve(repoRoot, '../shared/fixtures/pages');
const truthFile = path.join(pagesDir, 'TRUTH.json');
const present = existsSync(truthFile);

type Truth = Record<string, unknown> & {
  file: string;
  kind: 'profile' | 'post';
  url: string | null;
  extra?: Record<string, unknown>;
  recentPosts?: { visible: number; first: Record<string, unknown>[] };
};

/** The TRUTH facts of one recent post, keyed like the other fields ("recentPosts[0].views"). */
const RECENT_POST_FIELDS = [
  'id',
  'views',
  'likes',
  'comments',
  'viewsDisplay',
  'likesDisplay',
  'commentsDisplay',
  'viewsApprox',
  'likesApprox',
  'commentsApprox',
  'pinned',
  'postedDisplay',
] as const;

function recentPostFields(post: Post | undefined): Record<string, unknown> {
  if (!post) return {};
  return {
    id: post.id,
    views: exactOf(post.views),
    likes: exactOf(post.likes),
    comments: exactOf(post.comments),
    viewsDisplay: post.views?.display ?? null,
    likesDisplay: post.likes?.display ?? null,
    commentsDisplay: post.comments?.display ?? null,
    viewsApprox: approxOf(post.views),
    likesApprox: approxOf(post.likes),
    commentsApprox: approxOf(post.comments),
    pinned: post.pinned,
    postedDisplay: post,
  };
}

/**
 * A post's date as TRUTH shows it: a timestamp must be the same instant; relative text ("hace 2 días",
 * "3 weeks ago") must have been turned into an approximate date.
 */
function samePostedAt(want: unknown, post: Post | null): boolean {
  if (typeof want !== 'string' || !post) return false;
  const instant = Date.parse(want);
  if (/^\d{4}-\d{2}-\d{2}/.test(want) && Number.isFinite(instant)) {
    return post.postedAt !== null && Date.parse(post.postedAt) === instant;
  }
  return post.postedAt !== null && post.postedAtPrecision === 'approximate';
}

const exactOf = (c: Count | null | undefined) => (c?.exact ? c.value : null);
const approxOf = (c: Count | null | undefined) => (c && !c.exact ? c.value : null);

/** How each TRUTH field reads from an extraction (profile pages and post pages). */
function actualFields(x: Extraction): Record<string, unknown> {
  if (x.kind === 'profile') {
    const p = x.profile;
    return {
      url: p.url,
      handle: p.handle,
      displayName: p.displayName,
      followers: exactOf(p.followers),
      followersDisplay: p.followers?.display ?? null,
      following: exactOf(p.following),
      postsCount: exactOf(p.posts),
      verified: p.verified,
      bio: p.bio,
      links: p.links,
      category: p.category,
      'extra.urlDerived': p.url,
      'extra.postsCountDisplay': p.posts?.display ?? null,
      'extra.followersApprox': approxOf(p.followers),
      recentPosts: p.recentPosts,
    };
  }
  const { post, author } = x;
  return {
    url: post.url,
    authorHandle: post.authorHandle,
    caption: post.caption,
    likes: exactOf(post.likes),
    comments: exactOf(post.comments),
    views: exactOf(post.views),
    postedAt: post.postedAt,
    paidPartnership: post.paidPartnership,
    mentionedAccounts: post.mentions,
    hashtags: post.hashtags,
    'extra.urlDerived': post.url,
    'extra.postId': post.id,
    'extra.authorName': author.displayName,
    'extra.authorVerified': author.verified,
    'extra.authorFollowers': exactOf(author.followers),
    'extra.authorFollowersDisplay': author.followers?.display ?? null,
    'extra.authorFollowersApprox': approxOf(author.followers),
    'extra.authorPostsCount': exactOf(author.posts),
    'extra.likesDisplay': post.likes?.display ?? null,
    'extra.viewsDisplay': post.views?.display ?? null,
    'extra.commentsDisplay': post.comments?.display ?? null,
    'extra.likesApprox': approxOf(post.likes),
    'extra.viewsApprox': approxOf(post.views),
    'extra.shares': exactOf(post.shares),
  };
}

const PROFILE_FIELDS = [
  'url',
  'handle',
  'displayName',
  'followers',
  'followersDisplay',
  'following',
  'postsCount',
  'verified',
  'bio',
  'links',
  'category',
];
const POST_FIELDS = [
  'url',
  'authorHandle',
  'caption',
  'likes',
  'comments',
  'views',
  'postedAt',
  'paidPartnership',
  'mentionedAccounts',
  'hashtags',
];
const EXTRA_FIELDS = {
  profile: ['urlDerived', 'postsCountDisplay', 'followersApprox'],
  post: [
    'urlDerived',
    'postId',
    'authorName',
    'authorVerified',
    'authorFollowers',
    'authorFollowersDisplay',
    'authorFollowersApprox',
    'likesDisplay',
    'viewsDisplay',
    'commentsDisplay',
    'likesApprox',
    'viewsApprox',
    'shares',
  ],
};

function same(field: string, want: unknown, got: unknown): boolean {
  if (field.endsWith('.postedDisplay')) return samePostedAt(want, got as Post | null);
  // A profile's links are a set: the order the page lists them in carries no meaning.
  if (field === 'links' && Array.isArray(want) && Array.isArray(got)) {
    return want.length === got.length && want.every((w) => got.includes(w));
  }
  return JSON.stringify(want) === JSON.stringify(got);
}

/**
 * Twitch GraphQL answers never name the page they were loaded for (ChannelRoot_AboutPanel carries
 * no login): like the live page and `troupe extract --url`, they are read with that page's URL.
 */
const readAtDerivedUrl = (truth: Truth) =>
  truth.file.startsWith('twitch/') && truth.file.endsWith('.json') && truth.url === null;

function extractFile(truth: Truth): Extraction {
  const text = readFileSync(path.join(pagesDir, truth.file), 'utf8');
  if (truth.file.endsWith('.json')) {
    const at = truth.url ?? (readAtDerivedUrl(truth) ? String(truth.extra?.urlDerived) : null);
    return extractJson(JSON.parse(text), at ? new URL(at) : undefined);
  }
  // A saved page is opened at the address it was captured from.
  const at = truth.url ?? String(truth.extra?.urlDerived);
  return extractPage(parseHTML(text).document as unknown as Document, new URL(at));
}

describe('platform adapters on real captured pages (../shared/fixtures/pages)', () => {
  it.skipIf(!present)(
    'extract at least 98% of the TRUTH.json fields right',
    () => {
      const truths = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth[];
      let right = 0;
      let total = 0;
      const misses: string[] = [];
      for (const truth of truths) {
        let actual: Record<string, unknown> = {};
        try {
          actual = actualFields(extractFile(truth));
        } catch (error) {
          misses.push(`${truth.file}: extraction failed: ${(error as Error).message}`);
        }
        const givenUrl = (!truth.file.endsWith('.json') && truth.url === null) || readAtDerivedUrl(truth);
        const fields: (readonly [string, unknown])[] = [
          ...(truth.kind === 'profile' ? PROFILE_FIELDS : POST_FIELDS).map((f) => [f, truth[f]] as const),
          ...EXTRA_FIELDS[truth.kind]
            // The derived URL was handed to the extractor for a page with no URL of its own.
            .filter((f) => !(f === 'urlDerived' && givenUrl))
            .map((f) => [`extra.${f}`, truth.extra?.[f]] as const),
        ];
        // The creator's own recent posts: how many the file carries, then the first three in file order.
        if (truth.kind === 'profile' && truth.recentPosts) {
          const posts = (actual['recentPosts'] as Post[] | undefined) ?? [];
          fields.push(['recentPosts.visible', truth.recentPosts.visible]);
          actual['recentPosts.visible'] = posts.length;
          truth.recentPosts.first.forEach((want, i) => {
            const got = recentPostFields(posts[i]);
            for (const f of RECENT_POST_FIELDS) {
              fields.push([`recentPosts[${i}].${f}`, want[f]]);
              actual[`recentPosts[${i}].${f}`] = got[f];
            }
          });
        }
        for (const [field, want] of fields) {
          if (want === null || want === undefined) continue;
          total++;
          const got = actual[field] ?? null;
          if (same(field, want, got)) right++;
          else
            misses.push(
              `${truth.file} ${field}: want ${JSON.stringify(want)?.slice(0, 160)} got ${JSON.stringify(got)?.slice(0, 160)}`,
            );
        }
      }
      const pct = (100 * right) / total;
      const postMisses = misses.filter((m) => m.includes(' recentPosts')).length;
      console.log(`conformance: ${postMisses} of the misses are about recent posts`);
      console.log(
        `conformance: ${right}/${total} fields right (${pct.toFixed(1)}%) over ${truths.length} real pages`,
      );
      if (misses.length) console.log(`misses:\n  ${misses.join('\n  ')}`);
      expect(pct).toBeGreaterThanOrEqual(98);
    },
    120_000,
  );
});

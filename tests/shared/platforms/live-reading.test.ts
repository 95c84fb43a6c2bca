// The merge of the page reading with the web app's API answers: answers add posts and fill what the
// page lacks, never overwrite what it observed, never mix in another creator, and stay bounded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newPost, newProfile } from '../../../shared/platforms/blank-records';
import type { ApiReading, Extraction } from '../../../shared/platforms/contract';
import {
  addApiReading,
  EMPTY_LIVE_READING,
  type LiveReading,
  liveOnly,
  MAX_LIVE_POSTS,
  mergeLive,
} from '../../../shared/platforms/live-reading';
import { twitch } from '../../../shared/platforms/twitch';
import type { Count, Post } from '../../../shared/schemas/profile';

const exact = (value: number): Count => ({ value, display: null, exact: true });
const rounded = (value: number, display: string): Count => ({ value, display, exact: false });

function post(id: string, fields: Partial<Post> = {}): Post {
  return {
    ...newPost(),
    id,
    url: `https://x.com/XDevelopers/status/${id}`,
    authorHandle: 'XDevelopers',
    ...fields,
  };
}

function pageReading(posts: Post[] = []): Extraction {
  const profile = newProfile('x', 'XDevelopers', 'https://x.com/XDevelopers');
  profile.followers = rounded(1_200_000, '1.2M');
  profile.bio = 'From the page';
  profile.sources = { followers: 'dom:followers', bio: 'dom:bio' };
  profile.recentPosts = posts;
  return { kind: 'profile', profile };
}

function answer(
  handle: string | null,
  posts: Post[],
  profileFields: Record<string, unknown> | null = null,
): ApiReading {
  if (!profileFields) return { handle, profile: null, posts };
  const profile = {
    ...newProfile('x', handle ?? 'unknown', `https://x.com/${handle}`),
    ...profileFields,
    recentPosts: posts,
  };
  return { handle, profile, posts };
}

const ids = (e: Extraction) => (e.kind === 'profile' ? e.profile : e.author).recentPosts.map((p) => p.id);

describe('addApiReading', () => {
  it('accumulates posts across answers (two scroll pages give their union), once per id', () => {
    let live: LiveReading = EMPTY_LIVE_READING;
    live = addApiReading(live, answer('XDevelopers', [post('1'), post('2')]), 'xdevelopers');
    live = addApiReading(live, answer('xdevelopers', [post('2'), post('3')]), 'XDevelopers');
    expect(live.posts.map((p) => p.value.id)).toEqual(['1', '2', '3']);
  });

  it('drops an answer about another creator than the open page, and returns the same object when nothing is added', () => {
    const live = addApiReading(EMPTY_LIVE_READING, answer('XDevelopers', [post('1')]), 'XDevelopers');
    expect(addApiReading(live, answer('elonmusk', [post('9')], { followers: exact(1) }), 'XDevelopers')).toBe(
      live,
    );
    expect(addApiReading(live, answer('XDevelopers', [post('1')]), 'XDevelopers')).toBe(live);
    // A post with neither id nor URL cannot be deduplicated: left out.
    expect(addApiReading(live, answer(null, [{ ...newPost() }]), 'XDevelopers')).toBe(live);
  });

  it(`keeps at most ${MAX_LIVE_POSTS} posts however many answers arrive`, () => {
    let live: LiveReading = EMPTY_LIVE_READING;
    for (let page = 0; page < 10; page++)
      live = addApiReading(
        live,
        answer(
          null,
          Array.from({ length: 20 }, (_, i) => post(`${page}-${i}`)),
        ),
        null,
      );
    expect(live.posts).toHaveLength(MAX_LIVE_POSTS);
    expect(live.posts[0]?.value.id).toBe('0-0');
  });
});

describe('mergeLive', () => {
  it('adds the answers’ posts to the page’s and counts them', () => {
    const live = addApiReading(
      EMPTY_LIVE_READING,
      answer('XDevelopers', [post('2'), post('3')]),
      'XDevelopers',
    );
    const { extraction, livePosts } = mergeLive(pageReading([post('1'), post('2')]), live);
    expect(ids(extraction)).toEqual(['1', '2', '3']);
    expect(livePosts).toBe(1);
  });

  it('fills only what the page lacks: an answer never overwrites an observed figure', () => {
    const forged = answer('XDevelopers', [post('1', { likes: exact(999_999), comments: exact(5) })], {
      followers: exact(99_000_000),
      bio: 'Forged',
      displayName: 'X Developers',
      verified: true,
    });
    const live = addApiReading(EMPTY_LIVE_READING, forged, 'XDevelopers');
    const { extraction } = mergeLive(pageReading([post('1', { likes: exact(10) })]), live);
    if (extraction.kind !== 'profile') throw new Error('profile expected');
    const { profile } = extraction;
    expect(profile.followers).toEqual(rounded(1_200_000, '1.2M'));
    expect(profile.bio).toBe('From the page');
    expect(profile.displayName).toBe('X Developers');
    expect(profile.verified).toBe(true);
    expect(profile.sources.followers).toBe('dom:followers');
    expect(profile.handle).toBe('XDevelopers');
    expect(profile.recentPosts[0]?.likes).toEqual(exact(10));
    expect(profile.recentPosts[0]?.comments).toEqual(exact(5));
  });

  it('leaves out readings about someone else kept before the creator was known', () => {
    let live = addApiReading(EMPTY_LIVE_READING, answer('someoneelse', [post('8')], { bio: 'Other' }), null);
    live = addApiReading(live, answer(null, [post('3')]), null);
    const { extraction } = mergeLive(pageReading([post('1')]), live);
    expect(ids(extraction)).toEqual(['1', '3']);
    expect(extraction.kind === 'profile' && extraction.profile.bio).toBe('From the page');
  });

  it('on a post page fills the open post and adds the other posts to its author', () => {
    const page = pageReading();
    const reading: Extraction = {
      kind: 'post',
      post: post('1', { views: rounded(1_500_000, '1.5M') }),
      author: page.kind === 'profile' ? page.profile : page.author,
    };
    const live = addApiReading(
      EMPTY_LIVE_READING,
      answer('XDevelopers', [post('1', { views: exact(1_545_374), likes: exact(20) }), post('2')]),
      'XDevelopers',
    );
    const { extraction } = mergeLive(reading, live);
    if (extraction.kind !== 'post') throw new Error('post expected');
    expect(extraction.post.views).toEqual(rounded(1_500_000, '1.5M'));
    expect(extraction.post.likes).toEqual(exact(20));
    expect(extraction.author.recentPosts.map((p) => p.id)).toEqual(['1', '2']);
  });

  it('returns the page reading itself when the answers add nothing about this creator', () => {
    const page = pageReading([post('1')]);
    expect(mergeLive(page, EMPTY_LIVE_READING).extraction).toBe(page);
  });
});

describe('liveOnly', () => {
  it('reads the creator from the answers when the page could not be read, only for the creator the URL names', () => {
    const live = addApiReading(
      EMPTY_LIVE_READING,
      answer('XDevelopers', [post('1')], { followers: exact(500_000) }),
      null,
    );
    const merged = liveOnly(live, 'xdevelopers');
    expect(merged?.extraction.kind === 'profile' && merged.extraction.profile.followers).toEqual(
      exact(500_000),
    );
    expect(merged && ids(merged.extraction)).toEqual(['1']);
    expect(liveOnly(live, 'someoneelse')).toBeNull();
    expect(liveOnly(live, null)).toBeNull();
  });
});

describe('a stream live right now (Twitch ChannelShell and StreamMetadata, our own batch)', () => {
  const batch = readFileSync(
    path.resolve(import.meta.dirname, '../../fixtures/api/twitch/gql-batch-channel.json'),
    'utf8',
  );
  const pageUrl = new URL('https://www.twitch.tv/lenamakes');
  const gql = new URL('https://gql.twitch.tv/gql');
  const channelPage = (): Extraction => {
    const profile = newProfile('twitch', 'lenamakes', 'https://www.twitch.tv/lenamakes');
    profile.displayName = 'LenaMakes';
    return { kind: 'profile', profile };
  };
  const read = (text: string) => {
    const reading = twitch.readApiAnswer(JSON.parse(text), gql, pageUrl);
    return reading ? addApiReading(EMPTY_LIVE_READING, reading, 'lenamakes') : EMPTY_LIVE_READING;
  };
  const merged = (live: LiveReading) => {
    const e = mergeLive(channelPage(), live).extraction;
    return e.kind === 'profile' ? e.profile : e.author;
  };

  it('survives the merge: viewers at this moment, when it started, its title and where it was read', () => {
    const profile = merged(read(batch));
    expect(profile.live).toEqual({
      viewers: { value: 1204, display: null, exact: true },
      startedAt: '2026-05-21T08:02:11Z',
      title: 'Throwing the big batch, Q&A',
    });
    expect(profile.sources.live).toMatch(/^json:(ChannelShell|StreamMetadata)\./);
    // Concurrent viewers are neither followers nor any post's views.
    expect(profile.followers?.value).toBe(12403);
    expect(profile.recentPosts.map((p) => p.views?.value)).not.toContain(1204);
  });

  it('keeps only the open creator’s stream: another channel’s, read before the page named its creator, is dropped', () => {
    const elsewhere = twitch.readApiAnswer(
      JSON.parse(batch.replaceAll('lenamakes', 'othercreator')),
      gql,
      new URL('https://www.twitch.tv/othercreator'),
    );
    expect(elsewhere?.profile?.live?.viewers?.value).toBe(1204);
    expect(addApiReading(EMPTY_LIVE_READING, elsewhere!, 'lenamakes')).toBe(EMPTY_LIVE_READING);
    const kept = addApiReading(EMPTY_LIVE_READING, elsewhere!, null);
    expect(merged(kept).live ?? null).toBeNull();
  });

  it('takes the viewers of the latest answer (they change while the stream runs), keeping the start and title', () => {
    let live = read(batch);
    const later = twitch.readApiAnswer(
      JSON.parse(batch.replaceAll('"viewersCount": 1204', '"viewersCount": 1388')),
      gql,
      pageUrl,
    );
    live = addApiReading(live, later!, 'lenamakes');
    expect(merged(live).live).toMatchObject({
      viewers: { value: 1388 },
      title: 'Throwing the big batch, Q&A',
    });
  });

  it('never replaces a stream the page itself showed', () => {
    const page = channelPage();
    if (page.kind !== 'profile') throw new Error('profile page');
    page.profile.live = { viewers: rounded(1200, '1.2K'), startedAt: null, title: null };
    page.profile.sources.live = 'dom:viewer count';
    const e = mergeLive(page, read(batch)).extraction;
    expect(e.kind === 'profile' && e.profile.live?.viewers?.display).toBe('1.2K');
  });

  it('is absent when the channel is not live', () => {
    const offline = JSON.parse(batch) as { data: Record<string, { stream?: unknown }> }[];
    for (const op of offline) for (const user of Object.values(op.data)) if (user) user.stream = null;
    expect(merged(read(JSON.stringify(offline))).live ?? null).toBeNull();
  });
});

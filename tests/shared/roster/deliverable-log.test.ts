import { describe, expect, it } from 'vitest';
import type { Collaboration } from '../../../shared/roster/collaboration';
import { deliverableMatch, logDeliverable } from '../../../shared/roster/deliverable-log';
import type { Post } from '../../../shared/schemas/profile';
import { postWith } from '../score/make-profile';
import { collaborationWith, deliverableWith } from './collaborations';
import { disclosure } from './creators';

const collab = (id: string, over: Partial<Collaboration> = {}): Collaboration => ({
  id,
  ...collaborationWith(over),
});
const post = (caption: string, over: Partial<Post> = {}) =>
  postWith({ caption, hashtags: [], mentions: [], ...over });

describe('deliverableMatch', () => {
  const spring = collab('spring', {
    date: '2025-03-01',
    promoCodes: ['AMI10'],
    trackingLinks: ['https://terra.example/r/ami'],
  });
  const autumn = collab('autumn', { date: '2025-10-01', promoCodes: ['AMIFALL'], trackingLinks: [] });

  it('ties a post to the collaboration whose code or link its caption carries', () => {
    expect(deliverableMatch(post('Use ami10 for 10% off!'), [autumn, spring], '')).toEqual({
      collaboration: spring,
      matched: 'code AMI10',
    });
    expect(deliverableMatch(post('Shop: terra.example/r/ami'), [autumn, spring], '')?.matched).toBe(
      'link terra.example/r/ami',
    );
    expect(deliverableMatch(post('code AMIFALL'), [spring, autumn], '')?.collaboration.id).toBe('autumn');
  });

  it('a code inside another word is no match; the brand’s handle or hashtag ties it to the newest', () => {
    expect(deliverableMatch(post('KAMI100 is my cat'), [spring], '')).toBeNull();
    expect(
      deliverableMatch(post('Out on the trail with @terramats'), [spring, autumn], 'Terra Mats'),
    ).toEqual({
      collaboration: autumn,
      matched: '@terramats',
    });
    expect(
      deliverableMatch(post('morning', { hashtags: ['TerraMats'] }), [spring], 'Terra Mats')?.matched,
    ).toBe('#terramats');
    expect(deliverableMatch(post('@terramatsfan'), [spring], 'Terra Mats')).toBeNull();
    expect(deliverableMatch(post('@terramats'), [], 'Terra Mats')).toBeNull();
  });
});

describe('logDeliverable', () => {
  const url = 'https://www.instagram.com/p/ABC/';
  const counts = (views: number, likes: number) => ({
    views: { value: views, display: null, exact: true },
    likes: { value: likes, display: null, exact: true },
  });
  let ids = 0;
  const newId = () => `new-${++ids}`;

  it('fills the first planned deliverable, then a later visit adds a capture and keeps the history', () => {
    const c = collab('c', { deliverables: [deliverableWith({ id: 'reel', description: '1 reel' })] });
    const visit = (
      on: Collaboration,
      caption: string,
      over: Partial<Post>,
      verdict: 'missing' | 'disclosed',
      at: string,
    ) =>
      logDeliverable(
        on,
        {
          post: { ...post(caption, over), url },
          platform: 'instagram',
          report: disclosure(verdict, url).report,
          at,
        },
        newId,
      );
    const first = visit(
      c,
      'AMI10',
      { postedAt: '2025-11-18', ...counts(1_000, 80) },
      'missing',
      '2025-11-19T10:00:00Z',
    );
    expect(first.updated).toBe(false);
    expect(first.collaboration.deliverables).toHaveLength(1);
    expect(first.deliverable).toMatchObject({
      id: 'reel',
      description: '1 reel',
      status: 'posted',
      postUrl: url,
      postedAt: '2025-11-18',
      captures: [{ at: '2025-11-19T10:00:00Z', views: 1_000, likes: 80 }],
    });
    expect(first.deliverable.disclosure?.report.verdict).toBe('missing');
    const again = visit(
      first.collaboration,
      'AMI10 #ad',
      counts(5_000, 300),
      'disclosed',
      '2025-11-25T10:00:00Z',
    );
    expect(again.updated).toBe(true);
    expect(again.collaboration.deliverables).toHaveLength(1);
    expect(again.deliverable.captures.map((x) => x.views)).toEqual([1_000, 5_000]);
    expect(again.deliverable.postedAt).toBe('2025-11-18');
    expect(again.deliverable.disclosure?.report.verdict).toBe('disclosed');
  });

  it('adds a new deliverable when none is planned on that platform', () => {
    const c = collab('c', { deliverables: [deliverableWith({ id: 'tt', platform: 'tiktok' })] });
    const logged = logDeliverable(
      c,
      { post: { ...post('x'), url }, platform: 'instagram', report: null, at: 't' },
      newId,
    );
    expect(logged.collaboration.deliverables.map((d) => d.id)).toEqual(['tt', logged.deliverable.id]);
    expect(logged.deliverable).toMatchObject({ platform: 'instagram', status: 'posted', disclosure: null });
  });
});

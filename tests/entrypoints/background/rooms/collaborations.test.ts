import { beforeEach, describe, expect, it } from 'vitest';
import { createRosterService } from '../../../../entrypoints/background/roster-service';
import { scoring } from '../../../../entrypoints/background/scoring';
import { admit, callerOf } from '../../../../entrypoints/background/sender-policy';
import { type RosterApi, type RosterRequest, TROUPE } from '../../../../shared/messages';
import type { Extraction } from '../../../../shared/platforms/contract';
import { collaborationWith, deliverableWith } from '../../../shared/roster/collaborations';
import { profile } from '../../../shared/roster/creators';
import { postWith } from '../../../shared/score/make-profile';
import { freshRosterDbs } from '../support/fresh-roster-db';

const freshDb = freshRosterDbs('collab-test');
let roster: RosterApi;
let clock = Date.parse('2025-11-19T10:00:00Z');

const postUrl = 'https://www.instagram.com/p/DELIV1/';
const author = profile({ handle: 'runwithami' });
const reading = (caption: string, views: number): Extraction => ({
  kind: 'post',
  author,
  post: postWith({
    url: postUrl,
    authorHandle: 'runwithami',
    caption,
    format: 'video',
    views: { value: views, display: null, exact: true },
    postedAt: '2025-11-18T08:00:00Z',
    hashtags: [],
    mentions: [],
  }),
});

beforeEach(async () => {
  roster = createRosterService({ db: await freshDb(), scoring, now: () => new Date((clock += 86_400_000)) });
  await roster['brief.save']({
    brief: {
      id: 'b',
      name: 'Terra',
      brand: 'Terra Mats',
      purpose: 'distribution',
      jurisdictions: ['US', 'UK'],
    },
    activate: true,
  });
  await roster['roster.save']({ profile: author, fit: null });
  await roster['roster.addCollaboration'](
    collaborationWith({
      key: 'instagram:runwithami',
      promoCodes: ['AMI10'],
      deliverables: [deliverableWith()],
    }),
  );
});
describe('Log as deliverable', () => {
  it('the card is offered it on a post carrying the code, and logging puts the post, figures and verdict on the collaboration', async () => {
    const { deliverable: offer } = await roster['overlay.assess']({
      extraction: reading('Trail shoes I love, code AMI10 for 10% off', 1_200),
    });
    expect(offer).toMatchObject({ campaign: 'Summer trails', matched: 'code AMI10', logged: false });
    const first = await roster['collaborations.logDeliverable']({
      extraction: reading('Trail shoes I love, code AMI10 for 10% off', 1_200),
    });
    expect(first.updated).toBe(false);
    expect(first.deliverable).toMatchObject({ status: 'posted', postUrl, captures: [{ views: 1_200 }] });
    // A discount code with nothing disclosing it: missing under the brief's jurisdictions.
    expect(first.deliverable.disclosure?.report.verdict).toBe('missing');
    expect(first.deliverable.disclosure?.report.byJurisdiction.map((j) => j.jurisdiction).sort()).toEqual([
      'UK',
      'US',
    ]);

    const again = await roster['collaborations.logDeliverable']({
      extraction: reading('#ad code AMI10', 9_000),
    });
    expect(again.updated).toBe(true);
    const [stored] = await roster['collaborations.list']({});
    expect(stored!.deliverables).toHaveLength(1);
    expect(stored!.deliverables[0]!.captures.map((c) => c.views)).toEqual([1_200, 9_000]);
    expect(
      (await roster['overlay.assess']({ extraction: reading('code AMI10', 9_000) })).deliverable?.logged,
    ).toBe(true);
  });

  it('nothing is offered or logged for a post with no code, link or brand tag, or a creator not in the roster', async () => {
    expect(
      (await roster['overlay.assess']({ extraction: reading('Morning loop', 10) })).deliverable,
    ).toBeNull();
    await expect(
      roster['collaborations.logDeliverable']({ extraction: reading('Morning loop', 10) }),
    ).rejects.toThrow(/none of the creator's codes/);
    const stranger = {
      ...reading('code AMI10', 10),
      author: profile({ handle: 'someoneelse' }),
    } as Extraction;
    await expect(roster['collaborations.logDeliverable']({ extraction: stranger })).rejects.toThrow(
      /roster first/,
    );
  });

  it('a content script may ask only for the post open in its own tab', () => {
    const request = (extraction: Extraction): RosterRequest =>
      ({ troupe: TROUPE, method: 'collaborations.logDeliverable', input: { extraction } }) as RosterRequest;
    const caller = callerOf(
      { id: 'ext', url: `${postUrl}?img_index=1`, tab: { id: 3 } },
      'ext',
      'chrome-extension://ext/',
    );
    expect('request' in admit(request(reading('AMI10', 1)), caller)).toBe(true);
    const other = {
      ...reading('AMI10', 1),
      post: { ...(reading('AMI10', 1) as { post: object }).post, url: 'https://www.instagram.com/p/OTHER/' },
    };
    expect(admit(request(other as Extraction), caller)).toEqual({
      refused: 'Troupe refuses "collaborations.logDeliverable" from a page for a post other than its own',
    });
  });

  it('past collaborations’ signups count for role fit when the roster scores the creator', async () => {
    const fit = await roster['roster.scoreAgainst']({ key: 'instagram:runwithami', briefId: 'b' });
    const roleFit = fit.factors.find((f) => f.id === 'roleFit')!;
    expect(roleFit.evidence).toContain('distribution: 31 conversions from 1 past collaboration');
  });
});

import { describe, expect, it } from 'vitest';
import { confirmClaim, confirmedClaims, dismissClaim } from '../../../shared/roster/claims';
import { EMPTY_FILTER, rowMatcher } from '../../../shared/roster/filter';
import { mergeApplicant, mergeImported, mergeSave } from '../../../shared/roster/merge';
import type { Applicant, CreatorRecord } from '../../../shared/roster/records';
import { rosterRow } from '../../../shared/roster/row';
import { withStatus } from '../../../shared/roster/status';
import { profile } from './creators';

const page = profile({ handle: 'trail_ana', followers: { value: 21_300, display: '21.3K', exact: false } });
const typed = profile({
  handle: 'trail_ana',
  selfReported: true,
  followers: { value: 50_000, display: null, exact: false },
});

function application(id: string, name: string, receivedAt = `2025-11-0${id}T09:00:00.000Z`): Applicant {
  return {
    applicationId: id,
    name,
    email: `${name.toLowerCase()}@example.com`,
    country: 'CA',
    pitch: `I am ${name}`,
    niches: ['running'],
    samples: [],
    rates: null,
    languages: ['en'],
    receivedAt,
  };
}

const saved = mergeSave(undefined, { profile: page, fit: null }, '2025-10-01T00:00:00.000Z');
/** The saved creator with Ana's and Eve's applications waiting. */
function withClaims(record: CreatorRecord = saved): CreatorRecord {
  const ana = mergeApplicant(record, typed, null, application('1', 'Ana'), '2025-11-01T09:00:00.000Z');
  return mergeApplicant(ana, typed, null, application('2', 'Eve'), '2025-11-02T09:00:00.000Z');
}

describe('the marketer confirms a claim', () => {
  it('makes it the applicant, moves a prospect to applied and records the decision with its time', () => {
    const confirmed = confirmClaim(withClaims(), '1', 'marketer', '2025-11-05T12:00:00.000Z');
    expect(confirmed.applicant).toMatchObject({ applicationId: '1', name: 'Ana', claimedFollowers: 50_000 });
    expect(confirmed.status).toBe('applied');
    expect(confirmed.statusHistory.at(-1)).toEqual({ status: 'applied', at: '2025-11-05T12:00:00.000Z' });
    expect(confirmed.claims?.map((c) => c.applicationId)).toEqual(['2']);
    expect(confirmed.claimDecisions).toEqual([
      {
        claim: expect.objectContaining({ applicationId: '1' }),
        decision: 'confirmed',
        by: 'marketer',
        at: '2025-11-05T12:00:00.000Z',
      },
    ]);
    // What the page showed is untouched: a claim's figures never replace it.
    expect(confirmed.profile).toEqual(saved.profile);
  });

  it('leaves an active creator active', () => {
    const active = withClaims(withStatus(saved, 'active', '2025-10-02T00:00:00.000Z'));
    expect(confirmClaim(active, '2', 'marketer', 'T').status).toBe('active');
  });

  it('keeps the applicant it replaces among the decided claims, contact details and all', () => {
    const first = mergeApplicant(undefined, typed, null, application('1', 'Ana'), 'T0');
    const contested = mergeApplicant(first, typed, null, application('2', 'Eve'), 'T1');
    const confirmed = confirmClaim(contested, '2', 'marketer', 'T2');
    expect(confirmed.applicant?.name).toBe('Eve');
    expect(confirmed.claimDecisions?.map((d) => [d.claim.email, d.decision])).toEqual([
      ['ana@example.com', 'replaced'],
      ['eve@example.com', 'confirmed'],
    ]);
  });

  it('changes nothing for an application that is not pending', () => {
    const pending = withClaims();
    expect(confirmClaim(pending, 'nope', 'marketer', 'T')).toBe(pending);
    expect(dismissClaim(pending, 'nope', 'T')).toBe(pending);
  });
});

describe('the marketer dismisses a claim', () => {
  it('takes it off the pending list, keeps it with the time, and the same application imported again stays dismissed', () => {
    const dismissed = dismissClaim(withClaims(), '2', '2025-11-06T08:00:00.000Z');
    expect(dismissed.claims?.map((c) => c.applicationId)).toEqual(['1']);
    expect(dismissed.claimDecisions).toEqual([
      {
        claim: expect.objectContaining({ applicationId: '2', email: 'eve@example.com', pitch: 'I am Eve' }),
        decision: 'dismissed',
        by: 'marketer',
        at: '2025-11-06T08:00:00.000Z',
      },
    ]);
    expect(dismissed.status).toBe('prospect');
    expect(dismissed.applicant).toBeNull();
    const again = mergeApplicant(dismissed, typed, null, application('2', 'Eve'), 'T9');
    expect(again.claims?.map((c) => c.applicationId)).toEqual(['1']);
    // A new application from the same person is new information: it waits again.
    const anew = mergeApplicant(dismissed, typed, null, application('3', 'Eve'), 'T9');
    expect(anew.claims?.map((c) => c.applicationId)).toEqual(['1', '3']);
  });
});

describe("the creator's page confirms claims", () => {
  it('oldest first, so the newest confirmed one is the applicant and the earlier one is kept as replaced', () => {
    const both = withClaims();
    const vouched = { ...page, bio: 'Bookings: ana@example.com or eve@example.com' };
    const seen = confirmedClaims(both, vouched, 'T5');
    expect(seen.applicant?.applicationId).toBe('2');
    expect(seen.claims).toEqual([]);
    expect(seen.claimDecisions?.map((d) => [d.claim.applicationId, d.decision, d.by])).toEqual([
      ['1', 'confirmed', 'page'],
      ['1', 'replaced', 'page'],
      ['2', 'confirmed', 'page'],
    ]);
  });
});

describe('a backup meeting the roster', () => {
  it('keeps every decision, and a claim decided on either side is no longer pending', () => {
    const backedUp = withClaims();
    const decided = dismissClaim(backedUp, '2', '2025-11-06T08:00:00.000Z');
    // An older backup (Eve still pending) restored into the roster where Eve was dismissed, both ways round.
    for (const merged of [mergeImported(decided, backedUp), mergeImported(backedUp, decided)]) {
      expect(merged.claims?.map((c) => c.applicationId)).toEqual(['1']);
      expect(merged.claimDecisions?.map((d) => d.claim.applicationId)).toEqual(['2']);
    }
    // Records from before claims existed stay without them.
    expect(mergeImported(saved, saved)).not.toHaveProperty('claims');
  });
});

describe('the roster row and filter', () => {
  it('count pending claims, and the pending filter shows only creators with some', () => {
    const pending = rosterRow(withClaims());
    const none = rosterRow(saved);
    const old = { ...rosterRow(saved), pendingClaims: undefined };
    expect(pending.pendingClaims).toBe(2);
    expect(none.pendingClaims).toBe(0);
    expect(rosterRow(dismissClaim(withClaims(), '1', 'T')).pendingClaims).toBe(1);
    const match = rowMatcher({ ...EMPTY_FILTER, claims: ['pending'] });
    expect([pending, none, old].map(match)).toEqual([true, false, false]);
    // Views saved before the claims filter have none: every row passes.
    const { claims: _none, ...oldView } = EMPTY_FILTER;
    expect([pending, none, old].map(rowMatcher(oldView))).toEqual([true, true, true]);
  });
});

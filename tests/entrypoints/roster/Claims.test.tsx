import { beforeEach, describe, expect, it } from 'vitest';
import { Detail } from '../../../entrypoints/roster/Detail';
import type { ClaimChoice, RosterDetail } from '../../../shared/messages';
import { confirmClaim, dismissClaim } from '../../../shared/roster/claims';
import { mergeApplicant, mergeSave } from '../../../shared/roster/merge';
import { profile } from '../../shared/roster/creators';
import { mount, settle } from '../../support/scratch';
import { type FakeBackground, fakeBackground } from '../support/fake-background';

const DECIDED_AT = '2025-11-07T10:30:00.000Z';
const eve = {
  applicationId: '41',
  name: 'Eve Marsh',
  email: 'eve@example.com',
  country: 'CA',
  pitch: 'This is my account, I lost the password to the old e-mail.',
  niches: ['trail running'],
  samples: ['https://example.com/reel'],
  rates: { currency: 'EUR', amount: 450, per: 'post' },
  languages: ['en', 'fr'],
  receivedAt: '2025-11-05T09:00:00.000Z',
};

let scratch: HTMLElement;
let background: FakeBackground;
let detail: RosterDetail;
let changes: number;

beforeEach(async () => {
  const saved = mergeSave(
    undefined,
    { profile: profile({ handle: 'trail_ana' }), fit: null },
    '2025-11-01T00:00:00Z',
  );
  const typed = profile({
    handle: 'trail_ana',
    selfReported: true,
    followers: { value: 80_000, display: null, exact: false },
    countryHint: 'CA',
  });
  const entry = mergeApplicant(saved, typed, null, eve, '2025-11-05T09:00:00Z');
  detail = { entry, snapshots: [], notes: [], collaborations: [] };
  const decide =
    (change: typeof dismissClaim) =>
    ({ applicationId }: ClaimChoice) => {
      detail = { ...detail, entry: change(detail.entry, applicationId, DECIDED_AT) };
      return detail.entry;
    };
  background = fakeBackground({
    'roster.detail': () => detail,
    'claims.confirm': decide((record, id, at) => confirmClaim(record, id, 'marketer', at)),
    'claims.dismiss': decide(dismissClaim),
    'brief.list': () => ({ briefs: [], activeId: null }),
  });
  changes = 0;
  scratch = await mount(<Detail keyOf={entry.key} onClose={() => {}} onChanged={() => changes++} />);
});

const claims = () => scratch.querySelector('[data-testid=roster-claims]') as HTMLElement;
const button = (name: string) =>
  [...claims().querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('a pending claim in the detail', () => {
  it('says who, when, what they wrote and claimed against the page, how to reach them and why it waits', () => {
    const claim = claims().querySelector('[data-testid=roster-claim]') as HTMLElement;
    expect(claims().querySelector('h3')?.textContent).toBe('Pending claims (1)');
    expect(claim.querySelector('h4')?.textContent).toBe('Eve Marsh, applied 2025-11-05');
    const facts = Object.fromEntries(
      [...claim.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      'E-mail': 'eve@example.com',
      Rate: '450 EUR per post',
      Niches: 'trail running',
      'Based in, speaks': 'CA · en, fr',
      Followers: 'claimed 80,000 · the page shows 12,400',
      Country: 'claimed CA · the page shows US',
      Message: eve.pitch,
      Samples: 'https://example.com/reel',
      Pending:
        "confirmed automatically when @trail_ana's bio or links show eve@example.com; until then nothing about this creator changes",
    });
    expect(claim.querySelector('a[href="mailto:eve@example.com"]')).not.toBeNull();
    // The applicant's own addresses are not links.
    expect(claim.querySelector('a[href^="https:"]')).toBeNull();
    // Each decision names the claim it is about.
    expect(button('Confirm: this is the creator').getAttribute('aria-describedby')).toBe(
      claim.querySelector('h4')?.id,
    );
    expect(scratch.querySelector('[data-testid=roster-application]')).toBeNull();
  });

  it('Confirm asks the background for this claim, then shows it as the application and the decision with its time', async () => {
    button('Confirm: this is the creator').click();
    await settle();
    await settle();
    expect(background.inputsOf('claims.confirm')).toEqual([
      { key: 'instagram:trail_ana', applicationId: '41' },
    ]);
    expect(changes).toBe(1);
    expect(scratch.querySelector('[data-testid=roster-application]')?.textContent).toContain(
      'eve@example.com',
    );
    expect(claims().querySelectorAll('[data-testid=roster-claim]')).toHaveLength(0);
    expect(claims().querySelector('[data-testid=roster-claim-decisions]')?.textContent).toContain(
      'Eve Marsh (eve@example.com, applied 2025-11-05): confirmed as the creator by you, 2025-11-07 10:30 UTC',
    );
    expect((scratch.querySelector('select') as HTMLSelectElement).value).toBe('applied');
  });

  it('Dismiss takes it off the pending list and keeps it, with its time, among the decided claims', async () => {
    button('Dismiss').click();
    await settle();
    await settle();
    expect(background.inputsOf('claims.dismiss')).toEqual([
      { key: 'instagram:trail_ana', applicationId: '41' },
    ]);
    expect(background.inputsOf('claims.confirm')).toEqual([]);
    expect(claims().querySelector('h3')?.textContent).toBe('Applicant claims');
    expect(claims().textContent).toContain('dismissed by you, 2025-11-07 10:30 UTC');
    expect(scratch.querySelector('[data-testid=roster-application]')).toBeNull();
    expect((scratch.querySelector('select') as HTMLSelectElement).value).toBe('prospect');
  });
});

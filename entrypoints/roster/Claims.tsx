// Applications naming this creator that are not (yet) theirs (shared/roster/claims.ts): who, when,
// what they wrote and claimed against what the roster holds, why each waits, and the marketer's two
// decisions. Decided claims stay listed below, so an impostor's or a replaced applicant's details
// remain at hand.
import { useSignal } from '@preact/signals';
import { Fragment } from 'preact';
import type { ClaimChoice } from '../../shared/messages';
import { handleLabel } from '../../shared/platforms/handle-label';
import type { Applicant, ClaimDecision, CreatorRecord } from '../../shared/roster/records';
import { callBackground } from '../../shared/roster-client';
import { ApplicantFacts } from './Application';

/** "2025-11-07 10:30 UTC": a decision is recorded to the minute. */
const when = (at: string) => `${at.slice(0, 10)} ${at.slice(11, 16)} UTC`;

const DECISION_WORDS: Record<ClaimDecision['decision'], string> = {
  confirmed: 'confirmed as the creator',
  dismissed: 'dismissed',
  replaced: 'replaced as the applicant',
};
const DECIDED_BY: Record<ClaimDecision['by'], string> = {
  marketer: 'by you',
  page: "by the creator's page showing the e-mail",
};

/** What the claim says against what the roster holds: the page's figures, or the first applicant's. */
function Against({ entry, claim }: { entry: CreatorRecord; claim: Applicant }) {
  const p = entry.profile;
  const holds = p.selfReported ? 'the first application says' : 'the page shows';
  const followers = p.followers?.value ?? null;
  const rows: [string, string | null, string | null][] = [
    [
      'Followers',
      claim.claimedFollowers == null ? null : claim.claimedFollowers.toLocaleString('en'),
      followers === null ? null : followers.toLocaleString('en'),
    ],
    ['Country', claim.country, p.countryHint],
  ];
  return (
    <>
      {rows.map(([label, claimed, held]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>
            claimed {claimed ?? 'nothing'} · {holds} {held ?? 'nothing'}
          </dd>
        </Fragment>
      ))}
    </>
  );
}

function PendingClaim({
  entry,
  claim,
  id,
  onDecided,
}: {
  entry: CreatorRecord;
  claim: Applicant;
  id: string;
  onDecided: () => Promise<void>;
}) {
  const busy = useSignal(false);
  const problem = useSignal<string | null>(null);
  const decide = async (method: 'claims.confirm' | 'claims.dismiss') => {
    const choice: ClaimChoice = { key: entry.key, applicationId: claim.applicationId };
    busy.value = true;
    problem.value = null;
    try {
      await callBackground(method, choice);
      await onDecided();
    } catch (error) {
      // Decided meanwhile (another window, or the page confirmed it): say so; the reload shows where it stands.
      problem.value = (error as Error).message;
      await onDecided();
    } finally {
      busy.value = false;
    }
  };
  return (
    <li data-testid="roster-claim">
      <h4 id={id}>
        {claim.name}, applied {claim.receivedAt.slice(0, 10)}
      </h4>
      <ApplicantFacts applicant={claim}>
        <Against entry={entry} claim={claim} />
        {claim.pitch && (
          <>
            <dt>Message</dt>
            <dd>{claim.pitch}</dd>
          </>
        )}
        {claim.samples.length > 0 && (
          <>
            {/* The applicant's own addresses: shown, never linked (the roster links only platform pages). */}
            <dt>Samples</dt>
            <dd>{claim.samples.join(' · ')}</dd>
          </>
        )}
        <dt>Pending</dt>
        <dd>
          confirmed automatically when {handleLabel(entry.profile)}'s bio or links show {claim.email}; until
          then nothing about this creator changes
        </dd>
      </ApplicantFacts>
      <p class="claim-actions">
        <button
          type="button"
          aria-describedby={id}
          disabled={busy.value}
          onClick={() => void decide('claims.confirm')}
        >
          Confirm: this is the creator
        </button>
        <button
          type="button"
          aria-describedby={id}
          disabled={busy.value}
          onClick={() => void decide('claims.dismiss')}
        >
          Dismiss
        </button>
      </p>
      {problem.value && (
        <p role="alert" class="error">
          {problem.value}
        </p>
      )}
    </li>
  );
}

export function Claims({ entry, onDecided }: { entry: CreatorRecord; onDecided: () => Promise<void> }) {
  const pending = entry.claims ?? [];
  const decided = entry.claimDecisions ?? [];
  if (pending.length === 0 && decided.length === 0) return null;
  return (
    <section aria-labelledby="claims-title" data-testid="roster-claims">
      <h3 id="claims-title">{pending.length > 0 ? `Pending claims (${pending.length})` : 'Applicant claims'}</h3>
      {pending.length > 0 && (
        <>
          <p class="muted">
            Applications naming this creator. Anyone can type any handle: confirm one only once you have
            checked with the creator.
          </p>
          <ul class="claims">
            {pending.map((claim, i) => (
              <PendingClaim
                key={claim.applicationId}
                entry={entry}
                claim={claim}
                id={`claim-${i}`}
                onDecided={onDecided}
              />
            ))}
          </ul>
        </>
      )}
      {decided.length > 0 && (
        <details data-testid="roster-claim-decisions">
          <summary>Decided claims ({decided.length})</summary>
          <ul>
            {decided.map((d) => (
              <li key={`${d.claim.applicationId}|${d.decision}`}>
                {d.claim.name} ({d.claim.email}, applied {d.claim.receivedAt.slice(0, 10)}):{' '}
                {DECISION_WORDS[d.decision]} {DECIDED_BY[d.by]}, {when(d.at)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

// Applications naming a creator the roster already knows (record.claims) and what becomes of them:
// confirmed by the creator's page showing the claim's e-mail or by the marketer (who checked out of
// band), or dismissed by the marketer. Every decision is kept, with its time, in claimDecisions: a
// dismissed application imported again stays dismissed, and an impostor's or a replaced applicant's
// contact details stay on record. Pure: the background calls these inside its transactions.
import type { CreatorProfile } from '../schemas/profile';
import type { Applicant, ClaimDecision, CreatorRecord } from './records';
import { withStatus } from './status';

type DecidedBy = ClaimDecision['by'];

/**
 * Whether the creator's real page vouches for an application: its bio or links show the e-mail
 * address the application came from. Only the account owner can put it there.
 */
export function confirmsClaim(observed: CreatorProfile, claim: Applicant): boolean {
  if (observed.selfReported) return false;
  const email = claim.email.trim().toLowerCase();
  if (!email) return false;
  const page = [observed.bio ?? '', ...observed.links].join('\n').toLowerCase();
  return page.includes(email);
}

export function pendingClaim(record: CreatorRecord, applicationId: string): Applicant | undefined {
  return record.claims?.find((c) => c.applicationId === applicationId);
}

/** Whether this application was decided on already, so importing it again must not bring it back. */
export function isDecided(record: CreatorRecord, applicationId: string): boolean {
  return (record.claimDecisions ?? []).some((d) => d.claim.applicationId === applicationId);
}

function decided(record: CreatorRecord, decisions: ClaimDecision[], at: string): CreatorRecord {
  const ids = new Set(decisions.map((d) => d.claim.applicationId));
  return {
    ...record,
    claims: (record.claims ?? []).filter((c) => !ids.has(c.applicationId)),
    claimDecisions: [...(record.claimDecisions ?? []), ...decisions],
    updatedAt: at,
  };
}

/**
 * The pending claim becomes the record's applicant. An earlier applicant it takes the place of is
 * kept as `replaced`; a prospect or a contacted creator moves to `applied`, as any application does.
 */
export function confirmClaim(
  record: CreatorRecord,
  applicationId: string,
  by: DecidedBy,
  at: string,
): CreatorRecord {
  const claim = pendingClaim(record, applicationId);
  if (!claim) return record;
  const former = record.applicant;
  const decisions: ClaimDecision[] = [
    ...(former && former.applicationId !== claim.applicationId
      ? [{ claim: former, decision: 'replaced' as const, by, at }]
      : []),
    { claim, decision: 'confirmed', by, at },
  ];
  const updated = { ...decided(record, decisions, at), applicant: claim };
  const moved = record.status === 'prospect' || record.status === 'contacted';
  return moved ? withStatus(updated, 'applied', at) : updated;
}

/** The marketer judged the claim not the creator's: it leaves the pending list and stays in the decisions. */
export function dismissClaim(record: CreatorRecord, applicationId: string, at: string): CreatorRecord {
  const claim = pendingClaim(record, applicationId);
  if (!claim) return record;
  return decided(record, [{ claim, decision: 'dismissed', by: 'marketer', at }], at);
}

/** Pending claims the observed page confirms become the applicant in turn, oldest first: the newest stays. */
export function confirmedClaims(record: CreatorRecord, observed: CreatorProfile, at: string): CreatorRecord {
  const confirmed = (record.claims ?? [])
    .filter((claim) => confirmsClaim(observed, claim))
    .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return confirmed.reduce((r, claim) => confirmClaim(r, claim.applicationId, 'page', at), record);
}

/** Two copies of a record's claims (a backup meeting the roster): every decision kept, decided ones no longer pending. */
export function unionOfClaims(
  older: CreatorRecord,
  newer: CreatorRecord,
): Pick<CreatorRecord, 'claims' | 'claimDecisions'> {
  if (!older.claims && !newer.claims && !older.claimDecisions && !newer.claimDecisions) return {};
  const decisions = new Map<string, ClaimDecision>();
  for (const d of [...(older.claimDecisions ?? []), ...(newer.claimDecisions ?? [])])
    decisions.set(`${d.claim.applicationId}|${d.decision}`, d);
  const decisionList = [...decisions.values()].sort((a, b) => a.at.localeCompare(b.at));
  const decidedIds = new Set(decisionList.map((d) => d.claim.applicationId));
  const claims = new Map<string, Applicant>();
  for (const claim of [...(older.claims ?? []), ...(newer.claims ?? [])])
    if (!decidedIds.has(claim.applicationId)) claims.set(claim.applicationId, claim);
  return { claims: [...claims.values()], claimDecisions: decisionList };
}

// What an applicant told the brand: how to reach them, their rate and what they make. Serves the
// creator's applicant and each pending claim alike, so both show contact details the same way.
import type { ComponentChildren } from 'preact';
import type { Applicant } from '../../shared/roster/records';

/** The applicant's facts as a definition list; `children` adds rows of the caller's own. */
export function ApplicantFacts({
  applicant,
  children,
}: {
  applicant: Applicant;
  children?: ComponentChildren;
}) {
  const rate = applicant.rates;
  return (
    <dl class="application">
      <dt>E-mail</dt>
      <dd>
        <a href={`mailto:${applicant.email}`}>{applicant.email}</a>
      </dd>
      {rate && (
        <>
          <dt>Rate</dt>
          <dd>
            {rate.amount.toLocaleString('en')} {rate.currency} per {rate.per}
          </dd>
        </>
      )}
      {applicant.niches.length > 0 && (
        <>
          <dt>Niches</dt>
          <dd>{applicant.niches.join(', ')}</dd>
        </>
      )}
      {(applicant.country || applicant.languages.length > 0) && (
        <>
          <dt>Based in, speaks</dt>
          <dd>{[applicant.country, applicant.languages.join(', ')].filter(Boolean).join(' · ')}</dd>
        </>
      )}
      {children}
    </dl>
  );
}

export function Application({ applicant }: { applicant: Applicant }) {
  return (
    <section aria-labelledby="application-title" data-testid="roster-application">
      <h3 id="application-title">Application ({applicant.receivedAt.slice(0, 10)})</h3>
      <ApplicantFacts applicant={applicant} />
    </section>
  );
}

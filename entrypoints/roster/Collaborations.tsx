// A creator's collaborations: what was paid and agreed, the deliverables with their posts, figures and
// disclosure verdicts, what each result cost, and rights or deliverables needing attention.
import type { Collaboration } from '../../shared/roster/collaboration';
import {
  collaborationFigures,
  daysUntil,
  latestCapture,
  overdueDeliverables,
  rightsEndingSoon,
} from '../../shared/roster/collaboration-figures';
import { money, ratio } from './figures-format';

function Compensation({ c }: { c: Collaboration }) {
  const comp = c.compensation;
  if (!comp) return <span class="muted">no compensation recorded</span>;
  const parts = [
    comp.fee !== null && `fee ${money(comp.fee, comp.currency)}`,
    comp.productValue !== null && `product ${money(comp.productValue, comp.currency)}`,
    comp.revenueSharePct !== null && `${comp.revenueSharePct}% revenue share`,
    comp.affiliateCommissionPct !== null && `${comp.affiliateCommissionPct}% affiliate commission`,
  ].filter(Boolean);
  return <span>{parts.join(' + ')}</span>;
}

export function Collaborations({ collaborations, now }: { collaborations: Collaboration[]; now: Date }) {
  if (collaborations.length === 0) return <p class="muted">No collaborations logged yet.</p>;
  return (
    <ul class="collaborations" data-testid="collaborations">
      {collaborations.map((c) => {
        const f = collaborationFigures(c);
        const overdue = new Set(overdueDeliverables(c, now).map((d) => d.id));
        const r = c.usageRights;
        return (
          <li key={c.id} data-testid="collaboration">
            <strong>
              {c.date} · {c.campaign}
            </strong>{' '}
            · <Compensation c={c} />
            {(c.promoCodes.length > 0 || c.trackingLinks.length > 0) && (
              <p class="muted">
                {c.promoCodes.length > 0 && `Codes: ${c.promoCodes.join(', ')} `}
                {c.trackingLinks.length > 0 && `Links: ${c.trackingLinks.join(', ')}`}
              </p>
            )}
            {r && (
              <p data-testid="usage-rights">
                Rights: {r.scope || 'as agreed'}
                {r.organicRepost && ' · organic repost'}
                {r.paidAds && ' · paid ads/whitelisting'}
                {r.editsAllowed && ' · edits allowed'} ·{' '}
                {r.territories.length ? r.territories.join(', ') : 'worldwide'}
                {r.start && ` · from ${r.start}`}
                {r.end && ` until ${r.end}`}
                {rightsEndingSoon(c, now) && r.end && (
                  <span class="badge warn"> ends in {daysUntil(r.end, now)} days</span>
                )}
              </p>
            )}
            {c.deliverables.length > 0 && (
              <ul>
                {c.deliverables.map((d) => {
                  const last = latestCapture(d);
                  return (
                    <li key={d.id} data-testid="deliverable">
                      {d.description || d.format || 'post'} on {d.platform} · {d.status}
                      {overdue.has(d.id) && <span class="badge warn"> overdue</span>}
                      {d.dueDate && ` · due ${d.dueDate}`}
                      {d.postUrl && (
                        <>
                          {' · '}
                          <a href={d.postUrl} target="_blank" rel="noreferrer">
                            post
                          </a>
                        </>
                      )}
                      {d.postedAt && ` · posted ${d.postedAt.slice(0, 10)}`}
                      {last && (
                        <span class="muted">
                          {' '}
                          · {last.views ?? '–'} views, {last.likes ?? '–'} likes at {last.at.slice(0, 10)} (
                          {d.captures.length} capture{d.captures.length === 1 ? '' : 's'})
                        </span>
                      )}
                      {d.disclosure && (
                        <span data-testid="deliverable-disclosure">
                          {' '}
                          · disclosure <strong>{d.disclosure.report.verdict}</strong>
                          {d.disclosure.report.reasons[0] && (
                            <span class="muted"> ({d.disclosure.report.reasons[0].text})</span>
                          )}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <p class="muted" data-testid="collaboration-figures">
              Spend {money(f.spend, f.currency)} · per view {money(f.costPerView, f.currency, 4)} · per click{' '}
              {money(f.costPerClick, f.currency)} · per signup {money(f.costPerSignup, f.currency)} · return
              on spend {ratio(f.returnOnSpend)}
              {c.quality.rating !== null && ` · quality ${c.quality.rating}/5`}
              {c.quality.note && ` (${c.quality.note})`}
              {c.results.summary && ` · ${c.results.summary}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

// The dashboard's collaboration figures (shared/roster/dashboard.ts collaborationDashboard), each
// with its definition beside it.
import type { CostLine, CollaborationDashboard as Figures } from '../../shared/roster/dashboard';
import { money, ratio } from './figures-format';

const mix = (m: Record<string, number | undefined>) =>
  Object.entries(m)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '–';

function CostTable({ lines, label, testid }: { lines: CostLine[]; label: string; testid: string }) {
  if (lines.length === 0) return <p class="muted">No collaboration with a spend logged yet.</p>;
  return (
    <table data-testid={testid}>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col">Spend</th>
          <th scope="col">Per view</th>
          <th scope="col">Per click</th>
          <th scope="col">Per signup</th>
          <th scope="col">Return</th>
        </tr>
      </thead>
      <tbody>
        {lines.slice(0, 10).map((l) => (
          <tr key={`${l.label}-${l.currency}`}>
            <th scope="row">{l.label}</th>
            <td>{money(l.spend, l.currency)}</td>
            <td>{money(l.costPerView, l.currency, 4)}</td>
            <td>{money(l.costPerClick, l.currency)}</td>
            <td>{money(l.costPerSignup, l.currency)}</td>
            <td>{ratio(l.returnOnSpend)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CollaborationDashboard({ f }: { f: Figures }) {
  const compliance = f.disclosureLogged
    ? Math.round((f.disclosureCompliant / f.disclosureLogged) * 100)
    : null;
  return (
    <section class="dashboard" aria-labelledby="collab-dashboard-title" data-testid="collaboration-dashboard">
      <h2 id="collab-dashboard-title">Collaborations</h2>
      <h3>Cost per result by creator</h3>
      <p class="muted">
        Spend is fee + product value + revenue share and affiliate commission on known revenue, per currency;
        cost per view, click or signup divides it by the results logged; return is revenue ÷ spend.
      </p>
      <CostTable lines={f.costByCreator} label="Creator" testid="cost-by-creator" />
      <h3>Cost per result by role</h3>
      <CostTable lines={f.costByRole} label="Role" testid="cost-by-role" />
      <h3>Usage rights ending in the next 30 days</h3>
      <p class="muted">
        Rights whose end date is today or within 30 days: renew them or stop using the content.
      </p>
      {f.rightsEnding.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul data-testid="rights-ending">
          {f.rightsEnding.map((r) => (
            <li key={`${r.key}-${r.campaign}-${r.end}`}>
              {r.handle} · {r.campaign}: ends {r.end} ({r.days === 0 ? 'today' : `in ${r.days} days`})
            </li>
          ))}
        </ul>
      )}
      <h3>Overdue deliverables</h3>
      <p class="muted">Planned deliverables whose due date has passed, and those marked late.</p>
      {f.overdue.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul data-testid="overdue-deliverables">
          {f.overdue.map((o, i) => (
            <li key={`${o.key}-${i}`}>
              {o.handle} · {o.campaign}: {o.deliverable}
              {o.dueDate && ` (due ${o.dueDate})`}
            </li>
          ))}
        </ul>
      )}
      <dl>
        <div>
          <dt>Deliverables by platform</dt>
          <dd>{mix(f.deliverablePlatforms)}</dd>
        </div>
        <div>
          <dt>Deliverables by format</dt>
          <dd>{mix(f.deliverableFormats)}</dd>
        </div>
        <div>
          <dt title="Logged deliverables whose post was disclosed or needed no label, of those checked">
            Disclosure of logged deliverables
          </dt>
          <dd data-testid="deliverable-compliance">
            {compliance === null ? '–' : `${compliance}%`}{' '}
            <span class="muted">of {f.disclosureLogged} checked</span>
          </dd>
        </div>
      </dl>
      {f.undisclosed.length > 0 && (
        <ul data-testid="undisclosed-deliverables">
          {f.undisclosed.map((u, i) => (
            <li key={`${u.key}-${i}`}>
              {u.handle}{' '}
              {u.postUrl && (
                <a href={u.postUrl} target="_blank" rel="noreferrer">
                  post
                </a>
              )}
              : <strong>{u.verdict}</strong> · {u.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The community dashboard: the figures of shared/roster/dashboard.ts over every loaded row.
import type { CommunityDashboard } from '../../shared/roster/dashboard';

const percent = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);
const mix = (m: Record<string, number | undefined>) =>
  Object.entries(m)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ') || '–';

export function Dashboard({ d }: { d: CommunityDashboard }) {
  return (
    <section class="dashboard" aria-labelledby="dashboard-title" data-testid="dashboard">
      <h2 id="dashboard-title">Community</h2>
      <dl>
        <div>
          <dt>Active creators</dt>
          <dd data-testid="dash-active">{d.active}</dd>
        </div>
        <div>
          <dt title={`Active in ${d.quarters.previous.label} and ${d.quarters.current.label}`}>Retention</dt>
          <dd>
            {percent(d.retention)} <span class="muted">({d.retained} retained)</span>
          </dd>
        </div>
        <div>
          <dt>Repeat collaboration</dt>
          <dd>{percent(d.repeatCollaboration)}</dd>
        </div>
        <div>
          <dt>Median fit (active)</dt>
          <dd>{d.medianFit ?? '–'}</dd>
        </div>
        <div>
          <dt>Disclosure compliance (active)</dt>
          <dd>
            {percent(d.disclosureCompliance)} <span class="muted">of {d.disclosureChecked} checked</span>
          </dd>
        </div>
        <div>
          <dt>Platforms (active)</dt>
          <dd>{mix(d.platformMix)}</dd>
        </div>
        <div>
          <dt>Formats (active)</dt>
          <dd>{mix(d.formatMix)}</dd>
        </div>
      </dl>
    </section>
  );
}

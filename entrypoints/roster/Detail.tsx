// One creator: the application and pending claims, growth from the snapshots, the score breakdown,
// disclosure record, where an applicant's claims differed, notes and the collaboration log.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { coverageLines } from '../../shared/disclosure/describe';
import type { RosterDetail } from '../../shared/messages';
import { handleLabel } from '../../shared/platforms/handle-label';
import { isPlatformUrl } from '../../shared/platforms/platform-urls';
import { sparklinePath } from '../../shared/roster/sparkline';
import { callBackground } from '../../shared/roster-client';
import { Application } from './Application';
import { Claims } from './Claims';
import { CollaborationForm } from './CollaborationForm';
import { Collaborations } from './Collaborations';
import { LiveViewers } from './LiveViewers';
import { ScoreBreakdown } from './ScoreBreakdown';
import { StatusSelect } from './StatusSelect';

function Sparkline({ detail }: { detail: RosterDetail }) {
  const points = detail.snapshots
    .filter((s) => s.followers !== null)
    .map((s) => ({ at: s.capturedAt, value: s.followers as number }));
  const path = sparklinePath(points, 220, 40);
  const first = points[0]?.value;
  const last = points.at(-1)?.value;
  if (!path || first === undefined || last === undefined)
    return <p class="muted">Growth shows after a second visit ({points.length} so far).</p>;
  const label = `Followers from ${first.toLocaleString('en')} to ${last.toLocaleString('en')} over ${points.length} visits`;
  return (
    <figure class="sparkline">
      <svg width="220" height="40" viewBox="-2 -2 224 44" role="img" aria-label={label}>
        <path d={path} fill="none" stroke="currentColor" stroke-width="2" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

export function Detail({
  keyOf,
  onClose,
  onChanged,
}: {
  keyOf: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const detail = useSignal<RosterDetail | null>(null);
  const note = useSignal('');
  const reload = async () => {
    detail.value = await callBackground('roster.detail', { key: keyOf });
  };
  useEffect(() => {
    void reload();
  }, [keyOf]);
  const d = detail.value;
  if (!d)
    return (
      <aside class="detail" aria-label="Creator detail">
        <p>Loading…</p>
      </aside>
    );
  const { entry } = d;
  const p = entry.profile;
  return (
    <aside class="detail" aria-label={`Detail of ${p.handle}`} data-testid="roster-detail">
      <header>
        <h2>
          {p.displayName ?? p.handle}{' '}
          <span class="muted">
            {handleLabel(p)} · {p.platform}
          </span>
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>
        {/* Records stored before addresses were checked may hold any URL: link only the platform's. */}
        {isPlatformUrl(p.url, p.platform) && (
          <a href={p.url} target="_blank" rel="noreferrer">
            Open profile
          </a>
        )}
        {p.selfReported && <span class="badge"> figures self-reported (application)</span>}
      </p>
      {p.bio && <p class="bio">{p.bio}</p>}
      {entry.applicant && <Application applicant={entry.applicant} />}
      <Claims
        entry={entry}
        onDecided={async () => {
          await reload();
          onChanged();
        }}
      />
      <StatusSelect
        value={entry.status}
        onChange={async (status) => {
          await callBackground('roster.setStatus', { keys: [entry.key], status });
          await reload();
          onChanged();
        }}
      />
      <p class="muted">
        History: {entry.statusHistory.map((h) => `${h.status} (${h.at.slice(0, 10)})`).join(' → ')}
      </p>
      <h3>Growth</h3>
      <Sparkline detail={d} />
      <LiveViewers detail={d} />
      {entry.selfReportedDiff && entry.selfReportedDiff.length > 0 && (
        <>
          <h3>Application vs page</h3>
          <ul data-testid="self-reported-diff">
            {entry.selfReportedDiff.map((diff) => (
              <li key={diff.field}>
                {diff.field}: claimed {String(diff.claimed)}, page shows {String(diff.observed)}
                {diff.change !== null && ` (${diff.change > 0 ? '+' : ''}${Math.round(diff.change * 100)}%)`}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Fit</h3>
      <ScoreBreakdown
        keyOf={entry.key}
        stored={entry.fit}
        onRescored={() => {
          void reload();
          onChanged();
        }}
      />
      <h3>Disclosure record</h3>
      {entry.disclosures.length === 0 ? (
        <p class="muted">No posts checked yet.</p>
      ) : (
        <ul>
          {entry.disclosures.map((x, i) => (
            <li key={x.postUrl ?? i}>
              <strong>{x.report.verdict}</strong>{' '}
              {isPlatformUrl(x.postUrl, p.platform) ? (
                <a href={x.postUrl} target="_blank" rel="noreferrer">
                  post
                </a>
              ) : (
                'post'
              )}{' '}
              checked {x.checkedAt.slice(0, 10)}
              {x.report.reasons[0] && <span class="muted"> · {x.report.reasons[0].text}</span>}
              {coverageLines(x.report).map((line, k) => (
                <div key={k} class="muted" data-testid="disclosure-signal" data-verdict={line.verdict}>
                  {line.signal}: {line.said}
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      <h3>Notes</h3>
      <ul>
        {d.notes.map((n) => (
          <li key={n.id}>
            {n.text} <span class="muted">{n.at.slice(0, 10)}</span>
          </li>
        ))}
      </ul>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!note.value.trim()) return;
          await callBackground('roster.addNote', { key: entry.key, text: note.value });
          note.value = '';
          await reload();
          onChanged();
        }}
      >
        <label>
          Add a note
          <textarea
            value={note.value}
            onInput={(e) => (note.value = (e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <button type="submit">Save note</button>
      </form>
      <h3>Collaborations</h3>
      <Collaborations collaborations={d.collaborations} now={new Date()} />
      <CollaborationForm
        keyOf={entry.key}
        onAdded={() => {
          void reload();
          onChanged();
        }}
      />
    </aside>
  );
}

// A fit result factor by factor: score, weight and the reason in a marketer's words.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { callBackground } from '../../shared/roster-client';
import type { Brief } from '../../shared/schemas/brief';
import type { FitResult } from '../../shared/schemas/fit';

export function FitFactors({ fit }: { fit: FitResult }) {
  return (
    <div class="fit" data-testid="score-breakdown">
      <p>
        <strong>{fit.excluded ? 'Excluded' : (fit.score ?? '–')}</strong>
        {fit.range && ` (could be ${fit.range.min}–${fit.range.max})`} · confidence {fit.confidence} ·{' '}
        {Math.round(fit.coverage * 100)}% of the weight known · {fit.tier.label} · {fit.role.role}
      </p>
      {fit.excluded && <p class="error">{fit.excluded.reason}</p>}
      <table class="factors">
        <caption class="sr-only">Fit factors</caption>
        <thead>
          <tr>
            <th scope="col">Factor</th>
            <th scope="col">Score</th>
            <th scope="col">Weight</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {fit.factors.map((f) => (
            <tr key={f.id}>
              <th scope="row">{f.label}</th>
              <td class="num">
                {f.status === 'known' ? f.score : f.status === 'unknown' ? 'unknown' : 'n/a'}
              </td>
              <td class="num">{f.weight}</td>
              <td>{f.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The stored fit, or the creator scored against any other saved brief. */
export function ScoreBreakdown({ keyOf, stored }: { keyOf: string; stored: FitResult | null }) {
  const briefs = useSignal<Brief[]>([]);
  const chosen = useSignal<string>('');
  const fit = useSignal<FitResult | null>(stored);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    void callBackground('brief.list', {}).then((list) => (briefs.value = list.briefs));
    fit.value = stored;
    chosen.value = '';
  }, [keyOf]);
  return (
    <>
      {briefs.value.length > 0 && (
        <label>
          Score against
          <select
            value={chosen.value}
            onChange={async (e) => {
              chosen.value = (e.currentTarget as HTMLSelectElement).value;
              error.value = null;
              try {
                fit.value = chosen.value
                  ? await callBackground('roster.scoreAgainst', { key: keyOf, briefId: chosen.value })
                  : stored;
              } catch (err) {
                error.value = err instanceof Error ? err.message : String(err);
              }
            }}
          >
            <option value="">the brief it was saved with</option>
            {briefs.value.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {error.value && (
        <p role="alert" class="error">
          {error.value}
        </p>
      )}
      {fit.value ? (
        <FitFactors fit={fit.value} />
      ) : (
        <p class="muted">Not scored yet: set up a brief in the options.</p>
      )}
    </>
  );
}

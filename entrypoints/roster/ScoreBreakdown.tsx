// A fit result factor by factor: score, weight and the reason in a marketer's words.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { FactorEvidence, factorScoreText } from '../../overlay/FactorFigures';
import { callBackground } from '../../shared/roster-client';
import type { Brief } from '../../shared/schemas/brief';
import type { FitResult } from '../../shared/schemas/fit';
import { briefVersion } from '../../shared/score/brief-version';

export function FitFactors({ fit }: { fit: FitResult }) {
  return (
    <div class="fit" data-testid="score-breakdown">
      <p>
        <strong>{fit.excluded ? 'Excluded' : (fit.score ?? '–')}</strong>
        {fit.range && ` (could be ${fit.range.min}–${fit.range.max})`} · confidence {fit.confidence} ·{' '}
        {Math.round(fit.coverage * 100)}% of the weight known · {fit.tier.label} · {fit.role.role}
      </p>
      {fit.excluded && (
        <p class="error">{fit.excluded.reason.replace(/^Excluded:\s*/, 'Excluded by the brief: ')}</p>
      )}
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
              <td class="num">{factorScoreText(f)}</td>
              <td class="num">{f.weight}</td>
              <td>
                {f.reason}
                <FactorEvidence factor={f} testid="detail-evidence" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The stored fit, or the creator scored against any other saved brief. */
export function ScoreBreakdown({
  keyOf,
  stored,
  onRescored,
}: {
  keyOf: string;
  stored: FitResult | null;
  onRescored?: () => void;
}) {
  const briefs = useSignal<Brief[]>([]);
  const active = useSignal<Brief | null>(null);
  const chosen = useSignal<string>('');
  const fit = useSignal<FitResult | null>(stored);
  const error = useSignal<string | null>(null);
  useEffect(() => {
    void callBackground('brief.list', {}).then((list) => {
      briefs.value = list.briefs;
      active.value = list.briefs.find((b) => b.id === list.activeId) ?? null;
    });
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
      {chosen.value === '' &&
        stored?.briefVersion &&
        active.value &&
        stored.briefVersion !== briefVersion(active.value) && (
          <p class="stale" data-testid="detail-stale">
            Stale: scored against{' '}
            {stored.briefId === active.value.id ? 'an earlier version of' : 'another brief than'} the active
            brief “{active.value.name}”.{' '}
            <button
              type="button"
              onClick={async () => {
                await callBackground('roster.rescore', {});
                onRescored?.();
              }}
            >
              Rescore now
            </button>
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

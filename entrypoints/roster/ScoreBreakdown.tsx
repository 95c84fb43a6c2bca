// A fit result factor by factor: score, weight and the reason in a marketer's words.
import type { FitResult } from '../../shared/schemas/fit';
import type { CreatorProfile } from '../../shared/schemas/profile';

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

export function ScoreBreakdown({ stored }: { profile: CreatorProfile; stored: FitResult | null }) {
  if (!stored) return <p class="muted">Not scored yet: set up a brief in the options.</p>;
  return <FitFactors fit={stored} />;
}

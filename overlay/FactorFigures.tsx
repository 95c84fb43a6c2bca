// How one factor of a fit reads, the same on the card and in the roster's detail: its score in words
// (a number only when known) and the evidence it rests on.
import type { Factor } from '../shared/schemas/fit';

/** "unknown" when the page does not show it, "n/a" when the brief does not ask for it. */
export function factorScoreText(factor: Factor): number | string | null {
  return factor.status === 'known' ? factor.score : factor.status === 'unknown' ? 'unknown' : 'n/a';
}

export function FactorEvidence({ factor, testid }: { factor: Factor; testid: string }) {
  if (factor.evidence.length === 0) return null;
  return (
    <ul class="evidence" data-testid={testid} aria-label={`Evidence for ${factor.label}`}>
      {factor.evidence.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

import { render } from 'preact';
import { expect, it } from 'vitest';
import { FactorEvidence, factorScoreText } from '../../overlay/FactorFigures';
import type { Factor } from '../../shared/schemas/fit';
import { useScratch } from '../support/scratch';

const factor: Factor = {
  id: 'engagement',
  label: 'Engagement',
  status: 'known',
  score: 72,
  weight: 2,
  reason: 'Engagement 4.1% of followers is within the micro band.',
  evidence: ['median 4.1% over 12 posts', 'band 1.7–5.0% (Later x Fohr 2021)'],
};
const scratch = useScratch();

it('says a number only for a known factor, and why there is none otherwise', () => {
  expect(factorScoreText(factor)).toBe(72);
  expect(factorScoreText({ ...factor, status: 'unknown', score: null })).toBe('unknown');
  expect(factorScoreText({ ...factor, status: 'not_applicable', score: null })).toBe('n/a');
});

it('lists the evidence under its factor, and nothing when there is none', () => {
  render(<FactorEvidence factor={factor} testid="detail-evidence" />, scratch());
  const list = scratch().querySelector('[data-testid=detail-evidence]');
  expect(list?.getAttribute('aria-label')).toBe('Evidence for Engagement');
  expect([...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(factor.evidence);
  render(<FactorEvidence factor={{ ...factor, evidence: [] }} testid="detail-evidence" />, scratch());
  expect(scratch().innerHTML).toBe('');
});

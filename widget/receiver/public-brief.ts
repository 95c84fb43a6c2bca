// The part of a brief an applicant may see (GET /brief, fetched by the widget for its fit hint).
// Weights and brand-safety term lists stay private: the hint is a hint, the receiver's score counts.
import type { Brief } from '../../shared/schemas/brief';

export function publicBrief(brief: Brief): Brief {
  return { ...brief, weights: {}, excludedTerms: [], cautionTerms: [] };
}

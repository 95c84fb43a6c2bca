// Factor weights a brief starts from, in a zod-free module (re-exported from brief.ts) so the
// scoring core can run in the widget bundle without pulling classic zod in.
import type { FactorId } from './enums';

export const DEFAULT_WEIGHTS: Record<FactorId, number> = {
  niche: 3,
  engagement: 2,
  authenticity: 2,
  size: 1.5,
  audience: 1,
  cadence: 1,
  professional: 1,
  brandSafety: 1.5,
  roleFit: 1.5,
};

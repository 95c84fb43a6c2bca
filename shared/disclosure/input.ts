// What disclosureCheck is asked, and the typed error for asking it wrongly.
import { type Jurisdiction, PLATFORMS, type Platform } from '../schemas/enums';

export interface DisclosureInput {
  text: string;
  platform?: Platform | null;
  jurisdictions: readonly Jurisdiction[];
  /** The platform's own paid-partnership label: true/false when known, null/undefined when not. */
  paidLabel?: boolean | null;
}

/** Bad input to disclosureCheck: names the field so callers (the CLI) can say what to fix. */
export class DisclosureInputError extends Error {
  override name = 'DisclosureInputError';
  constructor(
    readonly field: 'text' | 'platform' | 'jurisdictions' | 'paidLabel',
    message: string,
  ) {
    super(message);
  }
}

export function checkText(input: DisclosureInput): void {
  if (typeof input?.text !== 'string') throw new DisclosureInputError('text', 'text must be a string');
  const p = input.platform;
  if (p !== undefined && p !== null && !(PLATFORMS as readonly string[]).includes(p))
    throw new DisclosureInputError(
      'platform',
      `unknown platform "${String(p)}"; one of ${PLATFORMS.join(', ')}`,
    );
  if (!Array.isArray(input.jurisdictions) || input.jurisdictions.length === 0)
    throw new DisclosureInputError('jurisdictions', 'at least one jurisdiction is needed');
}

export function checkPaidLabel(input: DisclosureInput): void {
  const l = input.paidLabel;
  if (l !== undefined && l !== null && typeof l !== 'boolean')
    throw new DisclosureInputError('paidLabel', 'paidLabel must be true, false or null');
}

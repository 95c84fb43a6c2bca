// The one way the background refuses a message's input: a RosterInputError that says what was refused
// and names the first few bad fields, so every page shows the same kind of message.
import type { z } from 'zod';

export class RosterInputError extends Error {
  override name = 'RosterInputError';
}

/** Parses `input` with `schema`, or throws "<refusal> (field: problem; …)". */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, refusal: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`)
    .join('; ');
  throw new RosterInputError(`${refusal} (${where})`);
}

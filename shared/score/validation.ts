// Everything entering the scoring core from outside (a saved page, an application, a brief file)
// passes through here first; anything malformed becomes one typed error with a readable message.
import type { z } from 'zod';
import { type Brief, BriefSchema } from '../schemas/brief';
import { type CreatorProfile, CreatorProfileSchema } from '../schemas/profile';

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    /** What was being read: "profile", "brief". */
    readonly subject: string,
    /** One line per problem, "path: message". */
    readonly issues: string[],
  ) {
    super(`Invalid ${subject}: ${issues.join('; ')}`);
  }
}

function parseWith<T>(schema: z.ZodType<T>, subject: string, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  if (result.error.issues.length > 20) issues.push(`(${result.error.issues.length - 20} more problems)`);
  throw new ValidationError(subject, issues);
}

/** A CreatorProfile from untrusted input; throws ValidationError. */
export function parseProfile(input: unknown): CreatorProfile {
  return parseWith(CreatorProfileSchema, 'profile', input);
}

/** A Brief from untrusted input, defaults filled in; throws ValidationError. */
export function parseBrief(input: unknown): Brief {
  return parseWith(BriefSchema, 'brief', input);
}

/** JSON text to a value; bad JSON is a ValidationError too, so callers handle one error type. */
export function parseJson(text: string, subject: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ValidationError(subject, [
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
}

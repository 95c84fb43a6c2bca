// What a handle may look like on each platform, as the platforms themselves allow it (sign-up rules,
// checked 2026-12). One table for everything that accepts a handle someone typed: the widget and the
// receiver (through the application schema) and the applicant import. No zod here, so the widget's
// schema can use it without pulling classic zod in.
//
// Why it matters: a handle is the roster key. A look-alike ("аna.trails" with a Cyrillic "а") would
// otherwise be accepted as a creator who cannot exist on a platform whose handles are ASCII.
import type { Platform } from './enums';

export interface HandleRule {
  /** Allowed length, in characters. */
  min: number;
  max: number;
  /** The whole handle (without "@"); anchored. */
  pattern: RegExp;
  /** The rule in words, for error messages. */
  says: string;
}

export const HANDLE_RULES: Record<Platform, HandleRule> = {
  // Letters, digits, periods and underscores; no two periods in a row.
  instagram: {
    min: 1,
    max: 30,
    pattern: /^(?!.*\.\.)[A-Za-z0-9._]+$/,
    says: 'Instagram handles are up to 30 letters A–Z, digits, "." and "_" (no "..")',
  },
  // Letters, digits, underscores and periods, not ending in a period.
  tiktok: {
    min: 2,
    max: 24,
    pattern: /^[A-Za-z0-9._]*[A-Za-z0-9_]$/,
    says: 'TikTok handles are 2–24 letters A–Z, digits, "_" and "." (not at the end)',
  },
  // Letters, digits and underscores; new accounts need 4, older ones are shorter.
  x: {
    min: 1,
    max: 15,
    pattern: /^[A-Za-z0-9_]+$/,
    says: 'X handles are up to 15 letters A–Z, digits and "_"',
  },
  // Letters, digits and underscores; sign-up asks for 4 to 25, some early accounts have 3.
  twitch: {
    min: 3,
    max: 25,
    pattern: /^[A-Za-z0-9_]+$/,
    says: 'Twitch user names are 3–25 letters A–Z, digits and "_"',
  },
  // YouTube is the one that is not ASCII: letters and digits of any of its 75 languages, with "_",
  // "-", "." and "·", but scripts may not be mixed (Latin with Cyrillic, say), which is what
  // look-alikes need. The mixing rule is checked in handleProblem.
  youtube: {
    min: 3,
    max: 30,
    pattern: /^[\p{L}\p{M}\p{N}_.·-]+$/u,
    says: 'YouTube handles are 3–30 letters or digits of one script, "_", "-", "." and "·"',
  },
};

/** Scripts whose letters pass for each other; a handle may use at most one of them. */
const LOOK_ALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/** Null when `handle` (with or without "@") can exist on `platform`; otherwise the rule it breaks. */
export function handleProblem(platform: Platform, handle: string): string | null {
  const rule = HANDLE_RULES[platform];
  const bare = handle.replace(/^@/, '');
  const length = [...bare].length;
  if (length < rule.min || length > rule.max || !rule.pattern.test(bare)) return rule.says;
  if (LOOK_ALIKE_SCRIPTS.filter((script) => script.test(bare)).length > 1) return rule.says;
  return null;
}

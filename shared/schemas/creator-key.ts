// Kept free of zod so code bundled into content scripts and the widget can key creators without
// pulling the schema library in (profile.ts re-exports it for everyone else).

/** Roster key: one creator per platform and handle (handle lower-cased). */
export function creatorKey(p: { platform: string; handle: string }): string {
  return `${p.platform}:${p.handle.replace(/^@/, '').toLowerCase()}`;
}

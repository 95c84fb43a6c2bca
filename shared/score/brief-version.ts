// A short fingerprint of a brief's content, stored with every fit: a fit whose fingerprint differs
// from the brief as it is now was computed against an earlier version and says it is stale.
import type { Brief } from '../schemas/brief';

/** The same text for the same content, whatever order the keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/** FNV-1a over the canonical JSON, as 8 hex digits: enough to tell versions of one brief apart. */
export function briefVersion(brief: Brief): string {
  const text = canonical(brief);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

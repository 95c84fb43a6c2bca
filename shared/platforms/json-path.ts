// Small, typed-enough reading of untrusted JSON: a platform may drop or rename any key, so every
// read is optional and never throws.
export type Json = unknown;

/** Follows a path of keys and indexes; undefined as soon as a step is missing. */
export function at(value: Json, ...path: (string | number)[]): Json {
  let v = value;
  for (const step of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, Json>)[step];
  }
  return v;
}

export function str(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function num(value: Json): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return undefined;
}

export function obj(value: Json): Record<string, Json> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : undefined;
}

export function arr(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Visits, depth-first in document order, the value under `key` of every object below `value` that
 * has it, until `visit` returns true. Bounded by `limit` nodes (answers can be megabytes).
 */
function eachUnder(value: Json, key: string, limit: number, visit: (found: Json) => boolean): void {
  const stack: Json[] = [value];
  let seen = 0;
  while (stack.length && seen++ < limit) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const o = v as Record<string, Json>;
    if (key in o && visit(o[key])) return;
    const vals = Object.values(o);
    for (let i = vals.length - 1; i >= 0; i--) stack.push(vals[i]);
  }
}

/** First object (depth-first) that has `key`, returning that key's value. Bounded by `limit` nodes. */
export function findKey(value: Json, key: string, limit = 200_000): Json {
  let hit: Json;
  eachUnder(value, key, limit, (found) => {
    hit = found;
    return true;
  });
  return hit;
}

/** Every value stored under `key` anywhere below `value`, in document order. */
export function findAll(value: Json, key: string, limit = 200_000): Json[] {
  const out: Json[] = [];
  eachUnder(value, key, limit, (found) => {
    out.push(found);
    return false;
  });
  return out;
}

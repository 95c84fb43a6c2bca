// Every rule table is data; this checks its format so a new table cannot quietly break the checker.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JURISDICTION_RULES } from '../../../shared/disclosure/jurisdictions';
import { JURISDICTIONS } from '../../../shared/schemas/enums';

// Lower case, or a script without case (Devanagari: letters and their vowel marks); "/" for "c/o".
const TERM = /^(?:#\*?)?[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{M}\p{N} …/-]*$/u;
const Terms = z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().regex(TERM)));
const Table = z.strictObject({
  code: z.enum(JURISDICTIONS),
  name: z.string().min(2),
  authority: z.string().min(2),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).min(1),
  accepted: Terms,
  ambiguous: Terms,
  acceptedWithBrand: Terms.optional(),
  affiliate: z.strictObject({
    explanationLanguages: z.array(z.string().regex(/^[a-z]{2,3}$/)),
    nearLink: z.boolean(),
    eachLink: z.boolean(),
    rule: z.string().min(20),
  }),
  platformLabelSuffices: z.boolean(),
  placement: z.strictObject({
    rule: z.string().min(5),
    aboveFold: z.boolean(),
    pileFront: z.number().int().min(0).max(10),
    pileBack: z.boolean(),
  }),
  rule: z.string().min(20),
  source: z.strictObject({ title: z.string().min(5), url: z.string().url() }),
});

describe.each(Object.entries(JURISDICTION_RULES))('rule table %s', (code, table) => {
  it('has the table format', () => {
    expect(() => Table.parse(table)).not.toThrow();
    expect(table.code).toBe(code);
  });
  it('accepts at least one term and never lists a term as both accepted and ambiguous', () => {
    const accepted = Object.values(table.accepted).flat();
    const ambiguous = new Set(Object.values(table.ambiguous).flat());
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.filter((t) => ambiguous.has(t))).toEqual([]);
    expect(new Set(accepted).size).toBe(accepted.length);
  });
  it('gives "…" only between words', () => {
    for (const t of [...Object.values(table.accepted).flat(), ...Object.values(table.ambiguous).flat()])
      if (t.includes('…')) expect(t).toMatch(/^\S.* … .*\S$/u);
  });
});

it('has a table for every jurisdiction in the enum', () => {
  expect(Object.keys(JURISDICTION_RULES).sort()).toEqual([...JURISDICTIONS].sort());
});

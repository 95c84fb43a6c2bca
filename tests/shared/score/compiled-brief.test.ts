import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../../shared/schemas/brief';
import { compiledBrief } from '../../../shared/score/compiled-brief';
import { briefWith } from './make-profile';

describe('compiledBrief', () => {
  it('compiles a brief once per object, and an edited brief (a new object) afresh', () => {
    const brief = briefWith({ niches: [{ name: 'Yoga', keywords: ['yoga'] }] });
    expect(compiledBrief(brief)).toBe(compiledBrief(brief));
    const edited = { ...brief, niches: [{ name: 'Food', keywords: ['vegan'] }] };
    const compiled = compiledBrief(edited);
    expect(compiled).not.toBe(compiledBrief(brief));
    expect(compiled.terms.terms).toContain('vegan');
    expect(compiled.terms.terms).not.toContain('yoga');
  });

  it('resolves weights over the defaults and normalises regions and languages', () => {
    const compiled = compiledBrief(
      briefWith({
        weights: { niche: 5 },
        regions: [' us '],
        excludedRegions: ['ru'],
        languages: ['es-MX', 'EN'],
      }),
    );
    // A brief written without a purpose is an upgraded one: role fit weighs 0 (brief-upgrade.ts).
    expect(compiled.weights).toEqual({ ...DEFAULT_WEIGHTS, niche: 5, roleFit: 0 });
    expect(compiledBrief(briefWith({ purpose: 'production' })).weights).toEqual(DEFAULT_WEIGHTS);
    expect([...compiled.regions]).toEqual(['US']);
    expect([...compiled.excludedRegions]).toEqual(['RU']);
    expect([...compiled.languages]).toEqual(['es', 'en']);
  });

  it('tags each term with its kind and niche', () => {
    const compiled = compiledBrief(
      briefWith({
        niches: [
          { name: 'A', keywords: ['a1'] },
          { name: 'B', keywords: ['b1'] },
        ],
        excludedTerms: ['x1'],
      }),
    );
    const at = (term: string) => compiled.terms.terms.lastIndexOf(term);
    expect(compiled.kinds[at('b1')]).toBe('niche');
    expect(compiled.nicheOf[at('b1')]).toBe(1);
    expect(compiled.kinds[at('x1')]).toBe('excluded');
  });

  it('without a brief: Troupe’s vocabulary only, default weights, shared', () => {
    expect(compiledBrief(null)).toBe(compiledBrief(null));
    expect(compiledBrief(null).kinds).not.toContain('niche');
    expect(compiledBrief(null).weights).toEqual(DEFAULT_WEIGHTS);
  });
});

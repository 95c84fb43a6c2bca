import { describe, expect, it } from 'vitest';
import { vocabularyFor } from '../../../shared/disclosure/vocabulary';

describe('vocabularyFor', () => {
  it('compiles once per jurisdiction set, whatever the order', () => {
    expect(vocabularyFor(['US', 'DE'])).toBe(vocabularyFor(['DE', 'US', 'DE']));
    expect(vocabularyFor(['US'])).not.toBe(vocabularyFor(['UK']));
  });

  it('keeps each jurisdiction’s meaning of a shared term', () => {
    const v = vocabularyFor(['US', 'UK', 'DE']);
    const sponsored = v.words.get('sponsored')!;
    expect(sponsored.terms.get('US')?.strength).toBe('accepted');
    expect(sponsored.terms.get('UK')?.strength).toBe('ambiguous');
    // "#ad" is a tag-only term in DE and a word in US/UK.
    const ad = v.tags.get('ad')!;
    expect([ad.terms.get('US')?.strength, ad.terms.get('DE')?.strength]).toEqual(['accepted', 'ambiguous']);
    expect(v.words.get('ad')!.terms.has('DE')).toBe(false);
  });

  it('lets a longer phrase inherit the meaning of its words', () => {
    const v = vocabularyFor(['US']);
    expect(v.words.get('sponsored by')!.terms.get('US')?.strength).toBe('accepted');
    expect(v.words.get('sponsored by')!.signals.map((s) => s.kind)).toContain('sponsor_wording');
  });

  it('writes multi-word terms as hashtags without spaces', () => {
    const v = vocabularyFor(['IT']);
    expect(v.tags.get('collaborazionecommerciale')!.terms.get('IT')?.strength).toBe('accepted');
    expect(v.tags.get('linkinbio')!.signals.map((s) => s.kind)).toEqual(['link_in_bio']);
  });

  it('scans lower-cased text at word starts only', () => {
    const v = vocabularyFor(['DE']);
    const text = 'WERBUNG! Bewerbung, Werbung'.toLowerCase();
    const hits = [...text.matchAll(v.scanner)].map((m) => m.index + m[0].length - (m[1] ?? m[2])!.length);
    expect(hits).toEqual([0, text.lastIndexOf('werbung')]);
  });
});

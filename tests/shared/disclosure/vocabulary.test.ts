import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../shared/disclosure/vocabulary';

describe('vocabulary', () => {
  it('is compiled once, for every jurisdiction', () => {
    expect(vocabulary()).toBe(vocabulary());
    // A German label is known whichever jurisdictions are checked; only its meaning differs.
    const werbung = vocabulary().tags.get('werbung')!;
    expect(werbung.terms.get('DE')?.strength).toBe('accepted');
    expect(werbung.terms.has('US')).toBe(false);
  });

  it('keeps each jurisdiction’s meaning of a shared term', () => {
    const v = vocabulary();
    const sponsored = v.words.get('sponsored')!;
    expect(sponsored.terms.get('US')?.strength).toBe('accepted');
    expect(sponsored.terms.get('UK')?.strength).toBe('ambiguous');
    // "#ad" is a tag-only term in DE and a word in US/UK.
    const ad = v.tags.get('ad')!;
    expect([ad.terms.get('US')?.strength, ad.terms.get('DE')?.strength]).toEqual(['accepted', 'ambiguous']);
    expect(v.words.get('ad')!.terms.has('DE')).toBe(false);
  });

  it('lets a longer phrase inherit the meaning of its words', () => {
    const v = vocabulary();
    expect(v.words.get('sponsored by')!.terms.get('US')?.strength).toBe('accepted');
    expect(v.words.get('sponsored by')!.signals.map((s) => s.kind)).toContain('sponsor_wording');
  });

  it('lets a "…" phrase keep the meaning of its opening words where no table gives the phrase one', () => {
    const wild = vocabulary().wildcards.get('thanks to')!;
    const free = wild.find((w) => w.entry.key === 'thanks to … for the free')!.entry;
    expect(free.terms.get('US')?.strength).toBe('accepted');
    // CAP calls "thanks to [brand]" unclear: the phrase is unclear there too, not unlisted.
    expect(free.terms.get('UK')?.strength).toBe('ambiguous');
  });

  it('says what each term covers', () => {
    const v = vocabulary();
    expect(v.tags.get('ad')!.covers).toBe('any');
    expect(v.words.get('sponsored by')!.covers).toBe('sponsorship');
    expect(v.tags.get('sponsoredby')!.covers).toBe('sponsorship');
    expect(v.words.get('gifted')!.covers).toBe('gift');
    expect(v.words.get('affiliate links')!.covers).toBe('affiliate');
    expect(v.words.get('affiliate links')!.signals.map((s) => s.kind)).toEqual(['affiliate_wording']);
  });

  it('gives affiliate explanations their meaning under every jurisdiction', () => {
    const earn = vocabulary()
      .wildcards.get('earn')!
      .find((w) => w.entry.key === 'earn … commission')!;
    expect(earn.entry.terms.get('US')?.strength).toBe('accepted');
    expect(earn.entry.terms.get('UK')?.strength).toBe('ambiguous');
    expect(earn.entry.terms.size).toBe(16);
    const provision = vocabulary().wildcards.get('erhalte')![0]!.entry;
    expect(provision.terms.get('DE')).toEqual({ strength: 'accepted', language: 'de', nearLink: true });
  });

  it('writes multi-word terms as hashtags without spaces', () => {
    const v = vocabulary();
    expect(v.tags.get('collaborazionecommerciale')!.terms.get('IT')?.strength).toBe('accepted');
    expect(v.tags.get('linkinbio')!.signals.map((s) => s.kind)).toEqual(['link_in_bio']);
  });

  it('scans lower-cased text at word starts only', () => {
    const v = vocabulary();
    const text = 'WERBUNG! Bewerbung, Werbung'.toLowerCase();
    const hits = [...text.matchAll(v.scanner)].map((m) => m.index + m[0].length - m[1]!.length);
    expect(hits).toEqual([0, text.lastIndexOf('werbung')]);
  });
});

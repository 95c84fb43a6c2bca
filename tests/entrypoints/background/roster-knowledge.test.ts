import { describe, expect, it } from 'vitest';
import { fromRoster } from '../../../entrypoints/background/roster-knowledge';
import { mergeSave, profileAfterSave } from '../../../shared/roster/merge';
import { profile } from '../../shared/roster/creators';

// The card's line under a saved creator's score: which facts the roster added to the page reading.
const full = profile({ handle: 'trail', links: ['https://trail.example/'] });
const bare = profile({ handle: 'trail', followers: null, bio: null, links: [], recentPosts: [] });
const savedTwice = { ...mergeSave(undefined, { profile: full, fit: null }, 'a'), snapshotCount: 2 };

describe('fromRoster', () => {
  it('names what the earlier visits filled in and how many there were', () => {
    expect(fromRoster(bare, profileAfterSave(savedTwice, bare), savedTwice, null)?.words).toBe(
      'With 2 earlier visits: the follower count, bio, links and 1 recent post',
    );
  });

  it('counts logged collaborations without their figures', () => {
    const past = { collaborations: 3, conversions: 340 };
    expect(fromRoster(full, profileAfterSave(savedTwice, full), savedTwice, past)).toEqual({
      visits: 2,
      words: 'With 2 earlier visits: your logged collaborations',
    });
  });

  it('says an application when the saved figures are the creator’s own', () => {
    const applied = mergeSave(undefined, { profile: { ...full, selfReported: true }, fit: null }, 'a');
    expect(fromRoster(bare, profileAfterSave(applied, bare), applied, null)?.words).toBe(
      'With the creator’s application: bio, links and 1 recent post',
    );
  });

  it('is null when the page showed everything the score rests on', () => {
    expect(fromRoster(full, profileAfterSave(savedTwice, full), savedTwice, null)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { FOLDS, foldIndex } from '../../../shared/disclosure/folds';
import { PLATFORMS } from '../../../shared/schemas/enums';

describe('foldIndex', () => {
  it('knows every platform and names a source', () => {
    for (const p of PLATFORMS) expect(FOLDS[p].source.length).toBeGreaterThan(10);
  });
  it.each([
    ['instagram', 125],
    ['tiktok', 100],
    ['youtube', 100],
    ['x', 280],
  ] as const)('%s folds after %i characters', (platform, chars) => {
    expect(foldIndex('x'.repeat(1000), platform)).toBe(chars);
    expect(foldIndex('x'.repeat(chars), platform)).toBeNull();
  });
  it('shows the whole text on Twitch and when the platform is unknown', () => {
    expect(foldIndex('x'.repeat(1000), 'twitch')).toBeNull();
    expect(foldIndex('x'.repeat(1000), null)).toBeNull();
  });
  it('counts an emoji as one character and stops Instagram after three lines', () => {
    expect(foldIndex('😀'.repeat(200), 'instagram')).toBe(250);
    expect(foldIndex('a\nb\nc\nd e f', 'instagram')).toBe(5);
  });
});

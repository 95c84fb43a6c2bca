import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTabRequest, type RosterSave, TROUPE } from '../../shared/messages';
import { newProfile } from '../../shared/platforms/blank-records';
import { callTab } from '../../shared/tab-client';

const shown: RosterSave = {
  profile: newProfile('tiktok', 'illojuan', 'https://www.tiktok.com/@illojuan'),
  fit: null,
  disclosures: [],
};

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('callTab', () => {
  it("sends a marked TabApi request to the tab and returns the overlay's answer", async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(shown);
    await expect(callTab(7, 'overlay.current', {})).resolves.toEqual(shown);
    expect(send).toHaveBeenCalledWith(7, { troupe: TROUPE, method: 'overlay.current', input: {} });
    expect(isTabRequest(send.mock.calls[0]?.[1])).toBe(true);
  });

  it('answers null for a tab without an overlay (no listener there)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(callTab(7, 'overlay.current', {})).resolves.toBeNull();
  });
});

describe('isTabRequest', () => {
  it('accepts only marked requests for a TabApi method', () => {
    expect(isTabRequest({ troupe: TROUPE, method: 'overlay.current', input: {} })).toBe(true);
    expect(isTabRequest({ troupe: TROUPE, method: 'roster.list', input: {} })).toBe(false);
    expect(isTabRequest({ troupe: 2, method: 'overlay.current' })).toBe(false);
    expect(isTabRequest({ method: 'overlay.current' })).toBe(false);
    expect(isTabRequest(null)).toBe(false);
    expect(isTabRequest('overlay.current')).toBe(false);
  });
});

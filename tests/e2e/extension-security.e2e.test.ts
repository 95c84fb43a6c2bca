// What a social page can do to the card, in Debian's Chromium with the built extension: its scripts
// cannot read the card (closed shadow root: reasons, the brief's private terms), cannot press its
// buttons (untrusted clicks do nothing), cannot quietly overwrite a saved creator's figures, and a
// content script (what a compromised renderer can speak as) cannot read settings, back up or remove.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RosterApi, RosterMethod } from '../../shared/messages';
import { replyFrom } from './support/extension-call';
import { type ExtensionOnPages, startExtensionOn } from './support/extension-on-pages';
import { otherCreator, ownPages } from './support/social-server';

const own = ownPages();
const lena = own.find((p) => p.url === 'https://www.instagram.com/lena.makes/')!;
// The same creator with figures a tampered page (or an XSS there) would show: 12,431 → 912,431.
const tampered = {
  ...otherCreator(lena, [
    ['12,431', '912,431'],
    ['12K Followers', '912K Followers'],
  ]),
  url: `${lena.url}?tampered=1`,
};

let extension: ExtensionOnPages;

beforeAll(async () => {
  extension = await startExtensionOn([lena, tampered]);
});

afterAll(() => extension?.close());

describe('the card against the page it sits on', () => {
  it("the page's scripts cannot reach the card, and their clicks on Save add nothing", async () => {
    const { page, card } = await extension.openCard(lena.url);
    await card.waitFor('[data-testid=troupe-roster-status][data-status=absent]');
    const save = await card.rect('[data-testid=troupe-save]');
    const seen = await page.evaluate(
      ({ x, y }) => {
        const host = document.querySelector('troupe-overlay')!;
        // What a script on the page can do: find the host, the element under Save, and click them.
        const under = document.elementFromPoint(x, y);
        under?.dispatchEvent(
          new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
        );
        (under as HTMLElement | null)?.click();
        (host as HTMLElement).click();
        return {
          shadowRoot: host.shadowRoot === null ? null : 'open',
          under: under?.tagName ?? null,
          text: host.textContent,
        };
      },
      { x: save.x + save.width / 2, y: save.y + save.height / 2 },
    );
    expect(seen).toEqual({ shadowRoot: null, under: 'TROUPE-OVERLAY', text: '' });
    // Even a click dispatched on the button itself (as a script in the extension's world could) is
    // untrusted and ignored.
    await card.world.run(() => {
      const dom = (
        globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot: (e: Element) => ShadowRoot } } }
      ).chrome.dom;
      dom
        .openOrClosedShadowRoot(document.querySelector('troupe-overlay')!)
        .querySelector<HTMLElement>('[data-testid=troupe-save]')!
        .click();
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' })).toBeNull();
    expect(await card.attribute('[data-testid=troupe-roster-status]', 'data-status')).toBe('absent');
    // A person's click saves.
    await card.click('[data-testid=troupe-save]');
    await card.waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    expect(await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' })).toMatchObject({
      snapshotCount: 1,
    });
    await page.close();
  });

  it('a reading whose figures jump is not saved until the marketer sees it and confirms', async () => {
    const { page, card } = await extension.openCard(tampered.url);
    expect(await card.text('troupe-followers')).toBe('912,431');
    await card.click('[data-testid=troupe-save]');
    await card.waitFor('[data-testid=troupe-held]');
    expect(await card.text('troupe-held')).toContain('followers 12,431 → 912,431');
    const kept = await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' });
    expect(kept?.profile.followers?.value).toBe(12_431);
    expect(kept?.snapshotCount).toBe(1);
    await card.click('[data-testid=troupe-save-confirmed]');
    await card.waitFor('[data-testid=troupe-roster-status][data-status=in-roster]');
    const confirmed = await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' });
    expect(confirmed?.profile.followers?.value).toBe(912_431);
    expect(confirmed?.snapshotCount).toBe(2);
    await page.close();
  });

  it("the card counts the brief's private terms; the page cannot read them; the roster names them", async () => {
    await extension.fromRoster('brief.save', {
      brief: { id: 'private', name: 'Private brief', excludedTerms: ['glaze'], cautionTerms: ['pottery'] },
      activate: true,
    });
    const { page, card } = await extension.openCard(lena.url);
    await card.waitFor('[data-testid=troupe-excluded]');
    const excluded = await card.text('troupe-excluded');
    expect(excluded).toContain('uses a term your brief excludes (see the roster)');
    const all = await card.text('troupe-card');
    expect(all).not.toMatch(/glaze|pottery/i);
    // Everything the page's own scripts can read of the card: nothing.
    const readable = await page.evaluate(() => {
      const host = document.querySelector('troupe-overlay')!;
      return `${host.shadowRoot?.innerHTML ?? ''}|${host.textContent}|${host.innerHTML}`;
    });
    expect(readable).toBe('||');
    // The roster, an extension page, names them (saved earlier, scored now against this brief).
    await extension.fromRoster('roster.rescore', {});
    const entry = await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' });
    expect(entry?.fit?.excluded?.reason).toMatch(/excluded term glaze/);
    await page.close();
  });

  it('a content script may assess and look up, but not read settings, back up, import or remove', async () => {
    await extension.fromRoster('settings.save', {
      receiverUrl: 'https://apply.example',
      receiverToken: 'secret-token',
    });
    const { page, card } = await extension.openCard(lena.url);
    // Asked from the content script's world, as a compromised renderer would ask.
    const ask = <M extends RosterMethod>(method: M, input: Parameters<RosterApi[M]>[0]) =>
      replyFrom(card.world, method, input);
    const replies = {
      lookup: await ask('roster.lookup', { key: 'instagram:lena.makes' }),
      settingsGet: await ask('settings.get', {}),
      settingsSave: await ask('settings.save', { receiverUrl: 'https://evil.example' }),
      backup: await ask('roster.backup', {}),
      importCsv: await ask('roster.import', { kind: 'csv', text: 'platform,handle\ninstagram,fake_one' }),
      remove: await ask('roster.remove', { keys: ['instagram:lena.makes'] }),
      otherPlatform: await ask('roster.lookup', { key: 'tiktok:lena.makes' }),
    };
    expect(replies.lookup).toMatchObject({ ok: true, value: { key: 'instagram:lena.makes', fit: null } });
    for (const refused of [
      'settingsGet',
      'settingsSave',
      'backup',
      'importCsv',
      'remove',
      'otherPlatform',
    ] as const)
      expect(replies[refused], refused).toMatchObject({ ok: false, error: expect.stringMatching(/refuses/) });
    expect(JSON.stringify(replies)).not.toContain('secret-token');
    expect(await extension.fromRoster('settings.get', {})).toMatchObject({
      receiverUrl: 'https://apply.example',
    });
    expect(await extension.fromRoster('roster.lookup', { key: 'instagram:lena.makes' })).not.toBeNull();
    expect(await extension.fromRoster('roster.lookup', { key: 'instagram:fake_one' })).toBeNull();
    await page.close();
  });
});

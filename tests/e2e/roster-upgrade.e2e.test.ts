// The roster database's v4 upgrade in Debian's Chromium, on the extension's own IndexedDB: the
// roster page deletes the database (the background's connection closes on versionchange, see
// roster-db.ts), writes it back at v3 exactly as the previous release laid it out (raw IndexedDB
// and the layout of tests/entrypoints/background/support/old-layouts.ts:
// its stores, a creator with its row, a brief without a purpose, a collaboration in the v2/v3
// shape), then the browser restarts, the background opens the database with today's code and
// upgrades it; nothing is lost and the upgraded records read as today's.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { upgradeCollaboration } from '../../shared/roster/collaboration';
import { mergeSave } from '../../shared/roster/merge';
import { rosterRow } from '../../shared/roster/row';
import { OLD_LAYOUT } from '../entrypoints/background/support/old-layouts';
import { V2_COLLABORATION } from '../shared/roster/collaborations';
import { fitResult, profile } from '../shared/roster/creators';
import { type Launched, launch } from './support/chromium';
import { callFrom } from './support/extension-call';

let browser: Launched;
let userDataDir: string;

async function openRoster(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/roster.html`);
  return page;
}

const ask = callFrom;

beforeAll(async () => {
  userDataDir = mkdtempSync(join(tmpdir(), 'troupe-upgrade-e2e-'));
  browser = await launch({ extension: true, userDataDir });
});
afterAll(async () => {
  await browser?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

it('a v3 roster database in the extension upgrades to the current version (v5) on the next start with nothing lost', async () => {
  const creator = mergeSave(
    undefined,
    { profile: profile({ handle: 'kitchen_kai', platform: 'tiktok' }), fit: fitResult(64) },
    '2025-06-01T00:00:00.000Z',
  );
  const brief = {
    id: 'old',
    name: 'Trail community',
    brand: 'Terra',
    jurisdictions: ['US'],
    weights: { niche: 4 },
  };
  const old = {
    creator,
    row: rosterRow(creator),
    brief,
    collaboration: V2_COLLABORATION,
    layout: OLD_LAYOUT.filter(([, , , since]) => since <= 3),
  };
  const page = await openRoster();
  // Wakes the background so its connection is open (and must give way to the deletion).
  await ask(page, 'roster.counts', {});
  await page.evaluate(async (old) => {
    const done = (r: IDBRequest | IDBOpenDBRequest) =>
      new Promise<unknown>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    await done(indexedDB.deleteDatabase('troupe-roster'));
    const open = indexedDB.open('troupe-roster', 3);
    open.onupgradeneeded = () => {
      // createOldStores at v3: the page gets the layout as data (an extension page may not eval).
      for (const [name, options, byKey] of old.layout) {
        const store = open.result.createObjectStore(name, options);
        if (byKey) store.createIndex('by-key', 'key');
      }
    };
    const db = (await done(open)) as IDBDatabase;
    const tx = db.transaction(['creators', 'rows', 'briefs', 'meta', 'collaborations'], 'readwrite');
    tx.objectStore('creators').put(old.creator);
    tx.objectStore('rows').put(old.row);
    tx.objectStore('briefs').put(old.brief);
    tx.objectStore('meta').put('old', 'activeBriefId');
    tx.objectStore('collaborations').put(old.collaboration);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
  }, old);

  // The next start: the background opens the v3 database with today's code.
  await browser.context.close();
  browser = await launch({ extension: true, userDataDir });
  const after = await openRoster();
  await ask(after, 'roster.counts', {});
  const version = await after.evaluate(
    async () => (await indexedDB.databases()).find((d) => d.name === 'troupe-roster')?.version,
  );
  expect(version).toBe(5);
  expect(await ask(after, 'roster.lookup', { key: creator.key })).toEqual(creator);
  const { briefs, activeId } = await ask(after, 'brief.list', {});
  expect(activeId).toBe('old');
  expect(briefs).toEqual([{ ...brief, purpose: 'hybrid', weights: { niche: 4, roleFit: 0 } }]);
  expect(await ask(after, 'collaborations.list', {})).toEqual([upgradeCollaboration(V2_COLLABORATION)]);
  expect((await ask(after, 'roster.rows', {})).rows.map((r) => r.key)).toEqual([creator.key]);
});

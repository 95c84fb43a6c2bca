// The roster database's stores as earlier releases laid them out, as plain data so a test can build
// them with raw IndexedDB in Node (fake-indexeddb) or inside the extension's page (Chromium).

/** [store, options, has a 'by-key' index on `key`, the version that created it]. */
export type StoreLayout = [
  name: string,
  options: IDBObjectStoreParameters | undefined,
  byKey: boolean,
  since: number,
];

export const OLD_LAYOUT: StoreLayout[] = [
  ['creators', { keyPath: 'key' }, false, 1],
  ['snapshots', { keyPath: 'id', autoIncrement: true }, true, 1],
  ['briefs', { keyPath: 'id' }, false, 1],
  ['meta', undefined, false, 1],
  ['rows', { keyPath: 'key' }, false, 2],
  ['notes', { keyPath: 'id' }, true, 2],
  ['collaborations', { keyPath: 'id' }, true, 2],
  ['segments', { keyPath: 'id' }, false, 2],
  ['staged', { keyPath: 'seq', autoIncrement: true }, false, 3],
];

/** The stores of release `version`, created on a database being upgraded from nothing. */
export function createOldStores(db: IDBDatabase, layout: StoreLayout[], version: number): void {
  for (const [name, options, byKey, since] of layout) {
    if (since > version) continue;
    const store = db.createObjectStore(name, options);
    if (byKey) store.createIndex('by-key', 'key');
  }
}

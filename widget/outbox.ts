// Applications that could not be sent yet, kept in the host page's IndexedDB until they are.
// Raw IndexedDB rather than idb: four calls do not justify a dependency inside an 18 KB budget.
// Nothing here runs before the applicant interacts, except `hasOutbox`, which only lists existing
// databases (it never creates one) so a page visit can finish what an earlier visit started.
import type { Application } from '../shared/schemas/application';

const DB = 'troupe-apply';
const STORE = 'outbox';

export interface Queued {
  endpoint: string;
  application: Application;
  queuedAt: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () =>
      request.result.createObjectStore(STORE, { keyPath: 'application.idempotencyKey' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const enqueue = (item: Queued) => run('readwrite', (s) => s.put(item)).then(() => undefined);
export const queued = () => run<Queued[]>('readonly', (s) => s.getAll());

/**
 * Removes a delivered (or refused) application, and the database with the last one: an empty
 * database left behind would make every later visit load the submit module to look inside it.
 * Another tab queueing in the instant between the count and the delete would lose its copy, which
 * its own page still holds and sends (the window is one IndexedDB round trip).
 */
export async function dequeue(key: string): Promise<void> {
  const left = await run('readwrite', (s) => {
    s.delete(key);
    return s.count();
  });
  if (left > 0) return;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/** True when an earlier visit left a database behind; never creates one. */
export async function hasOutbox(): Promise<boolean> {
  if (typeof indexedDB === 'undefined' || !indexedDB.databases) return false;
  const dbs = await indexedDB.databases().catch(() => []);
  return dbs.some((d) => d.name === DB);
}

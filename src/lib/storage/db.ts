import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { reportStorageError, reportStorageProblem } from './storage-status';

export const DB_NAME = 'ita-lens';
const DB_VERSION = 1;

export interface MappingRecord {
  signature: string;
  mapping: Record<number, string>;
  savedAt: number;
}

/**
 * The browser store. Dataset records are validated on read (a record from an older or damaged store is
 * skipped and reported), so their value type is `unknown` here.
 */
export interface ItaLensDb extends DBSchema {
  datasets: { key: string; value: unknown };
  mappings: { key: string; value: MappingRecord };
}

let opening: Promise<IDBPDatabase<ItaLensDb> | null> | null = null;

/**
 * The open database, or null when the browser will not give one (reported once; the app then works
 * in memory). Opened on first use and kept.
 */
export function getDb(): Promise<IDBPDatabase<ItaLensDb> | null> {
  opening ??= open();
  return opening;
}

async function open(): Promise<IDBPDatabase<ItaLensDb> | null> {
  try {
    if (typeof indexedDB === 'undefined') throw new DOMException('IndexedDB is missing', 'NotSupportedError');
    return await openDB<ItaLensDb>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains('datasets')) db.createObjectStore('datasets', { keyPath: 'id' });
        if (!db.objectStoreNames.contains('mappings'))
          db.createObjectStore('mappings', { keyPath: 'signature' });
      },
      blocked() {
        reportStorageProblem(
          'blocked',
          new DOMException('an older version is open in another tab', 'BlockedError'),
        );
      },
      blocking() {
        // A newer version of the app wants the store: step aside rather than block it.
        void opening?.then((db) => db?.close());
        opening = Promise.resolve(null);
        reportStorageProblem(
          'blocked',
          new DOMException('a newer version is open in another tab', 'BlockingError'),
        );
      },
      terminated() {
        opening = null;
        reportStorageProblem('failed', new DOMException('the browser closed the store', 'AbortError'));
      },
    });
  } catch (err) {
    reportStorageError(err);
    return null;
  }
}

/** Delete the whole store (the banner's reset); the app goes on in memory until the next reload. */
export async function resetDb(): Promise<void> {
  const db = await opening;
  db?.close();
  opening = null;
  await deleteDB(DB_NAME);
}

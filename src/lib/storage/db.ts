import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { reportStorageError, reportStorageProblem } from './storage-status';

export const DB_NAME = 'ita-lens';
/** 1: datasets, mappings. 2: + plans, reports (measures plans and their results reports). */
export const DB_VERSION = 2;

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
  /** Measures plans (plan-records.ts), keyed by plan id; validated on read. */
  plans: { key: string; value: unknown };
  /** Results reports, keyed by the id of their plan; validated on read. */
  reports: { key: string; value: unknown };
}

/** Every object store, its key path and the version that added it. Stores are only ever added. */
export const STORES = [
  { name: 'datasets', keyPath: 'id', since: 1 },
  { name: 'mappings', keyPath: 'signature', since: 1 },
  { name: 'plans', keyPath: 'id', since: 2 },
  { name: 'reports', keyPath: 'planId', since: 2 },
] as const;

/** The part of an upgrading database the upgrade uses (so it can be tested without a browser). */
export interface UpgradeTarget {
  objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string, options: { keyPath: string }): unknown;
}

/**
 * Bring a store of any older version (or a new one) up to DB_VERSION: create the stores it lacks and
 * keep every existing store and record as it is (nothing is deleted or rewritten, so a version-1 store
 * keeps its datasets and mappings). Returns the names of the stores created.
 */
export function upgradeStores(db: UpgradeTarget): string[] {
  const created: string[] = [];
  for (const s of STORES) {
    if (s.since > DB_VERSION || db.objectStoreNames.contains(s.name)) continue;
    db.createObjectStore(s.name, { keyPath: s.keyPath });
    created.push(s.name);
  }
  return created;
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
        upgradeStores(db as unknown as UpgradeTarget);
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

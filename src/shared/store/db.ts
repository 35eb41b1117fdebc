import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { reportStorageError, reportStorageProblem } from './storage-status';

export const DB_NAME = 'ita-lens';
/**
 * 1: datasets, mappings. 2: + plans, reports (measures plans and their results reports). 3: + aside
 * (records that could not be read, kept as they were until the user decides).
 */
export const DB_VERSION = 3;

/**
 * How long the store may take to open or to answer a read or a write before the app stops waiting
 * for it and carries on in memory (the banner says so). Generous: a loaded machine answers in well
 * under a second; a store that has not answered in this time is not going to.
 */
export const STORE_TIMEOUT_MS = 8_000;

export type RecordStore = 'datasets' | 'mappings' | 'plans' | 'reports';

/** A record kept aside (aside.ts): the stored value exactly as it was, and why it was kept. */
export interface AsideRecord {
  /** `${store}/${id}/${savedAt}`. */
  key: string;
  store: RecordStore;
  /** The record's key in its store. */
  id: string;
  savedAt: number;
  /** `unreadable`: nothing of it could be read; `partial`: read with parts left out (listed). */
  why: 'unreadable' | 'partial';
  /** The parts left out, for telling the user which (list name and title). */
  dropped: { list: string; label: string | null }[];
  raw: unknown;
}

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
  /** Records that could not be read (in whole or in part), kept as they were. */
  aside: { key: string; value: AsideRecord };
}

/** Every object store, its key path and the version that added it. Stores are only ever added. */
export const STORES = [
  { name: 'datasets', keyPath: 'id', since: 1 },
  { name: 'mappings', keyPath: 'signature', since: 1 },
  { name: 'plans', keyPath: 'id', since: 2 },
  { name: 'reports', keyPath: 'planId', since: 2 },
  { name: 'aside', keyPath: 'key', since: 3 },
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
/** Set once the store failed to answer in time: this visit then carries on in memory. */
let unresponsive = false;

/**
 * The open database, or null when the browser will not give one or it does not answer in time
 * (reported once; the app then works in memory). Opened on first use and kept.
 */
export function getDb(): Promise<IDBPDatabase<ItaLensDb> | null> {
  if (unresponsive) return Promise.resolve(null);
  opening ??= answered(open(), null, (late) => void late.then((db) => db?.close()));
  return opening;
}

/**
 * `work`, or `fallback` when the store has not answered within STORE_TIMEOUT_MS: the problem is reported,
 * and from then on this visit leaves the store alone (every view carries on in memory). A late answer is
 * handed to `late` (e.g. to close a database that opened after all) and never becomes an error.
 */
export function answered<T>(work: Promise<T>, fallback: T, late?: (p: Promise<T>) => void): Promise<T> {
  if (unresponsive) {
    void work.catch(() => undefined);
    return Promise.resolve(fallback);
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      unresponsive = true;
      opening = Promise.resolve(null);
      reportStorageProblem(
        'timeout',
        new DOMException(`no answer in ${STORE_TIMEOUT_MS / 1000} s`, 'TimeoutError'),
      );
      late?.(work);
      void work.catch(() => undefined);
      resolve(fallback);
    }, STORE_TIMEOUT_MS);
    work.then(
      (v) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        reject(e instanceof Error || e instanceof DOMException ? e : new Error(String(e)));
      },
    );
  });
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

import { useEffect } from 'react';
import { createStore, type ExternalStore } from './external-store';
import { createWriteQueue, type SaveStatus } from './write-queue';

/**
 * A store kept in memory and mirrored to IndexedDB: the views read and change the memory at once, and
 * each change queues its write (the latest per key wins the queue, write-queue.ts). What was saved is
 * read back once (`restore`), merged with anything changed meanwhile. Every IndexedDB-backed store of
 * the app is one (the open datasets, the plans and reports); what a store saves, merges and announces
 * to other tabs is its own, given to `createPersistentStore`.
 */
export interface PersistentStore<T> extends ExternalStore<T> {
  /** Read the saved state back (once; later calls return the same promise). */
  restore(): Promise<void>;
  /** Queue a write under `key`: replaces a queued write of the same key that has not started. */
  write(key: string, job: () => Promise<boolean>): void;
  /** Resolves when every queued write is done (written or failed). */
  flush(): Promise<void>;
  /** The value, restored from the store on first use. */
  useRestored(): T;
}

export interface PersistentStoreOptions<T> {
  initial: T;
  /**
   * Read what is saved; resolves to how it joins the state as it is when the read lands (which holds
   * what was changed while it was being read).
   */
  load(): Promise<(latest: T) => T>;
  /** Called once the saved state is in (e.g. to start listening to other tabs). */
  onRestored?(): void;
  /** The write queue's status, to show (saving, saved, unsaved). */
  onSaveStatus?(status: SaveStatus): void;
}

export function createPersistentStore<T>(o: PersistentStoreOptions<T>): PersistentStore<T> {
  const store = createStore(o.initial);
  const queue = createWriteQueue((s) => o.onSaveStatus?.(s));
  let restoring: Promise<void> | null = null;
  const restore = (): Promise<void> =>
    (restoring ??= (async () => {
      store.set(await o.load());
      o.onRestored?.();
    })());
  return {
    ...store,
    restore,
    write: (key, job) => queue.put(key, job),
    flush: () => queue.flush(),
    useRestored() {
      useEffect(() => {
        void restore();
      }, []);
      return store.useValue();
    },
  };
}

/**
 * Writes that keep only the latest value per key: an edit queues a write at once; while one write is
 * under way, further edits of the same thing replace each other, so typing never piles up writes and the
 * last edit always lands. Pure (no IndexedDB here), so it is unit-tested.
 */

export type SaveStatus =
  /** Nothing written yet in this visit. */
  | 'idle'
  | 'saving'
  | 'saved'
  /** The last write did not reach the store: the edits live in memory only (the banner says why). */
  | 'unsaved';

export interface WriteQueue {
  /** Queue `job` under `key`, replacing a job of the same key that has not started. */
  put(key: string, job: () => Promise<boolean>): void;
  /** Resolves when every queued write is done. */
  flush(): Promise<void>;
  status(): SaveStatus;
}

export function createWriteQueue(onStatus: (s: SaveStatus) => void): WriteQueue {
  const pending = new Map<string, () => Promise<boolean>>();
  let running: Promise<void> | null = null;
  let status: SaveStatus = 'idle';
  const setStatus = (s: SaveStatus) => {
    if (s === status) return;
    status = s;
    onStatus(s);
  };
  const drain = async (): Promise<void> => {
    let ok = true;
    while (pending.size > 0) {
      const [key, job] = pending.entries().next().value as [string, () => Promise<boolean>];
      pending.delete(key);
      const done = await job().catch(() => false);
      ok = ok && done;
    }
    running = null;
    setStatus(ok ? 'saved' : 'unsaved');
  };
  return {
    put(key, job) {
      pending.delete(key);
      pending.set(key, job);
      setStatus('saving');
      running ??= drain();
    },
    async flush() {
      while (running) await running;
    },
    status: () => status,
  };
}

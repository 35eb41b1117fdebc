import { createStore } from './external-store';

/**
 * Why the browser store is not doing its job; the app keeps working in memory in every case. `timeout`:
 * the store did not open or answer in time.
 */
export type StorageReason = 'unavailable' | 'full' | 'blocked' | 'corrupt' | 'failed' | 'timeout';

export interface StorageProblem {
  reason: StorageReason;
  /** The browser's own error text (shown as detail, never as the main message). */
  detail: string;
  /** For `corrupt`: how many saved records were skipped. */
  count: number;
}

const current = createStore<StorageProblem | null>(null);

const rank: Record<StorageReason, number> = {
  failed: 1,
  corrupt: 2,
  full: 3,
  timeout: 4,
  blocked: 5,
  unavailable: 6,
};

/** Classify an error thrown by IndexedDB into what the banner should say. */
export function classifyStorageError(err: unknown): StorageReason {
  const name = err instanceof DOMException || err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'SecurityError' || name === 'NotSupportedError' || name === 'InvalidAccessError')
    return 'unavailable';
  if (name === 'DataCloneError' || name === 'DataError' || name === 'NotReadableError') return 'corrupt';
  if (name === 'TimeoutError') return 'timeout';
  return 'failed';
}

function errorText(err: unknown): string {
  if (err instanceof Error || err instanceof DOMException) return `${err.name}: ${err.message}`;
  return String(err);
}

/** Record a storage problem (the most serious one is kept; corrupt records add up). */
export function reportStorageProblem(reason: StorageReason, err: unknown, count = 1): void {
  const detail = errorText(err);
  const problem = current.get();
  if (problem && reason === 'corrupt' && problem.reason === 'corrupt')
    current.set({ ...problem, count: problem.count + count });
  else if (!problem || rank[reason] >= rank[problem.reason]) current.set({ reason, detail, count });
}

export function reportStorageError(err: unknown): void {
  reportStorageProblem(classifyStorageError(err), err);
}

export function clearStorageProblem(): void {
  current.set(null);
}

/** The current storage problem, or null when saving works. */
export function useStorageProblem(): StorageProblem | null {
  return current.useValue();
}

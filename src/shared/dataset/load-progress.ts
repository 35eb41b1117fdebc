import { useSyncExternalStore } from 'react';
import type { JobProgress } from './worker-client';

/** Progress of the reads under way, by dataset id (for the progress bar). */
const progress = new Map<string, JobProgress>();
const listeners = new Set<() => void>();

export function setLoadProgress(id: string, p: JobProgress | null): void {
  if (p) progress.set(id, p);
  else progress.delete(id);
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useLoadProgress(id: string): JobProgress | undefined {
  return useSyncExternalStore(
    subscribe,
    () => progress.get(id),
    () => undefined,
  );
}

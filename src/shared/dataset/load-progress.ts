import { createStore } from '@/shared/store/external-store';
import type { JobProgress } from './worker-client';

/** Progress of the reads under way, by dataset id (for the progress bar). */
const progress = createStore<ReadonlyMap<string, JobProgress>>(new Map());

export function setLoadProgress(id: string, p: JobProgress | null): void {
  progress.set((prev) => {
    const next = new Map(prev);
    if (p) next.set(id, p);
    else next.delete(id);
    return next;
  });
}

export function useLoadProgress(id: string): JobProgress | undefined {
  return progress.useValue((all) => all.get(id));
}

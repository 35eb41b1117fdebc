import { startIngestWorker } from './ingest-worker';
import type { LoadedDataset } from './types';
import type { Phase, WorkerRequest, WorkerResponse } from './worker-protocol';

export interface JobProgress {
  phase: Phase;
  done: number;
  total: number;
}

/** The demo file is not in this build (a 404), as opposed to a failure to read it. */
export class MissingDataError extends Error {
  constructor() {
    super('missing');
    this.name = 'MissingDataError';
  }
}

/**
 * Run one job in a fresh worker (a module worker of its own file, or inlined in the one-file build). Aborting the signal terminates the worker at once (the cancel
 * button); the worker is also terminated when the job ends, so nothing stays behind.
 */
export function runInWorker(
  req: WorkerRequest,
  opts: { signal?: AbortSignal; onProgress?: (p: JobProgress) => void } = {},
): Promise<LoadedDataset> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new DOMException('Cancelled', 'AbortError'));
      return;
    }
    const worker = startIngestWorker();
    const end = () => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      if (msg.kind === 'progress') opts.onProgress?.(msg);
      else if (msg.kind === 'done') {
        end();
        resolve(msg.result);
      } else {
        end();
        reject(msg.missing ? new MissingDataError() : new Error(msg.message));
      }
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'the worker stopped'));
    };
    worker.postMessage(req);
  });
}

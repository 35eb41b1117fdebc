import { startIngestWorker } from './ingest-worker';
import type { Reading } from '@analysis/ingest/text/types';
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

/** A workbook the worker could not open: the reason in both languages. */
export class WorkbookOpenError extends Error {
  constructor(
    readonly th: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'WorkbookOpenError';
  }
}

/**
 * The worksheets of an .xlsx file, read in a worker (the decompression limits apply there, so a workbook
 * made to fill memory is refused without touching the page). Rejects with WorkbookOpenError.
 */
export function listWorkbookSheets(name: string, blob: Blob): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = startIngestWorker();
    worker.onmessage = (e: MessageEvent<WorkerResponse>) => {
      const msg = e.data;
      worker.terminate();
      if (msg.kind === 'sheets') resolve(msg.sheets);
      else if (msg.kind === 'workbook-error') reject(new WorkbookOpenError(msg.th, msg.en));
      else reject(new Error(msg.kind === 'error' ? msg.message : 'unexpected answer'));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the worker stopped'));
    };
    const req: WorkerRequest = { kind: 'sheets', name, blob };
    worker.postMessage(req);
  });
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
      } else if (msg.kind === 'error') {
        end();
        reject(msg.missing ? new MissingDataError() : new Error(msg.message));
      } else {
        end();
        reject(new Error('unexpected answer'));
      }
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'the worker stopped'));
    };
    worker.postMessage(req);
  });
}

/**
 * Read a document for its figures in a worker: a PDF or text file (`blob`) or pasted `text`. PDF.js is
 * loaded there, only for a PDF. Aborting the signal terminates the worker.
 */
export function readDocumentInWorker(
  source: { name: string; blob: Blob } | { name: string; text: string },
  signal?: AbortSignal,
): Promise<Reading> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Cancelled', 'AbortError'));
      return;
    }
    const worker = startIngestWorker();
    const onAbort = () => {
      worker.terminate();
      reject(new DOMException('Cancelled', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const end = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    worker.onmessage = (e: MessageEvent<WorkerResponse | { kind?: undefined }>) => {
      const msg = e.data;
      // PDF.js's worker module, imported into the worker, also greets the page ("ready"): not ours.
      if (msg.kind === undefined || msg.kind === 'progress') return;
      end();
      if (msg.kind === 'reading') resolve(msg.reading);
      else reject(new Error(msg.kind === 'error' ? msg.message : 'unexpected answer'));
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message || 'the worker stopped'));
    };
    const req: WorkerRequest = { kind: 'document', ...source };
    worker.postMessage(req);
  });
}

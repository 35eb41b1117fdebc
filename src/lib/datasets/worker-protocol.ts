import type { IngestOptions } from '../../../analysis/ingest/ingest';
import type { LoadedDataset } from './types';

/** A job for the ingest worker. */
export type WorkerRequest =
  | {
      kind: 'files';
      files: { name: string; blob: Blob }[];
      options: Omit<IngestOptions, 'onProgress' | 'frameworks'>;
    }
  /** An encoded dataset (the bundled demo) at an absolute URL of our own origin. */
  | { kind: 'encoded'; url: string };

export type Phase = 'read' | 'parse' | 'score';

export type WorkerResponse =
  | { kind: 'progress'; phase: Phase; done: number; total: number }
  | { kind: 'done'; result: LoadedDataset }
  | { kind: 'error'; message: string; missing?: boolean };

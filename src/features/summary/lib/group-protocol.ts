import type { RecordDim } from '@analysis/summary/types';

/** Messages to the summary worker: the member numbers once, then grouping requests. */
export type GroupRequest =
  | { type: 'init'; ids: Record<RecordDim, Int32Array>; size: Record<RecordDim, number> }
  | { type: 'group'; id: number; masks: Partial<Record<RecordDim, Uint8Array>>; dims: RecordDim[] };

/** A grouping, or why it failed. */
export type GroupResponse =
  | {
      type: 'groups';
      id: number;
      rows: Uint32Array;
      keys: Uint32Array | null;
      first: Uint32Array;
      count: number;
    }
  | { type: 'error'; id: number; message: string };

import type { AgencyYears } from '@analysis/summary/agency-years';
import type { Masks, RecordGroups } from '@analysis/summary/group-records';
import type { RecordDim } from '@analysis/summary/types';
import type { GroupRequest, GroupResponse } from './group-protocol';
import { startGroupWorker } from './group-worker';

/** Groups the agency-years of one dataset in the summary worker (see group.worker.ts). */
export interface GroupClient {
  group(masks: Masks, dims: readonly RecordDim[]): Promise<RecordGroups>;
  stop(): void;
}

const clients = new WeakMap<AgencyYears, GroupClient>();

/** The worker of one agency-year table, started on first use and kept while the table lives. */
export function groupClient(ay: AgencyYears): GroupClient {
  let hit = clients.get(ay);
  if (!hit) clients.set(ay, (hit = start(ay)));
  return hit;
}

/** Stop the worker of a table (the view is left or shows another dataset). */
export function disposeGroupClient(ay: AgencyYears): void {
  clients.get(ay)?.stop();
  clients.delete(ay);
}

function start(ay: AgencyYears): GroupClient {
  const worker = startGroupWorker();
  const waiting = new Map<number, { resolve: (g: RecordGroups) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (e: MessageEvent<GroupResponse>) => {
    const msg = e.data;
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.type === 'error') w.reject(new Error(msg.message));
    else w.resolve({ rows: msg.rows, keys: msg.keys, first: msg.first, count: msg.count });
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(e.message || 'summary worker failed'));
    waiting.clear();
  };
  const ids = {} as Record<RecordDim, Int32Array>;
  for (const [d, col] of Object.entries(ay.ids) as [RecordDim, Int32Array][]) ids[d] = col.slice();
  const init: GroupRequest = { type: 'init', ids, size: ay.size };
  worker.postMessage(
    init,
    Object.values(ids).map((c) => c.buffer),
  );
  return {
    group(masks, dims) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        const req: GroupRequest = { type: 'group', id, masks, dims: [...dims] };
        worker.postMessage(req);
      });
    },
    stop() {
      worker.terminate();
      for (const w of waiting.values()) w.reject(new DOMException('Stopped', 'AbortError'));
      waiting.clear();
    },
  };
}

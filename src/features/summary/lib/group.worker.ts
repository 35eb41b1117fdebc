/**
 * The summary view's Arquero worker. Arquero compiles its expressions with the Function constructor, which
 * the page's Content-Security-Policy rightly forbids (no 'unsafe-eval'; uwdata/arquero#361). A module worker
 * loaded from the app's own files runs under the policy its own response carries, so the filter and
 * grouping run here, on the same analysis/summary code the CLI runs, and only typed arrays travel back.
 */
import { groupRecords, type GroupSource } from '@analysis/summary/group-records';
import type { GroupRequest, GroupResponse } from './group-protocol';

let source: GroupSource | null = null;

function post(msg: GroupResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, { transfer });
}

self.onmessage = (e: MessageEvent<GroupRequest>) => {
  const msg = e.data;
  if (msg.type === 'init') {
    source = { ids: msg.ids, size: msg.size };
    return;
  }
  try {
    if (!source) throw new Error('not initialised');
    const g = groupRecords(source, msg.masks, msg.dims);
    const rows = Uint32Array.from(g.rows);
    const keys = g.keys ? Uint32Array.from(g.keys) : null;
    const first = Uint32Array.from(g.first);
    post({ type: 'groups', id: msg.id, rows, keys, first, count: g.count }, [
      rows.buffer,
      first.buffer,
      ...(keys ? [keys.buffer] : []),
    ]);
  } catch (err) {
    post({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  }
};

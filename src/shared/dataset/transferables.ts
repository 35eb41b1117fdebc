import type { LoadedDataset } from './types';

type Typed = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

function isTyped(x: unknown): x is Typed {
  return ArrayBuffer.isView(x) && !(x instanceof DataView);
}

/** Every distinct buffer behind the typed columns of a loaded dataset (moved, not copied, to the page). */
export function transferablesOf(r: LoadedDataset): Transferable[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (obj: object) => {
    for (const v of Object.values(obj))
      if (isTyped(v) && v.buffer instanceof ArrayBuffer) buffers.add(v.buffer);
  };
  add(r.dataset.table);
  add(r.scoreboard);
  add(r.scoreboard.groups);
  add({ slotCounts: r.slotCounts });
  return [...buffers];
}

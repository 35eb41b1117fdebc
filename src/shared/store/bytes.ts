/** Bytes as base64 text and back (the workspace file carries files and damaged records this way). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * Any value IndexedDB can hold, as JSON-safe data, so a record nobody can read still goes into a file
 * whole: Blobs and byte arrays as base64, dates as ISO text, maps and sets as lists, numbers JSON cannot
 * write (NaN, ±Infinity) and bigints as text; a repeated reference is written once.
 */
export async function toJsonSafe(x: unknown, seen = new Set<object>()): Promise<unknown> {
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return x;
  if (typeof x === 'number') return Number.isFinite(x) ? x : { $number: String(x) };
  if (typeof x === 'bigint') return { $bigint: x.toString() };
  if (typeof x !== 'object') return null;
  if (seen.has(x)) return { $repeat: true };
  seen.add(x);
  if (typeof Blob !== 'undefined' && x instanceof Blob)
    return { $blob: toBase64(new Uint8Array(await x.arrayBuffer())), type: x.type };
  if (x instanceof ArrayBuffer) return { $bytes: toBase64(new Uint8Array(x)) };
  if (ArrayBuffer.isView(x))
    return { $bytes: toBase64(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)) };
  if (x instanceof Date) return { $date: Number.isNaN(x.getTime()) ? null : x.toISOString() };
  if (x instanceof Map) return { $map: await toJsonSafe([...x.entries()], seen) };
  if (x instanceof Set) return { $set: await toJsonSafe([...x.values()], seen) };
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    for (const e of x) out.push(await toJsonSafe(e, seen));
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x))
    if (v !== undefined)
      Object.defineProperty(out, k, {
        value: await toJsonSafe(v, seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  return out;
}

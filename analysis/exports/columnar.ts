import type { Dataset, FileReport, OrgInfo } from '../dataset';
import type { Problem } from '../problems';
import { groupByOrgYear } from '../scoring/groups';
import type { ScoreTable } from '../table';

/**
 * A compact binary form of a Dataset, for the bundled demo and for moving datasets around (Arrow-like:
 * typed columns, no per-row objects, decoded with a few array copies).
 *
 *   "ITL1" · u32 header length · header JSON (UTF-8) · padding to 8 · columns
 *
 * Rows are stored grouped by organisation-year: the groups as (org u32, year u16, count u32) columns, then
 * per row the code slot (u8), the score and the negative share. Scores and shares are u16 hundredths
 * (65535 = missing) when every value has at most two decimals, else f64. Respondents are f64 when any is
 * given, and file/row provenance is kept only when present.
 */
const MAGIC = 0x314c5449; // "ITL1" little-endian
const NA16 = 0xffff;

interface Header {
  version: 1;
  rows: number;
  groups: number;
  orgs: [string, string | null, string | null, string | null, string | null, string | null][];
  files: FileReport[];
  problems: Problem[];
  score: 'u16' | 'f64';
  negative: 'u16' | 'f64';
  respondents: boolean;
  provenance: boolean;
  /** Free-form facts about the data, e.g. `{ synthetic: true }`. */
  meta: Record<string, unknown>;
}

function hundredths(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (v !== v) continue;
    const h = v * 100;
    if (v < 0 || v > 655 || Math.abs(h - Math.round(h)) > 1e-6) return false;
  }
  return true;
}

const align8 = (n: number): number => (n + 7) & ~7;

/** Encode a dataset (rows reordered by organisation-year). `meta` travels in the header. */
export function encodeDataset(ds: Dataset, meta: Record<string, unknown> = {}): Uint8Array {
  const t = ds.table;
  const g = groupByOrgYear(t);
  const n = t.length;
  let anyResp = false;
  let anyProv = false;
  for (let i = 0; i < n && !(anyResp && anyProv); i++) {
    if (t.respondents[i] === t.respondents[i]) anyResp = true;
    if (t.row[i] !== 0 || t.file[i] !== 0) anyProv = true;
  }
  const header: Header = {
    version: 1,
    rows: n,
    groups: g.count,
    orgs: ds.orgs.map((o) => [o.key, o.id, o.name, o.type, o.province, o.district]),
    files: ds.files,
    problems: ds.problems,
    score: hundredths(t.score) ? 'u16' : 'f64',
    negative: hundredths(t.negativePct) ? 'u16' : 'f64',
    respondents: anyResp,
    provenance: anyProv,
    meta,
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const parts: { bytes: number; write: (v: DataView, at: number) => void }[] = [];
  const col = (
    len: number,
    width: number,
    get: (i: number) => number,
    set: (v: DataView, at: number, x: number) => void,
  ): void => {
    parts.push({
      bytes: align8(len * width),
      write: (v, at) => {
        for (let i = 0; i < len; i++) set(v, at + i * width, get(i));
      },
    });
  };
  const order = g.rows;
  col(
    g.count,
    4,
    (i) => g.org[i],
    (v, a, x) => v.setUint32(a, x, true),
  );
  col(
    g.count,
    2,
    (i) => g.year[i],
    (v, a, x) => v.setUint16(a, x, true),
  );
  col(
    g.count,
    4,
    (i) => g.start[i + 1] - g.start[i],
    (v, a, x) => v.setUint32(a, x, true),
  );
  col(
    n,
    1,
    (i) => t.slot[order[i]],
    (v, a, x) => v.setUint8(a, x),
  );
  const u16 = (src: Float64Array) => (i: number) => {
    const x = src[order[i]];
    return x !== x ? NA16 : Math.round(x * 100);
  };
  const f64 = (src: Float64Array) => (i: number) => src[order[i]];
  const setU16 = (v: DataView, a: number, x: number) => v.setUint16(a, x, true);
  const setF64 = (v: DataView, a: number, x: number) => v.setFloat64(a, x, true);
  if (header.score === 'u16') col(n, 2, u16(t.score), setU16);
  else col(n, 8, f64(t.score), setF64);
  if (header.negative === 'u16') col(n, 2, u16(t.negativePct), setU16);
  else col(n, 8, f64(t.negativePct), setF64);
  if (anyResp) col(n, 8, f64(t.respondents), setF64);
  if (anyProv) {
    col(n, 2, (i) => t.file[order[i]], setU16);
    col(
      n,
      4,
      (i) => t.row[order[i]],
      (v, a, x) => v.setInt32(a, x, true),
    );
  }
  const start = align8(8 + json.length);
  const total = parts.reduce((s, p) => s + p.bytes, start);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let at = start;
  for (const p of parts) {
    p.write(view, at);
    at += p.bytes;
  }
  return out;
}

let lutCache: Float64Array | null = null;

/** u16 hundredths → points, NaN for the missing marker: one table read per value instead of a division. */
function hundredthsTable(): Float64Array {
  if (!lutCache) {
    lutCache = new Float64Array(65536);
    for (let i = 0; i < 65536; i++) lutCache[i] = i === NA16 ? NaN : i / 100;
  }
  return lutCache;
}

/**
 * The dataset as the bundled demo ships it: scores and negative shares only, without respondents,
 * file/row provenance, file reports or problems (a copy; `ds` is left as it is).
 */
export function bundleForm(ds: Dataset): Dataset {
  const n = ds.table.length;
  return {
    ...ds,
    table: {
      ...ds.table,
      respondents: new Float64Array(n).fill(NaN),
      file: new Uint16Array(n),
      row: new Int32Array(n),
    },
    files: [],
    problems: [],
  };
}

/** Whether bytes look like an encoded dataset. */
export function isEncodedDataset(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && new DataView(bytes.buffer, bytes.byteOffset, 8).getUint32(0, true) === MAGIC;
}

/** Decode what encodeDataset wrote. Throws on bytes that are not an encoded dataset. */
export function decodeDataset(bytes: Uint8Array): { dataset: Dataset; meta: Record<string, unknown> } {
  if (!isEncodedDataset(bytes)) throw new Error('not an ITA Lens dataset file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Header;
  const n = header.rows;
  const gc = header.groups;
  let at = align8(8 + len);
  // Copy each column into an aligned buffer so typed arrays can view it.
  const take = (width: number, count: number): ArrayBuffer => {
    const size = width * count;
    const buf = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + size) as ArrayBuffer;
    at += align8(size);
    return buf;
  };
  const gOrg = new Uint32Array(take(4, gc));
  const gYear = new Uint16Array(take(2, gc));
  const gCount = new Uint32Array(take(4, gc));
  const table: ScoreTable = {
    length: n,
    org: new Int32Array(n),
    year: new Uint16Array(n),
    slot: new Uint8Array(take(1, n)),
    score: new Float64Array(n),
    negativePct: new Float64Array(n),
    respondents: new Float64Array(n).fill(NaN),
    file: new Uint16Array(n),
    row: new Int32Array(n),
  };
  let r = 0;
  for (let k = 0; k < gc; k++) {
    const end = r + gCount[k];
    table.org.fill(gOrg[k], r, end);
    table.year.fill(gYear[k], r, end);
    r = end;
  }
  const fill = (dst: Float64Array, kind: 'u16' | 'f64'): void => {
    if (kind === 'f64') {
      dst.set(new Float64Array(take(8, n)));
      return;
    }
    const src = new Uint16Array(take(2, n));
    const lut = hundredthsTable();
    for (let i = 0; i < n; i++) dst[i] = lut[src[i]];
  };
  fill(table.score, header.score);
  fill(table.negativePct, header.negative);
  if (header.respondents) table.respondents.set(new Float64Array(take(8, n)));
  if (header.provenance) {
    table.file.set(new Uint16Array(take(2, n)));
    table.row.set(new Int32Array(take(4, n)));
  }
  const orgs: OrgInfo[] = header.orgs.map(([key, id, name, type, province, district]) => ({
    key,
    id,
    name,
    type,
    province,
    district,
  }));
  return { dataset: { table, orgs, files: header.files, problems: header.problems }, meta: header.meta };
}

import type {
  DatasetEntry,
  DatasetSource,
  ExampleId,
  Mappings,
  ReadOptions,
  SourceFile,
} from '@/shared/dataset/types';

/** The shape a dataset entry is stored in (version 1). Blobs are stored as they are: the original bytes. */
export interface DatasetRecordV1 {
  v: 1;
  id: string;
  label: string;
  source: DatasetSource;
  options: ReadOptions;
  mappings: Mappings;
  addedAt: number;
}

export function toRecord(e: DatasetEntry): DatasetRecordV1 {
  return { v: 1, ...e };
}

const EXAMPLES: readonly ExampleId[] = ['satengnok-2567', 'huai-chorakhe-2566'];

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

function readFile(x: unknown): SourceFile | null {
  if (!isObj(x) || !isStr(x.name) || !isNum(x.size) || !isNum(x.lastModified)) return null;
  if (typeof Blob === 'undefined' || !(x.blob instanceof Blob)) return null;
  return { name: x.name, size: x.size, lastModified: x.lastModified, blob: x.blob };
}

function readSource(x: unknown): DatasetSource | null {
  if (!isObj(x)) return null;
  if (x.kind === 'demo') return { kind: 'demo' };
  if (x.kind === 'example')
    return EXAMPLES.includes(x.example as ExampleId)
      ? { kind: 'example', example: x.example as ExampleId }
      : null;
  if (x.kind === 'files' && Array.isArray(x.files) && x.files.length > 0) {
    const files = x.files.map(readFile);
    return files.every((f): f is SourceFile => f !== null) ? { kind: 'files', files } : null;
  }
  return null;
}

function readOptions(x: unknown): ReadOptions {
  const o: ReadOptions = {};
  if (!isObj(x)) return o;
  if (isStr(x.orgId) && x.orgId) o.orgId = x.orgId;
  if (isStr(x.orgName) && x.orgName) o.orgName = x.orgName;
  if (isNum(x.year)) o.year = x.year;
  return o;
}

/** A column mapping: column index → role name; null when not one. */
export function readMapping(x: unknown): Record<number, string> | null {
  if (!isObj(x)) return null;
  const out: Record<number, string> = {};
  for (const [k, v] of Object.entries(x)) {
    const i = Number(k);
    if (!Number.isInteger(i) || i < 0 || !isStr(v)) return null;
    out[i] = v;
  }
  return out;
}

function readMappings(x: unknown): Mappings {
  const out: Mappings = {};
  if (!isObj(x)) return out;
  for (const [sig, m] of Object.entries(x)) {
    const mapping = readMapping(m);
    if (mapping) out[sig] = mapping;
  }
  return out;
}

/** A stored record back to an entry; null when it is damaged or from an unknown version. */
export function fromRecord(x: unknown): DatasetEntry | null {
  if (!isObj(x) || x.v !== 1 || !isStr(x.id) || !x.id || !isStr(x.label)) return null;
  const source = readSource(x.source);
  if (!source) return null;
  return {
    id: x.id,
    label: x.label,
    source,
    options: readOptions(x.options),
    mappings: readMappings(x.mappings),
    addedAt: isNum(x.addedAt) ? x.addedAt : 0,
  };
}

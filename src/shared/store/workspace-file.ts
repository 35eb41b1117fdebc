/**
 * The workspace file: everything a user keeps in this browser (datasets with their original files,
 * column mappings, plans, reports, settings, their catalogue) in one JSON file, to move to another
 * computer or to rescue what can be read from a damaged store. Pure functions: records in, text out,
 * and back, each record validated with the same readers as the store uses.
 */
import type { DatasetEntry } from '@/shared/dataset/types';
import type { UnreadableEntry } from './aside';
import { fromBase64, toBase64, toJsonSafe } from './bytes';
import { fromRecord, readMapping, toRecord } from './dataset-records';
import type { MappingRecord, RecordStore } from './db';
import { PLAN_DOCS, REPORT_DOCS } from './record-docs';

export const WORKSPACE_FORMAT = 'ita-lens-workspace';

export interface WorkspaceContent {
  datasets: DatasetEntry[];
  mappings: MappingRecord[];
  /** Plan and report records as stored (plan-records.ts, with `rev` and `conflicts`: record-docs.ts). */
  plans: unknown[];
  reports: unknown[];
  /** localStorage entries of the app (`ita-lens:*`): settings and the user's catalogue. */
  local: Record<string, string>;
  /**
   * Records that could not be read, in whole or in part, exactly as they were stored (the rescue
   * list): nothing is left out of a workspace file because it is damaged.
   */
  unreadable?: UnreadableEntry[];
}

interface EncodedFile {
  name: string;
  size: number;
  lastModified: number;
  type: string;
  base64: string;
}

/** The workspace as JSON text (files' bytes in base64). */
export async function workspaceToJson(
  w: WorkspaceContent,
  exportedAt = new Date().toISOString(),
): Promise<string> {
  const datasets = [];
  for (const e of w.datasets) {
    const r = toRecord(e);
    if (r.source.kind !== 'files') {
      datasets.push(r);
      continue;
    }
    const files: EncodedFile[] = [];
    for (const f of r.source.files) {
      files.push({
        name: f.name,
        size: f.size,
        lastModified: f.lastModified,
        type: f.blob.type,
        base64: toBase64(new Uint8Array(await f.blob.arrayBuffer())),
      });
    }
    datasets.push({ ...r, source: { kind: 'files', files } });
  }
  return JSON.stringify({
    format: WORKSPACE_FORMAT,
    version: 1,
    exportedAt,
    datasets,
    mappings: w.mappings,
    plans: w.plans,
    reports: w.reports,
    local: w.local,
    unreadable: await Promise.all(
      (w.unreadable ?? []).map(async (e) => ({ ...e, raw: await toJsonSafe(e.raw) })),
    ),
  });
}

export interface ReadWorkspace {
  content: WorkspaceContent;
  /** Records that could not be read in full (each kept raw in `content.unreadable`). */
  skipped: number;
}

const STORES: readonly RecordStore[] = ['datasets', 'mappings', 'plans', 'reports'];

function readUnreadable(x: unknown): UnreadableEntry | null {
  if (!isObj(x) || !STORES.includes(x.store as RecordStore) || typeof x.id !== 'string') return null;
  if (typeof x.savedAt !== 'number' || (x.why !== 'unreadable' && x.why !== 'partial')) return null;
  return { store: x.store as RecordStore, id: x.id, savedAt: x.savedAt, why: x.why, raw: x.raw };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Read a workspace file; null when the text is not one (not JSON, another format or version). */
export function workspaceFromJson(text: string): ReadWorkspace | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObj(doc) || doc.format !== WORKSPACE_FORMAT || doc.version !== 1) return null;
  let skipped = 0;
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  const unreadable: UnreadableEntry[] = [];
  for (const x of list(doc.unreadable)) {
    const u = readUnreadable(x);
    if (u) unreadable.push(u);
    else skipped++;
  }
  /** A record that does not read in full goes into the rescue list as it is. */
  const keep = (
    store: RecordStore,
    raw: unknown,
    key: string,
    why: UnreadableEntry['why'] = 'unreadable',
  ) => {
    skipped++;
    const id = isObj(raw) && typeof raw[key] === 'string' ? raw[key] : '?';
    unreadable.push({ store, id, savedAt: 0, why, raw });
  };
  const datasets: DatasetEntry[] = [];
  for (const raw of list(doc.datasets)) {
    let r: unknown = raw;
    if (isObj(raw) && isObj(raw.source) && raw.source.kind === 'files' && Array.isArray(raw.source.files)) {
      try {
        const files = raw.source.files.map((f: unknown) => {
          if (!isObj(f) || typeof f.base64 !== 'string') throw new Error('bad file');
          const bytes = fromBase64(f.base64);
          return {
            name: f.name,
            size: f.size,
            lastModified: f.lastModified,
            blob: new Blob([bytes], { type: typeof f.type === 'string' ? f.type : '' }),
          };
        });
        r = { ...raw, source: { kind: 'files', files } };
      } catch {
        r = null;
      }
    }
    const e = fromRecord(r);
    if (e) datasets.push(e);
    else keep('datasets', raw, 'id');
  }
  const mappings: MappingRecord[] = [];
  for (const m of list(doc.mappings)) {
    const mapping = isObj(m) ? readMapping(m.mapping) : null;
    if (isObj(m) && typeof m.signature === 'string' && mapping)
      mappings.push({
        signature: m.signature,
        mapping,
        savedAt: typeof m.savedAt === 'number' ? m.savedAt : 0,
      });
    else keep('mappings', m, 'signature');
  }
  const plans: unknown[] = [];
  for (const p of list(doc.plans)) {
    const read = PLAN_DOCS.salvage(p);
    if (read) plans.push(PLAN_DOCS.toRecord(read.read));
    if (!read || read.dropped.length > 0) keep('plans', p, 'id', read ? 'partial' : 'unreadable');
  }
  const reports: unknown[] = [];
  for (const r of list(doc.reports)) {
    const read = REPORT_DOCS.salvage(r);
    if (read) reports.push(REPORT_DOCS.toRecord(read.read));
    if (!read || read.dropped.length > 0) keep('reports', r, 'planId', read ? 'partial' : 'unreadable');
  }
  const local: Record<string, string> = {};
  if (isObj(doc.local))
    for (const [k, v] of Object.entries(doc.local))
      if (k.startsWith('ita-lens:') && typeof v === 'string') local[k] = v;
  return { content: { datasets, mappings, plans, reports, local, unreadable }, skipped };
}

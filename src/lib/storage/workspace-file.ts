/**
 * The workspace file: everything a user keeps in this browser (datasets with their original files,
 * column mappings, plans, reports, settings, their catalogue) in one JSON file, to move to another
 * computer or to rescue what can be read from a damaged store. Pure functions: records in, text out,
 * and back, each record validated with the same readers as the store uses.
 */
import type { DatasetEntry } from '../datasets/types';
import { fromRecord, readMapping, toRecord } from './dataset-records';
import type { MappingRecord } from './db';
import { fromPlanRecord, fromReportRecord, toPlanRecord, toReportRecord } from './plan-records';

export const WORKSPACE_FORMAT = 'ita-lens-workspace';

export interface WorkspaceContent {
  datasets: DatasetEntry[];
  mappings: MappingRecord[];
  plans: ReturnType<typeof toPlanRecord>[];
  reports: ReturnType<typeof toReportRecord>[];
  /** localStorage entries of the app (`ita-lens:*`): settings and the user's catalogue. */
  local: Record<string, string>;
}

interface EncodedFile {
  name: string;
  size: number;
  lastModified: number;
  type: string;
  base64: string;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64);
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
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
  });
}

export interface ReadWorkspace {
  content: WorkspaceContent;
  /** Records that could not be read and were left out. */
  skipped: number;
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
    else skipped++;
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
    else skipped++;
  }
  const plans: WorkspaceContent['plans'] = [];
  for (const p of list(doc.plans)) {
    const s = fromPlanRecord(p);
    if (s) plans.push(toPlanRecord(s));
    else skipped++;
  }
  const reports: WorkspaceContent['reports'] = [];
  for (const r of list(doc.reports)) {
    const read = fromReportRecord(r);
    if (read)
      reports.push(
        toReportRecord(read.report, isObj(r) && typeof r.updatedAt === 'number' ? r.updatedAt : 0),
      );
    else skipped++;
  }
  const local: Record<string, string> = {};
  if (isObj(doc.local))
    for (const [k, v] of Object.entries(doc.local))
      if (k.startsWith('ita-lens:') && typeof v === 'string') local[k] = v;
  return { content: { datasets, mappings, plans, reports, local }, skipped };
}

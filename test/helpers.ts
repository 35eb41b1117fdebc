import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestOptions } from '@analysis/ingest/ingest';
import type { Dataset } from '@analysis/dataset';
import { scoreAll } from '@analysis/scoring/score-all';
import { analyseAll, type Analysis } from '@analysis/analyse';

/** Absolute path of a file under the repository root. */
export function repoPath(rel: string): string {
  return fileURLToPath(new URL(`../${rel}`, import.meta.url));
}

/** Bytes of a file under the repository root. */
export function repoBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(repoPath(rel)));
}

/** Ingest one text as a UTF-8 file. */
export function ingestText(text: string, options: IngestOptions = {}, name = 'test.csv'): Dataset {
  return ingest([{ name, bytes: new TextEncoder().encode(text) }], options);
}

/** Ingest and analyse text; the analyses of every organisation-year. */
export function analyseText(text: string, options: IngestOptions = {}): Analysis[] {
  const ds = ingestText(text, options);
  return analyseAll(ds, scoreAll(ds));
}

/** Encode text as Windows-874 (TIS-620 for Thai letters, ASCII otherwise). */
export function encodeCp874(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c >= 0x0e01 && c <= 0x0e5b) out.push(c - 0x0e00 + 0xa0);
    else throw new Error(`not encodable in Windows-874: ${ch}`);
  }
  return Uint8Array.from(out);
}

/** Kinds of the problems of a dataset, for compact assertions. */
export function kinds(ds: Dataset): string[] {
  return ds.problems.map((p) => p.kind);
}

/** The seed 001 indicator scores (เทศบาลเมืองสะเตงนอก, 2567). */
export const SEED001 = [95.11, 94.96, 100, 81.04, 91.55, 97.19, 91.34, 80.75, 90.0, 100.0];

/** A long-format CSV of indicator scores for one organisation-year. */
export function indicatorCsv(values: readonly number[], year = 2567, org = 'X1'): string {
  return ['org_id,year,code,score', ...values.map((v, i) => `${org},${year},${i + 1},${v}`)].join('\n');
}

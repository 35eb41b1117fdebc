/**
 * The bundled demo for the app: the synthetic question-level CSVs of every year and the organisations
 * file, read through the same ingest as users' files (so the generator's output is validated too), and
 * written as one compact columnar file `public/demo/national.bin` with `manifest.json` beside it.
 * Respondent counts are left out of the bundle (the app does not need them for the demo).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleForm, encodeDataset } from '../analysis/exports/columnar';
import { ingest, type InputFile } from '../analysis/ingest/ingest';

export function makeDemoBundle(
  csvDir: string,
  outDir: string,
  years: readonly number[],
  force: boolean,
): void {
  const bin = join(outDir, 'national.bin');
  const manifestPath = join(outDir, 'manifest.json');
  const sources = ['organisations.csv', ...years.map((y) => `questions-${y}.csv`)].map((f) =>
    join(csvDir, f),
  );
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (!force && existsSync(bin) && existsSync(manifestPath) && statSync(bin).mtimeMs >= newest) {
    console.log(`make-demo-data: ${bin} is up to date`);
    return;
  }
  const t = performance.now();
  const files: InputFile[] = sources.map((f) => ({
    name: f.split('/').pop() as string,
    bytes: new Uint8Array(readFileSync(f)),
  }));
  const ds = ingest(files);
  const errors = ds.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `the synthetic data do not ingest cleanly: ${errors[0]?.message_en} (${errors[0]?.file} row ${errors[0]?.row})`,
    );
  }
  const meta = { synthetic: true, years: [...years], agencies: ds.orgs.length, rows: ds.table.length };
  const bytes = encodeDataset(bundleForm(ds), meta);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(bin, bytes);
  writeFileSync(manifestPath, JSON.stringify({ ...meta, bytes: bytes.length }, null, 2) + '\n');
  console.log(
    `make-demo-data: ${bin} ${(bytes.length / 1e6).toFixed(1)} MB, ${ds.table.length.toLocaleString('en')} rows, ` +
      `${ds.orgs.length.toLocaleString('en')} agencies (${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
}

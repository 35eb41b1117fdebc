/**
 * Writes the synthetic national demo dataset (fictional agencies, real geography, fiscal years 2562–2568):
 *
 *   organisations.csv       org_id,org_name,org_type,province,district
 *   questions-<year>.csv    org_id,year,code,score,negative_pct,respondents   (one file per year)
 *   indicators.csv          org_id,year,code,score   (codes 1–10 scored from the questions, all years)
 *
 * UTF-8 without BOM, LF line ends, the same bytes on every run for a seed.
 * Usage: npx tsx scripts/make-demo-data.ts [--force] [--out DIR] [--seed N]
 * Without --force nothing is done when every file already exists.
 * Then the app's bundle public/demo/national.bin is (re)built when older than the CSVs (scripts/demo-bundle.ts).
 */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DEFAULT_SEED,
  FIRST_YEAR,
  generateOrganisations,
  generateYear,
  indicatorCsvChunks,
  LAST_YEAR,
  organisationsCsv,
  questionCsvChunks,
  type SyntheticYear,
} from '../tools/synthetic';
import { makeDemoBundle } from './demo-bundle';

interface Args {
  force: boolean;
  out: string;
  seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { force: false, out: 'data/generated', seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--force') args.force = true;
    else if (a === '--out' && argv[i + 1]) args.out = argv[++i] as string;
    else if (a === '--seed' && argv[i + 1]) args.seed = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('usage: tsx scripts/make-demo-data.ts [--force] [--out DIR] [--seed N]');
      process.exit(0);
    } else {
      console.error(`make-demo-data: unknown argument ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(args.seed)) {
    console.error('make-demo-data: --seed needs an integer');
    process.exit(2);
  }
  return args;
}

/** Writes chunks to `path` through a temporary file, so a half-written file is never left behind. */
function writeChunks(path: string, chunks: Iterable<string>): number {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    for (const chunk of chunks) writeSync(fd, Buffer.from(chunk, 'utf8'));
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return statSync(path).size;
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const out = resolve(args.out);
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
  const files = ['organisations.csv', ...years.map((y) => `questions-${y}.csv`), 'indicators.csv'];
  if (!args.force && files.every((f) => existsSync(join(out, f)))) {
    console.log(`make-demo-data: ${out} already holds the demo data (use --force to rebuild)`);
    makeDemoBundle(out, resolve('public/demo'), years, args.force);
    return;
  }
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const orgs = generateOrganisations(args.seed);
  const size = writeChunks(join(out, 'organisations.csv'), [organisationsCsv(orgs)]);
  console.log(`  organisations.csv      ${String(orgs.length).padStart(9)} agencies  ${mb(size)}`);
  const kept: Pick<SyntheticYear, 'year' | 'orgIndex' | 'indicators'>[] = [];
  for (const year of years) {
    const t = performance.now();
    const data = generateYear(orgs, year, { seed: args.seed });
    const bytes = writeChunks(join(out, `questions-${year}.csv`), questionCsvChunks(data, orgs));
    const rows = data.orgIndex.length * data.codes.length;
    console.log(
      `  questions-${year}.csv  ${String(rows).padStart(9)} rows  ${mb(bytes)}  mean ${data.mean.toFixed(2)}` +
        `  ≥85 ${data.pass.toFixed(2)}%  (${((performance.now() - t) / 1000).toFixed(1)} s)`,
    );
    kept.push({ year: data.year, orgIndex: data.orgIndex, indicators: data.indicators });
  }
  const indBytes = writeChunks(join(out, 'indicators.csv'), indicatorCsvChunks(kept, orgs));
  const indRows = kept.reduce((sum, d) => sum + d.orgIndex.length * 10, 0);
  console.log(`  indicators.csv         ${String(indRows).padStart(9)} rows  ${mb(indBytes)}`);
  console.log(
    `make-demo-data: wrote ${files.length} files to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s (seed ${args.seed})`,
  );
  makeDemoBundle(out, resolve('public/demo'), years, true);
}

main();

/**
 * `npm run bench [-- --json] [-- --runs N] [-- --year YYYY]`: speed of ITA Lens's ingest and recompute on
 * one national fiscal year of question-level scores (the synthetic dataset), beside PapaParse, Arquero
 * and a raw decode measured in the same run. Medians of N runs after a warm-up, and ratios.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as aq from 'arquero';
import Papa from 'papaparse';
import { BUILTIN_FRAMEWORKS } from '../analysis/frameworks/registry';
import { ingest } from '../analysis/ingest/ingest';
import { rankAll } from '../analysis/rank';
import { scoreAll } from '../analysis/scoring/score-all';
import { weakestCodes } from '../analysis/scoring/weakest';
import { bundleForm, decodeDataset, encodeDataset } from '../analysis/exports/columnar';
import { arqueroRecompute, codeTable } from './arquero-pipeline';
import { time, type Timing } from './stats';
import { benchSummary, summaryLines } from './summary';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const year = Number(args[args.indexOf('--year') + 1]) || 2567;
const dir = 'data/generated';
const qFile = `${dir}/questions-${year}.csv`;
const oFile = `${dir}/organisations.csv`;
if (!existsSync(qFile) || !existsSync(oFile)) {
  if (!json) console.log('generating the synthetic national dataset …');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/make-demo-data.ts'], {
    stdio: json ? 'ignore' : 'inherit',
  });
}
const bytes = new Uint8Array(readFileSync(qFile));
const orgBytes = new Uint8Array(readFileSync(oFile));
const text = new TextDecoder().decode(bytes);
const log = (s: string): void => {
  if (!json) console.log(s);
};
log(
  `data: ${qFile} — ${(bytes.length / 1e6).toFixed(1)} MB; ${runs} runs each after a warm-up (at least one call; up to ½ s or 30 calls)`,
);

// Ingest: bytes of one national year → analysis-ready columns.
const ingestTimings: Timing[] = [];
ingestTimings.push(time('read + TextDecoder only (the floor)', () => new TextDecoder().decode(bytes), runs));
ingestTimings.push(
  time(
    'PapaParse, header + dynamicTyping',
    () => Papa.parse(text, { header: true, dynamicTyping: true }),
    runs,
  ),
);
ingestTimings.push(time('PapaParse, arrays of strings', () => Papa.parse(text, {}), runs));
ingestTimings.push(time('Arquero fromCSV', () => aq.fromCSV(text), runs));
let rows = 0;
ingestTimings.push(
  time(
    'ITA Lens ingest (bytes → validated columns)',
    () => {
      rows = ingest([{ name: 'q.csv', bytes }]).table.length;
    },
    runs,
  ),
);

// Recompute: every agency's indicators, tools, overall, rating, gap, rank in province, 5 weakest codes.
const ds = ingest([
  { name: 'organisations.csv', bytes: orgBytes },
  { name: 'q.csv', bytes },
]);
const recompute: Timing[] = [];
recompute.push(
  time(
    'ITA Lens (typed arrays)',
    () => {
      const sb = scoreAll(ds);
      rankAll(ds, sb, 'province', year);
      weakestCodes(ds, sb, 5);
    },
    runs,
  ),
);
const fw = BUILTIN_FRAMEWORKS.get(year);
if (!fw) throw new Error(`no framework ${year}`);
const scoresTable = aq
  .fromCSV(text, { parse: { org_id: String, code: String } })
  .select('org_id', 'year', 'code', 'score');
const orgTable = aq.fromCSV(new TextDecoder().decode(orgBytes), { parse: { org_id: String } });
const weights = aq.table({
  indicator: fw.indicators.map((i) => i.id),
  weight: fw.indicators.map((i) => i.weight),
  tool: fw.indicators.map((i) => i.tool),
});
const codes = codeTable(fw);
recompute.push(
  time(
    'Arquero (groupby/rollup/join)',
    () => {
      const r = arqueroRecompute(scoresTable, orgTable, codes, weights);
      r.ranked.numRows();
      r.weakest.numRows();
    },
    runs,
  ),
);

// The compact columnar format (the bundled demo's): one national year, and the whole demo of seven years.
const demoPath = 'public/demo/national.bin';
const demo: Timing[] = [];
const oneYear = encodeDataset(bundleForm(ds));
demo.push(
  time(
    `decode one national year in the demo's columnar format (${(oneYear.length / 1e6).toFixed(1)} MB)`,
    () => decodeDataset(oneYear),
    runs,
  ),
);
if (existsSync(demoPath)) {
  const demoBytes = new Uint8Array(readFileSync(demoPath));
  demo.push(
    time(
      `decode the bundled demo (${(demoBytes.length / 1e6).toFixed(0)} MB, all years)`,
      () => decodeDataset(demoBytes),
      runs,
    ),
  );
}
// Summary tables (issue 20) on the whole demo.
const summary = benchSummary(runs, demoPath);
// Memory, in a process of its own (this one holds every benchmark's leftovers).
const heap = JSON.parse(
  execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/heap.ts', qFile, demoPath], {
    encoding: 'utf8',
  }),
) as { one_year_mb: number; demo_all_years_mb: number | null };

const floor = ingestTimings[0]?.median ?? 1;
const papa = ingestTimings[1]?.median ?? 1;
const ours = ingestTimings[4]?.median ?? 1;
const arq = recompute[1]?.median ?? 1;
const mine = recompute[0]?.median ?? 1;
if (json) {
  console.log(
    JSON.stringify(
      {
        file: qFile,
        bytes: bytes.length,
        rows,
        agencies: ds.orgs.length,
        runs,
        ingest: ingestTimings.map((t) => ({
          name: t.name,
          median_ms: t.median,
          runs_ms: t.runs,
          vs_decode: t.median / floor,
          vs_papaparse_typed: t.median / papa,
        })),
        recompute: recompute.map((t) => ({
          name: t.name,
          median_ms: t.median,
          runs_ms: t.runs,
          vs_arquero: t.median / arq,
        })),
        demo: demo.map((t) => ({ name: t.name, median_ms: t.median, runs_ms: t.runs })),
        heap_mb_one_year: heap.one_year_mb,
        heap_mb_demo_all_years: heap.demo_all_years_mb,
        ratios: { ingest_vs_papaparse_typed: ours / papa, recompute_vs_arquero: mine / arq },
        summary,
      },
      null,
      2,
    ),
  );
} else {
  const row = (t: Timing, ...cols: string[]) =>
    `| ${t.name} | ${t.median.toFixed(0)} ms | ${cols.join(' | ')} |`;
  log(`rows: ${rows.toLocaleString('en')}, agencies: ${ds.orgs.length.toLocaleString('en')}\n`);
  log('| way to load one national year | median | vs raw decode | vs PapaParse typed |');
  log('|---|---|---|---|');
  for (const t of ingestTimings)
    log(row(t, `${(t.median / floor).toFixed(1)}×`, `${(t.median / papa).toFixed(2)}×`));
  log(
    '\n| recompute every agency (scores, ratings, gaps, rank in province, 5 weakest) | median | vs Arquero |',
  );
  log('|---|---|---|');
  for (const t of recompute) log(row(t, `${(t.median / arq).toFixed(3)}×`));
  for (const t of demo) log(`\n${t.name}: ${t.median.toFixed(0)} ms median`);
  if (summary) for (const line of summaryLines(summary)) log(line);
  log(
    `memory held (V8 heap + array buffers): one national year ingested ${heap.one_year_mb.toFixed(0)} MB` +
      (heap.demo_all_years_mb === null
        ? ''
        : `; the whole demo decoded ${heap.demo_all_years_mb.toFixed(0)} MB`),
  );
}

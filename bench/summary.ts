/**
 * Summary tables (analysis/summary) on the bundled national demo (8,349 agencies × 7 fiscal years): the
 * agency-year table built once, then each table of a list (a user changing rows, columns, statistic or
 * filters) timed after the first, beside the plain-JS reference (bench/summary-reference.ts) and a plain
 * Arquero groupby/rollup, in the same run. Checks that the three agree before timing them.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { decodeDataset } from '../analysis/exports/columnar';
import { scoreAll } from '../analysis/scoring/score-all';
import { agencyYears, type AgencyYears } from '../analysis/summary/agency-years';
import { parseQuery, type QueryText } from '../analysis/summary/parse-query';
import { summaryTable } from '../analysis/summary/summarise';
import type { SummaryTable } from '../analysis/summary/types';
import { referenceTable, type RefQuery } from './summary-reference';
import { time, type Timing } from './stats';

interface Case {
  name: string;
  text: QueryText;
  ref?: RefQuery;
  /** A plain Arquero pipeline giving the same cells, where one is simple to write. */
  arquero?: () => unknown;
}

export interface SummaryBench {
  build_ms: number;
  first_table_ms: number;
  tables: {
    name: string;
    median_ms: number;
    runs_ms: number[];
    reference_ms: number | null;
    arquero_ms: number | null;
    vs_reference: number | null;
    vs_arquero: number | null;
  }[];
  slowest_median_ms: number;
  max_difference: number;
}

function build(ay: AgencyYears, text: QueryText): SummaryTable {
  const { query, problems } = parseQuery(text);
  if (!query) throw new Error(problems.map((p) => p.message_en).join('; '));
  const r = summaryTable(ay, query);
  if (!r.table) throw new Error(r.problems.map((p) => p.message_en).join('; '));
  return r.table;
}

/** Largest difference between our cells and totals and the reference's (keys as the reference builds them). */
function difference(t: SummaryTable, ref: Map<string, Map<string, number>>): number {
  let worst = 0;
  const check = (r: string, c: string, v: number | null) => {
    const want = ref.get(r)?.get(c);
    if (v === null && want === undefined) return;
    worst = Math.max(worst, v === null || want === undefined ? Infinity : Math.abs(v - want));
  };
  const rowKey = (keys: string[]) => keys.join('|');
  const labelsOf = (members: { key: string }[]) =>
    t.rowDims.length > t.query.rows.length ? members.slice(1) : members;
  for (const row of t.rows) {
    const r = rowKey(labelsOf(row.members).map((m) => m.key));
    row.cells.forEach((c, k) => check(r, t.cols[k]?.key ?? '', c.n ? c.value : null));
    if (row.total) check(r, '*', row.total.value);
  }
  t.colTotals?.forEach((c, k) => check('*', t.cols[k]?.key ?? '', c.value));
  if (t.grand) check('*', '*', t.grand.value);
  return worst;
}

/** Run the summary benchmarks (null when the demo has not been generated). */
export function benchSummary(runs: number, demoPath = 'public/demo/national.bin'): SummaryBench | null {
  if (!existsSync(demoPath)) return null;
  const { dataset: ds } = decodeDataset(new Uint8Array(readFileSync(demoPath)));
  const sb = scoreAll(ds);
  const t0 = performance.now();
  const ay = agencyYears(ds, sb);
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  build(ay, { rows: 'province', cols: 'year', value: 'overall', stat: 'mean' });
  const firstMs = performance.now() - t1;

  // The same agency-years as a plain Arquero table with text keys, as one would load it without our table.
  const n = sb.groups.count;
  const plain = aq.table({
    province: Array.from({ length: n }, (_, g) => ds.orgs[sb.groups.org[g] as number]?.province ?? ''),
    year: Array.from(sb.groups.year),
    overall: Float64Array.from({ length: n }, (_, g) =>
      Number.isNaN(sb.overall[g] as number) ? (sb.published[g] as number) : (sb.overall[g] as number),
    ),
    ...Object.fromEntries(
      Array.from({ length: 10 }, (_, i) => [
        `i${i + 1}`,
        Float64Array.from({ length: n }, (_, g) => sb.indicators[g * 11 + i + 1] as number),
      ]),
    ),
  });
  const op = aq.op;
  type Rollup = Parameters<typeof plain.rollup>[0];
  const rollupAll = (make: () => Rollup, by: string[][]) => () =>
    by.map((keys) =>
      plain
        .groupby(...keys)
        .rollup(make())
        .numRows(),
    );
  const cases: Case[] = [
    {
      name: 'province × year, mean overall',
      text: { rows: 'province', cols: 'year', stat: 'mean' },
      ref: { rows: ['province'], cols: 'year', stat: 'mean' },
      arquero: rollupAll(
        () => ({ v: op.mean('overall'), n: op.valid('overall') }),
        [['province', 'year'], ['province'], ['year'], []],
      ),
    },
    {
      name: 'province × year, median overall',
      text: { rows: 'province', cols: 'year', stat: 'median' },
      ref: { rows: ['province'], cols: 'year', stat: 'median' },
      arquero: rollupAll(
        () => ({ v: op.median('overall'), n: op.valid('overall') }),
        [['province', 'year'], ['province'], ['year'], []],
      ),
    },
    {
      name: 'district × year, mean overall (925 rows)',
      text: { rows: 'district', cols: 'year', stat: 'mean' },
      ref: { rows: ['district'], cols: 'year', stat: 'mean' },
    },
    {
      name: 'district × year, pass rate, one agency type',
      text: { rows: 'district', cols: 'year', stat: 'pass_rate', filters: ['type=องค์การบริหารส่วนตำบล'] },
      ref: {
        rows: ['district'],
        cols: 'year',
        stat: 'pass_rate',
        filter: { dim: 'type', value: 'องค์การบริหารส่วนตำบล' },
      },
    },
    {
      name: 'indicator × province, median (all years: 581k scores)',
      text: { rows: 'indicator', cols: 'province', stat: 'median' },
      ref: { rows: ['indicator'], cols: 'province', stat: 'median' },
      arquero: () => {
        const cols = Array.from({ length: 10 }, (_, i) => `i${i + 1}`);
        const rollup: Rollup = Object.fromEntries(
          cols.flatMap((c) => [
            [`m_${c}`, op.median(c)],
            [`n_${c}`, op.valid(c)],
          ]),
        );
        return [plain.groupby('province').rollup(rollup).numRows(), plain.rollup(rollup).numRows()];
      },
    },
    {
      name: 'indicator × agency type, mean, latest year',
      text: { rows: 'indicator', cols: 'type', filters: ['year=2568'] },
    },
    { name: 'agency type × rating, count', text: { rows: 'type', cols: 'rating', stat: 'count' } },
    {
      name: 'province × year, change from the year before',
      text: { rows: 'province', cols: 'year', stat: 'change' },
    },
    { name: 'province × year, mean of question E10', text: { rows: 'province', cols: 'year', value: 'E10' } },
    {
      name: 'tool × year, lowest, one province',
      text: { rows: 'tool', cols: 'year', stat: 'min', filters: ['province=ชลบุรี'] },
    },
  ];
  let worst = 0;
  const tables = cases.map((c) => {
    if (c.ref) worst = Math.max(worst, difference(build(ay, c.text), referenceTable(ds, sb, c.ref)));
    const ours: Timing = time(c.name, () => build(ay, c.text), runs);
    const ref = c.ref ? time('reference', () => referenceTable(ds, sb, c.ref as RefQuery), runs) : null;
    const arq = c.arquero ? time('arquero', c.arquero, runs) : null;
    return {
      name: c.name,
      median_ms: ours.median,
      runs_ms: ours.runs,
      reference_ms: ref?.median ?? null,
      arquero_ms: arq?.median ?? null,
      vs_reference: ref ? ours.median / ref.median : null,
      vs_arquero: arq ? ours.median / arq.median : null,
    };
  });
  return {
    build_ms: buildMs,
    first_table_ms: firstMs,
    tables,
    slowest_median_ms: Math.max(...tables.map((t) => t.median_ms)),
    max_difference: worst,
  };
}

/** The summary results as Markdown lines for `npm run bench`. */
export function summaryLines(s: SummaryBench): string[] {
  const ms = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)} ms`);
  const x = (v: number | null) => (v === null ? '—' : `${v.toFixed(2)}×`);
  return [
    `\nsummary tables on the bundled demo: agency-year table built once in ${s.build_ms.toFixed(0)} ms, first table ${s.first_table_ms.toFixed(0)} ms; largest difference from the reference ${s.max_difference.toExponential(1)}`,
    '| table (after the first) | median | plain-JS reference | plain Arquero rollup | vs reference | vs Arquero |',
    '|---|---|---|---|---|---|',
    ...s.tables.map(
      (t) =>
        `| ${t.name} | ${ms(t.median_ms)} | ${ms(t.reference_ms)} | ${ms(t.arquero_ms)} | ${x(t.vs_reference)} | ${x(t.vs_arquero)} |`,
    ),
    `slowest table: ${s.slowest_median_ms.toFixed(1)} ms median (target: under 100 ms)`,
  ];
}

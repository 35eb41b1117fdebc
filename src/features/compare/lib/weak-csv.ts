import { toCsv } from '@analysis/exports/csv';
import { round } from '@analysis/scoring/round';
import type { WeakRow } from './weak-rows';

/** Column ids of the weak-codes CSV (stable, for spreadsheets; the text column is named by the caller). */
export const WEAK_CSV_COLUMNS = [
  'code',
  'tool',
  'scored',
  'below_85',
  'mean',
  'lost_per_agency',
  'passed',
  'pass_rate',
] as const;

/**
 * The group's weak codes as CSV: questions then OIT items, each as the Compare view lists them. An OIT
 * item gives its pass rate (`passed` of `scored`, `pass_rate` %); a question leaves those empty.
 * `lost_per_agency` is the ranking figure: overall points an agency loses on the code, on average.
 */
export function weakCsv(rows: readonly WeakRow[], text: (r: WeakRow) => string, textHeader: string): string {
  const [code, tool, ...rest] = WEAK_CSV_COLUMNS;
  const header = [code, tool, textHeader, ...rest];
  const body = rows.map((r) => [
    r.code,
    r.tool,
    text(r),
    r.scored,
    r.below,
    round(r.mean, 2),
    round(r.lostPerAgency, 4),
    r.passed,
    r.passRate === null ? null : round(r.passRate, 2),
  ]);
  return toCsv(header, body);
}

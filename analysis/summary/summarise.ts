/**
 * Summary tables in one call, grouping in this thread with Arquero: for the CLI, the bench and tests. (The
 * app groups in a worker: see src/features/summary/lib/group.worker.ts.)
 */
import type { AgencyYears } from './agency-years';
import { cellRecordsFrom, planCell, type CellRecord, type CellRef } from './cell-records';
import { groupRecords } from './group-records';
import type { QueryProblem } from './parse-query';
import { planSummary, summaryFromGroups } from './summary-table';
import type { SummaryQuery, SummaryTable } from './types';

/**
 * Compute a summary table: the agency-years that pass the filters, grouped (in Arquero) by the rows' and
 * columns' record dimensions and split by tool or indicator when asked, then the statistic of each cell
 * and of each row, column and the whole table over the underlying agencies (never a mean of means).
 * Totals across tools or indicators are left out (`totalsNote`). Null with problems when a filter
 * names nothing in the data.
 */
export function summaryTable(
  ay: AgencyYears,
  query: SummaryQuery,
): { table: SummaryTable | null; problems: QueryProblem[] } {
  const { plan, problems } = planSummary(ay, query);
  if (!plan) return { table: null, problems };
  return {
    table: summaryFromGroups(ay, plan, groupRecords(ay, plan.resolved.masks, plan.dims)),
    problems: [],
  };
}

/**
 * The agency-years behind one cell (or a total) of a summary table, weakest first, those without a score
 * last. Empty when the query does not resolve or the keys name nothing.
 */
export function cellRecords(ay: AgencyYears, query: SummaryQuery, cell: CellRef): CellRecord[] {
  const plan = planCell(ay, query, cell);
  return plan ? cellRecordsFrom(ay, plan, groupRecords(ay, plan.masks, []).rows) : [];
}

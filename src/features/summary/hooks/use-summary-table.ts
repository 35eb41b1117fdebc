import { useEffect, useMemo, useState } from 'react';
import type { AgencyYears } from '@analysis/summary/agency-years';
import { cellRecordsFrom, planCell, type CellRecord, type CellRef } from '@analysis/summary/cell-records';
import { parseQuery, type QueryProblem } from '@analysis/summary/parse-query';
import { planSummary, summaryFromGroups } from '@analysis/summary/summary-table';
import type { SummaryQuery, SummaryTable } from '@analysis/summary/types';
import { groupClient } from '../lib/group-client';
import type { SummaryParams } from '@/shared/url/routes/summary';

interface Built {
  /** The plan the result is for (to tell a fresh result from the one shown while the next is made). */
  plan: object;
  query: SummaryQuery;
  table: SummaryTable | null;
  error: string | null;
  /** Milliseconds from asking to the finished table (worker round trip included). */
  ms: number;
}

/**
 * The summary table of the URL's table text: checked at once (problems show without waiting), grouped in
 * the summary worker, finished here. While a new table is made the last one stays shown (`busy`).
 */
export function useSummaryTable(ay: AgencyYears, table: SummaryParams['table']) {
  const key = JSON.stringify(table);
  const planned = useMemo(() => {
    const parsed = parseQuery(JSON.parse(key) as SummaryParams['table']);
    if (!parsed.query) return { plan: null, query: null, problems: parsed.problems };
    const { plan, problems } = planSummary(ay, parsed.query);
    return { plan, query: parsed.query, problems };
  }, [ay, key]);
  const [built, setBuilt] = useState<Built | null>(null);
  useEffect(() => {
    const { plan, query } = planned;
    if (!plan || !query) return;
    let live = true;
    const t0 = performance.now();
    groupClient(ay)
      .group(plan.resolved.masks, plan.dims)
      .then(
        (groups) => {
          const table = summaryFromGroups(ay, plan, groups);
          if (live) setBuilt({ plan, query, table, error: null, ms: performance.now() - t0 });
        },
        (e: unknown) => {
          const error = e instanceof Error ? e.message : String(e);
          if (live) setBuilt({ plan, query, table: null, error, ms: performance.now() - t0 });
        },
      );
    return () => {
      live = false;
    };
  }, [ay, planned]);
  const problems: QueryProblem[] = planned.problems;
  return {
    problems,
    built: problems.length === 0 ? built : null,
    busy: planned.plan !== null && built?.plan !== planned.plan,
  };
}

/** The agencies behind a cell (grouped in the worker like the table); null while they are found. */
export function useCellRecords(ay: AgencyYears, query: SummaryQuery, cell: CellRef): CellRecord[] | null {
  const plan = useMemo(() => planCell(ay, query, cell), [ay, query, cell]);
  const [found, setFound] = useState<{ plan: object; list: CellRecord[] } | null>(null);
  useEffect(() => {
    if (!plan) return;
    let live = true;
    groupClient(ay)
      .group(plan.masks, [])
      .then(
        (g) => {
          if (live) setFound({ plan, list: cellRecordsFrom(ay, plan, g.rows) });
        },
        () => {
          if (live) setFound({ plan, list: [] });
        },
      );
    return () => {
      live = false;
    };
  }, [ay, plan]);
  if (!plan) return [];
  return found?.plan === plan ? found.list : null;
}

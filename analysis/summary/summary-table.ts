import type { AgencyYears } from './agency-years';
import type { RecordGroups } from './group-records';
import type { QueryProblem } from './parse-query';
import { bucketsOf, findMedians, isBelow, StatReducer, type BucketShape } from './reduce';
import { resolveQuery, type ResolvedQuery } from './resolve';
import { ascendingOrder } from './value-columns';
import {
  RECORD_DIMS,
  type Dim,
  type RecordDim,
  type SummaryCell,
  type SummaryMember,
  type SummaryQuery,
  type SummaryRow,
  type SummaryTable,
} from './types';

/** The label columns of the rows: a lone district gets its province before it. */
export function rowLabelDims(rows: readonly Dim[]): Dim[] {
  return rows.includes('district') && !rows.includes('province')
    ? rows.flatMap((d) => (d === 'district' ? (['province', 'district'] as Dim[]) : [d]))
    : [...rows];
}

/** Record dimensions to group by: those of the rows and columns (a district already fixes its province). */
function groupDims(q: SummaryQuery): RecordDim[] {
  const used = [...q.rows, ...(q.cols ? [q.cols] : [])].filter((d): d is RecordDim =>
    (RECORD_DIMS as readonly Dim[]).includes(d),
  );
  return used.includes('district') ? used.filter((d) => d !== 'province') : used;
}

/** Where each (group, member) pair falls: a row tuple of member numbers and a column number. */
interface Layout {
  rowTuples: number[][];
  /** Row index of pair p = group * members + member. */
  rowOf: Int32Array;
  colOf: Int32Array;
  cols: number[];
}

function layout(ay: AgencyYears, r: ResolvedQuery, groups: RecordGroups, labelDims: Dim[]): Layout {
  const { query, memberDim, members } = r;
  const M = members.length;
  const memberOf = (d: Dim, g: number, m: number): number => {
    if (d === memberDim) return members[m] as number;
    const row = groups.first[g] as number;
    if (d === 'province' && !groupDims(query).includes('province'))
      return ay.districtProvince[ay.ids.district[row] as number] as number;
    return ay.ids[d as RecordDim][row] as number;
  };
  const tupleIndex = new Map<string, number>();
  const tuples: number[][] = [];
  const colIds = new Set<number>();
  const pairs = groups.count * M;
  const rawRow = new Int32Array(pairs);
  const rawCol = new Int32Array(pairs);
  for (let g = 0; g < groups.count; g++)
    for (let m = 0; m < M; m++) {
      const tuple = labelDims.map((d) => memberOf(d, g, m));
      const key = tuple.join(',');
      let i = tupleIndex.get(key);
      if (i === undefined) {
        i = tuples.length;
        tupleIndex.set(key, i);
        tuples.push(tuple);
      }
      rawRow[g * M + m] = i;
      const c = query.cols ? memberOf(query.cols, g, m) : 0;
      rawCol[g * M + m] = c;
      colIds.add(c);
    }
  // Rows in display order (member numbers are in display order), columns likewise.
  const order = tuples.map((_, i) => i);
  order.sort((a, b) => {
    const x = tuples[a] as number[];
    const y = tuples[b] as number[];
    for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return (x[k] as number) - (y[k] as number);
    return 0;
  });
  const rank = new Int32Array(tuples.length);
  order.forEach((old, i) => (rank[old] = i));
  const cols = [...colIds].sort((a, b) => a - b);
  const colRank = new Map(cols.map((c, i) => [c, i]));
  const rowOf = new Int32Array(pairs);
  const colOf = new Int32Array(pairs);
  for (let p = 0; p < pairs; p++) {
    rowOf[p] = rank[rawRow[p] as number] as number;
    colOf[p] = colRank.get(rawCol[p] as number) as number;
  }
  return { rowTuples: order.map((i) => tuples[i] as number[]), rowOf, colOf, cols };
}

/** A query checked against the data, and the record dimensions its agency-years are grouped by. */
export interface SummaryPlan {
  resolved: ResolvedQuery;
  dims: RecordDim[];
}

/**
 * The first half of a summary table: check the query and say how to group. summarise.ts then groups in
 * the same thread (CLI, tests); the app groups in a worker (Arquero compiles its expressions, which the
 * page's Content-Security-Policy forbids) and finishes with summaryFromGroups. Nothing here imports Arquero.
 */
export function planSummary(
  ay: AgencyYears,
  query: SummaryQuery,
): { plan: SummaryPlan | null; problems: QueryProblem[] } {
  const { resolved, problems } = resolveQuery(ay, query);
  return resolved ? { plan: { resolved, dims: groupDims(query) }, problems } : { plan: null, problems };
}

/** The second half of summaryTable: the statistics of the grouped agency-years. */
export function summaryFromGroups(ay: AgencyYears, plan: SummaryPlan, groups: RecordGroups): SummaryTable {
  const r = plan.resolved;
  const { query, memberDim, columns } = r;
  const labelDims = rowLabelDims(query.rows);
  const lay = layout(ay, r, groups, labelDims);
  const R = lay.rowTuples.length;
  const C = query.cols ? lay.cols.length : 1;
  const onAxis = memberDim !== null && (query.rows.includes(memberDim) || query.cols === memberDim);
  const rowTotals = query.cols !== null && query.cols !== memberDim;
  const colTotals = memberDim === null || !query.rows.includes(memberDim);
  const grand = query.cols !== null && rowTotals && colTotals;
  const shape: BucketShape = { R, C, rowTotals, colTotals, grand };
  const reducer = new StatReducer(query.stat, R * C + R + C + 1);
  const change = query.stat === 'change';
  const median = query.stat === 'median';
  const { previous, threshold } = ay;
  const { rows, keys } = groups;
  const M = columns.length;
  // For medians: each row's cell per member (−1 = not in the table), walked again in order of value.
  const cellOf = median ? columns.map(() => new Int32Array(ay.n).fill(-1)) : [];
  const out = new Int32Array(4);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const thr = threshold[i] as number;
    const g = keys ? (keys[i] as number) : 0;
    for (let m = 0; m < M; m++) {
      const col = columns[m] as Float64Array;
      let v = col[i] as number;
      if (change) {
        const p = previous[i] as number;
        v = p >= 0 ? v - (col[p] as number) : NaN;
      }
      if (v !== v) continue;
      const pair = g * M + m;
      const cell = (lay.rowOf[pair] as number) * C + (lay.colOf[pair] as number);
      if (median) (cellOf[m] as Int32Array)[i] = cell;
      const b = change ? 0 : isBelow(v, thr);
      const used = bucketsOf(cell, shape, out);
      for (let j = 0; j < used; j++) reducer.add(out[j] as number, v, b);
    }
  }
  if (median)
    for (let m = 0; m < M; m++) {
      const col = columns[m] as Float64Array;
      findMedians(reducer, ascendingOrder(col), col, cellOf[m] as Int32Array, shape);
    }
  const RC = R * C;
  const member = (d: Dim, id: number): SummaryMember => ay.members[d][id] as SummaryMember;
  const outRows: SummaryRow[] = lay.rowTuples.map((tuple, row) => ({
    members: tuple.map((id, k) => member(labelDims[k] as Dim, id)),
    cells: Array.from({ length: C }, (_, c) => reducer.cell(row * C + c)),
    total: rowTotals ? reducer.cell(RC + row) : null,
  }));
  const cols: SummaryMember[] = query.cols
    ? lay.cols.map((id) => member(query.cols as Dim, id))
    : [{ key: '', th: '', en: '' }];
  const totals: SummaryCell[] | null = colTotals
    ? Array.from({ length: C }, (_, c) => reducer.cell(RC + R + c))
    : null;
  return {
    query,
    rowDims: labelDims,
    colDim: query.cols,
    cols,
    rows: outRows,
    colTotals: totals,
    grand: grand ? reducer.cell(RC + R + C) : null,
    totalsNote: onAxis ? 'across-members' : null,
    records: rows.length,
    unit: unitOf(query),
  };
}

function unitOf(q: SummaryQuery): SummaryTable['unit'] {
  if (q.stat === 'pass_rate' || q.stat === 'share_below') return 'percent';
  if (q.stat === 'count' || q.stat === 'count_below') return 'count';
  return 'points';
}

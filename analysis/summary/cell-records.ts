import type { OrgInfo } from '../dataset';
import type { AgencyYears } from './agency-years';
import type { Masks } from './group-records';
import { isBelow } from './reduce';
import { resolveQuery, type ResolvedQuery } from './resolve';
import { rowLabelDims } from './summary-table';
import { RECORD_DIMS, type Dim, type RecordDim, type SummaryMember, type SummaryQuery } from './types';

/** One agency-year (and tool or indicator, in a split table) behind a cell. */
export interface CellRecord {
  /** Index into `Dataset.orgs`. */
  orgIndex: number;
  org: OrgInfo | null;
  /** Fiscal year, BE. */
  year: number;
  /** The tool or indicator, in a table split by one. */
  member: SummaryMember | null;
  /** The score, points; NaN when unknown (the agency is in the cell but not in its statistic). */
  value: number;
  /** The same agency's score in the fiscal year before; NaN when unknown. */
  previous: number;
  /** Whether the score is under the pass mark (at 2 decimals); null when unknown. */
  below: boolean | null;
}

/** Which cell: a member key per row label dimension (null = every row) and the column's key (null = every column). */
export interface CellRef {
  row: readonly string[] | null;
  col: string | null;
}

/** What cellRecords filters by (the query's filters and the cell's members); null when it names nothing. */
export interface CellPlan {
  resolved: ResolvedQuery;
  masks: Masks;
  members: { id: number; m: number }[];
  change: boolean;
}

export function planCell(ay: AgencyYears, query: SummaryQuery, cell: CellRef): CellPlan | null {
  const { resolved } = resolveQuery(ay, query);
  if (!resolved) return null;
  const masks = { ...resolved.masks };
  let members = resolved.members.map((id, m) => ({ id, m }));
  const pin = (d: Dim, key: string): boolean => {
    const id = ay.members[d].findIndex((x) => x.key === key);
    if (id < 0) return false;
    if (d === resolved.memberDim) members = members.filter((x) => x.id === id);
    else if ((RECORD_DIMS as readonly Dim[]).includes(d)) {
      const keep = new Uint8Array(ay.members[d].length);
      const before = masks[d as RecordDim];
      if (!before || before[id] === 1) keep[id] = 1;
      masks[d as RecordDim] = keep;
    }
    return true;
  };
  const labelDims = rowLabelDims(query.rows);
  if (cell.row) {
    if (cell.row.length !== labelDims.length) return null;
    for (let k = 0; k < labelDims.length; k++)
      if (!pin(labelDims[k] as Dim, cell.row[k] as string)) return null;
  }
  if (cell.col !== null && query.cols && !pin(query.cols, cell.col)) return null;
  return { resolved, masks, members, change: query.stat === 'change' };
}

/** The records of a cell from the agency-years that pass its filters (`rows`, from groupRecords). */
export function cellRecordsFrom(ay: AgencyYears, plan: CellPlan, rows: ArrayLike<number>): CellRecord[] {
  const { resolved, members, change } = plan;
  const out: CellRecord[] = [];
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const o = ay.sb.groups.org[i] as number;
    const p = ay.previous[i] as number;
    for (const { id, m } of members) {
      const col = resolved.columns[m] as Float64Array;
      const value = col[i] as number;
      out.push({
        orgIndex: o,
        org: ay.ds.orgs[o] ?? null,
        year: ay.sb.groups.year[i] as number,
        member: resolved.memberDim ? (ay.members[resolved.memberDim][id] as SummaryMember) : null,
        value,
        previous: p >= 0 ? (col[p] as number) : NaN,
        below: Number.isNaN(value) ? null : isBelow(value, ay.threshold[i] as number) === 1,
      });
    }
  }
  const key = (r: CellRecord) => (change ? r.value - r.previous : r.value);
  out.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) ? (Number.isNaN(y) ? 0 : 1) : -1;
    return x - y;
  });
  return out;
}

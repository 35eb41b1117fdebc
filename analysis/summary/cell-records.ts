import type { OrgInfo } from '../dataset';
import type { AgencyYears } from './agency-years';
import { groupRecords } from './group-records';
import { isBelow } from './reduce';
import { resolveQuery } from './resolve';
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

/**
 * The agency-years behind one cell (or a total) of a summary table, weakest first, those without a score
 * last. Empty when the query does not resolve or the keys name nothing.
 */
export function cellRecords(ay: AgencyYears, query: SummaryQuery, cell: CellRef): CellRecord[] {
  const { resolved } = resolveQuery(ay, query);
  if (!resolved) return [];
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
    if (cell.row.length !== labelDims.length) return [];
    for (let k = 0; k < labelDims.length; k++)
      if (!pin(labelDims[k] as Dim, cell.row[k] as string)) return [];
  }
  if (cell.col !== null && query.cols && !pin(query.cols, cell.col)) return [];
  const { rows } = groupRecords(ay, masks, []);
  const change = query.stat === 'change';
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

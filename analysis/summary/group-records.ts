import type { AgencyYears } from './agency-years';
import { RECORD_DIMS, type RecordDim } from './types';

/** The agency-years a table covers, grouped by its record dimensions. */
export interface RecordGroups {
  /** Rows of the agency-year table that passed the filters, in table order. */
  rows: Uint32Array;
  /** Group of each table row (indexed by row, not by position in `rows`); null when there is one group. */
  keys: Uint32Array | number[] | null;
  /** A row of each group (for reading the group's members). */
  first: Uint32Array | number[];
  count: number;
}

type Masks = Partial<Record<RecordDim, Uint8Array>>;

const allKept = new WeakMap<AgencyYears, Record<RecordDim, Uint8Array>>();

/** A mask keeping every member of each record dimension (the filter's default). */
function keepAll(ay: AgencyYears): Record<RecordDim, Uint8Array> {
  let hit = allKept.get(ay);
  if (!hit) {
    const make = (d: RecordDim) => new Uint8Array(ay.members[d].length).fill(1);
    hit = {
      province: make('province'),
      district: make('district'),
      type: make('type'),
      year: make('year'),
      rating: make('rating'),
    };
    allKept.set(ay, hit);
  }
  return hit;
}

/**
 * Filter the agency-year table by member masks and group it by `dims`, in Arquero. The filter is one fixed
 * expression; which members it keeps travels in `params` (never as expression text).
 */
export function groupRecords(ay: AgencyYears, masks: Masks, dims: readonly RecordDim[]): RecordGroups {
  let t = ay.table;
  if (RECORD_DIMS.some((d) => masks[d])) {
    const m = { ...keepAll(ay), ...masks };
    t = t
      .params({ province: m.province, district: m.district, type: m.type, year: m.year, rating: m.rating })
      .filter(
        (d: Record<string, number>, $: Record<string, Uint8Array>) =>
          $.province[d.province] === 1 &&
          $.district[d.district] === 1 &&
          $.type[d.type] === 1 &&
          $.year[d.year] === 1 &&
          $.rating[d.rating] === 1,
      );
  }
  if (dims.length === 0) {
    const rows = t.indices(false) as Uint32Array;
    return { rows, keys: null, first: rows.length ? [rows[0] as number] : [], count: rows.length ? 1 : 0 };
  }
  const grouped = t.groupby(...dims);
  const g = grouped.groups();
  return { rows: grouped.indices(false) as Uint32Array, keys: g.keys, first: g.rows, count: g.size };
}

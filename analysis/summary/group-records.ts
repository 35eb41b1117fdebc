import * as aq from 'arquero';
import { RECORD_DIMS, type RecordDim } from './types';

/**
 * What grouping needs: each agency-year's member number per record dimension and how many members each
 * dimension has. AgencyYears is one; the app's worker gets a copy.
 */
export interface GroupSource {
  ids: Record<RecordDim, Int32Array>;
  size: Record<RecordDim, number>;
}

const tables = new WeakMap<Record<RecordDim, Int32Array>, ReturnType<typeof aq.table>>();

/** The member numbers as an Arquero table (columns named as the dimensions), made once per source. */
function recordTable(src: GroupSource): ReturnType<typeof aq.table> {
  let t = tables.get(src.ids);
  if (!t) tables.set(src.ids, (t = aq.table(src.ids)));
  return t;
}

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

export type Masks = Partial<Record<RecordDim, Uint8Array>>;

const allKept = new WeakMap<Record<RecordDim, Int32Array>, Record<RecordDim, Uint8Array>>();

/** A mask keeping every member of each record dimension (the filter's default). */
function keepAll(ay: GroupSource): Record<RecordDim, Uint8Array> {
  let hit = allKept.get(ay.ids);
  if (!hit) {
    const make = (d: RecordDim) => new Uint8Array(ay.size[d]).fill(1);
    hit = {
      province: make('province'),
      district: make('district'),
      type: make('type'),
      year: make('year'),
      rating: make('rating'),
    };
    allKept.set(ay.ids, hit);
  }
  return hit;
}

/**
 * Filter the agency-year table by member masks and group it by `dims`, in Arquero. The filter and the group
 * key are fixed expressions; which members are kept and how the key is made travel in `params` (never as
 * expression text). Arquero keeps params on the table, so each call sets all it uses right before.
 */
export function groupRecords(ay: GroupSource, masks: Masks, dims: readonly RecordDim[]): RecordGroups {
  let t = recordTable(ay);
  if (RECORD_DIMS.some((d) => masks[d])) {
    const m = { ...keepAll(ay), ...masks };
    t = t
      .params({ keepP: m.province, keepD: m.district, keepT: m.type, keepY: m.year, keepR: m.rating })
      .filter(
        (d: Record<string, number>, $: Record<string, Uint8Array>) =>
          $.keepP[d.province] === 1 &&
          $.keepD[d.district] === 1 &&
          $.keepT[d.type] === 1 &&
          $.keepY[d.year] === 1 &&
          $.keepR[d.rating] === 1,
      );
  }
  if (dims.length === 0) {
    const rows = t.indices(false) as Uint32Array;
    return { rows, keys: null, first: rows.length ? [rows[0] as number] : [], count: rows.length ? 1 : 0 };
  }
  // One number per row, the dimensions' member numbers in mixed radix: Arquero then keys its groups by
  // integer-like strings, which it finds several times faster than the joined keys of several columns.
  const stride: Record<RecordDim, number> = { province: 0, district: 0, type: 0, year: 0, rating: 0 };
  let radix = 1;
  for (let k = dims.length - 1; k >= 0; k--) {
    const d = dims[k] as RecordDim;
    stride[d] = radix;
    radix *= ay.size[d];
  }
  const grouped = (
    t.params({
      byP: stride.province,
      byD: stride.district,
      byT: stride.type,
      byY: stride.year,
      byR: stride.rating,
    }) as typeof t
  ).groupby({
    key: (d: Record<string, number>, $: Record<string, number>) =>
      d.province * $.byP + d.district * $.byD + d.type * $.byT + d.year * $.byY + d.rating * $.byR,
  });
  const g = grouped.groups();
  return { rows: grouped.indices(false) as Uint32Array, keys: g.keys, first: g.rows, count: g.size };
}

import type { ToolId } from '../frameworks/types';

/**
 * What a summary table's rows and columns can be split by. `tool` and `indicator` split each agency-year
 * into its tools or indicators (the "member" dimensions); the others are facts of the agency-year.
 */
export type Dim = 'province' | 'district' | 'type' | 'year' | 'tool' | 'indicator' | 'rating';

/** The dimensions that are facts of an agency-year (one value each), as opposed to tool and indicator. */
export type RecordDim = 'province' | 'district' | 'type' | 'year' | 'rating';

export const DIMS: readonly Dim[] = ['province', 'district', 'type', 'year', 'tool', 'indicator', 'rating'];
export const RECORD_DIMS: readonly RecordDim[] = ['province', 'district', 'type', 'year', 'rating'];

/**
 * The statistic of a cell, over the agency-years (or agency-year-indicators) that fall in it:
 * mean/median/min/max of the score (points 0–100); `count` of known scores; `pass_rate` and
 * `share_below` the percent (0–100) at or above / below the threshold (85), compared at 2 decimals as
 * published; `count_below` how many are below it; `change` the mean change in points from the same
 * agency's score of the fiscal year before (only agencies with both years count).
 */
export type Stat =
  'mean' | 'median' | 'min' | 'max' | 'count' | 'pass_rate' | 'share_below' | 'count_below' | 'change';

export const STATS: readonly Stat[] = [
  'mean',
  'median',
  'min',
  'max',
  'count',
  'pass_rate',
  'share_below',
  'count_below',
  'change',
];

/**
 * The score a table summarises. `tool: null` / `indicator: null` mean "the tool (indicator) the row or
 * column names", and need that dimension in the rows, columns or filters.
 */
export type ValueSpec =
  | { kind: 'overall' }
  | { kind: 'tool'; tool: ToolId | null }
  | { kind: 'indicator'; indicator: number | null }
  /** A question or OIT item score by its code (`E10`, `I13`, `O5`). */
  | { kind: 'code'; code: string };

/** A summary (pivot) table asked for: the same for the app, the CLI and the exports. */
export interface SummaryQuery {
  /** One or two dimensions (the second nested in the first). */
  rows: Dim[];
  /** Null: a single column. */
  cols: Dim | null;
  value: ValueSpec;
  stat: Stat;
  /** Keys of the members kept, per dimension (see SummaryMember.key); several keys of one dimension = any of them. */
  filters: Partial<Record<Dim, string[]>>;
}

/** One value of a dimension: a province, a year, an indicator … */
export interface SummaryMember {
  /**
   * Stable key (URL, CLI `--filter`): the name of a province or type; `province/district` for a district;
   * the year (BE); `IIT`/`EIT`/`OIT`; the indicator number; the rating code (`none` when unknown).
   */
  key: string;
  th: string;
  en: string;
}

/** One cell: the statistic (unrounded; null when no agency has a value) and how many values it is over. */
export interface SummaryCell {
  value: number | null;
  /** Values the statistic is over: agency-years (× tools/indicators), or pairs of years for `change`. */
  n: number;
}

export interface SummaryRow {
  /** One member per entry of `SummaryTable.rowDims`. */
  members: SummaryMember[];
  /** One cell per column. */
  cells: SummaryCell[];
  /** The statistic over every agency of the row (all columns); null when not meaningful. */
  total: SummaryCell | null;
}

/** Why a total is left out: across tools or indicators a pooled statistic would mix weights. */
export type TotalsNote = 'across-members' | null;

/** A summary table as plain data: what the view shows and the CSV, XLSX, JSON and text exports write. */
export interface SummaryTable {
  query: SummaryQuery;
  /** The label columns of the rows: the query's rows, with `province` put before a lone `district`. */
  rowDims: Dim[];
  colDim: Dim | null;
  /** The columns (a single unnamed one, key '', when the query has no column dimension). */
  cols: SummaryMember[];
  rows: SummaryRow[];
  /** The statistic over every agency of each column (all rows); null when not meaningful. */
  colTotals: SummaryCell[] | null;
  /** The statistic over every agency of the table; null when not meaningful or already in `colTotals`. */
  grand: SummaryCell | null;
  totalsNote: TotalsNote;
  /** Agency-years that passed the filters. */
  records: number;
  /** What the cell values are: points (0–100 or a change), a percent (0–100) or a count. */
  unit: 'points' | 'percent' | 'count';
}

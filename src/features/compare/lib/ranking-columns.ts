import type { SortKey } from '@analysis/compare/sort';

/** One column of the ranking table: the key it sorts by, its width (rem) and whether it holds figures. */
export interface RankColumn {
  key: SortKey;
  /** Width in rem (the name column takes this at least and any spare room). */
  width: number;
  num: boolean;
}

const INDICATORS: RankColumn[] = Array.from({ length: 10 }, (_, i) => ({
  key: `i${i + 1}` as SortKey,
  width: 4.25,
  num: true,
}));

/** The columns, in order, after the pick box (2.5 rem). */
export const RANK_COLUMNS: readonly RankColumn[] = [
  { key: 'rank', width: 4, num: true },
  { key: 'name', width: 15, num: false },
  { key: 'province', width: 8, num: false },
  { key: 'overall', width: 5.5, num: true },
  { key: 'rating', width: 8.5, num: false },
  { key: 'change', width: 6.5, num: true },
  { key: 'iit', width: 4.5, num: true },
  { key: 'eit', width: 4.5, num: true },
  { key: 'oit', width: 4.5, num: true },
  ...INDICATORS,
];

export const PICK_WIDTH = 2.5;

/** CSS grid tracks of a row: pick box, then every column (the name column grows). */
export function gridTemplate(columns: readonly RankColumn[] = RANK_COLUMNS): string {
  return [
    `${PICK_WIDTH}rem`,
    ...columns.map((c) => (c.key === 'name' ? `minmax(${c.width}rem, 1fr)` : `${c.width}rem`)),
  ].join(' ');
}

/** Total minimum width of a row, rem. */
export function rowWidth(columns: readonly RankColumn[] = RANK_COLUMNS): number {
  return columns.reduce((s, c) => s + c.width, PICK_WIDTH);
}

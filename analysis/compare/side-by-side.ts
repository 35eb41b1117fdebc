import type { YearTable } from './year-table';

/** Points short of the threshold (85 by default): max(0, threshold − score); NaN when unknown. */
export function gapTo(score: number, threshold = 85): number {
  return score !== score ? NaN : Math.max(0, threshold - score);
}

/**
 * Which of several scores are the best and the worst (indexes into `values`; ties all marked). Nothing
 * is marked when fewer than two scores are known or all known ones are equal. Compared at 2 decimals,
 * as shown.
 */
export function extremes(values: readonly number[]): { best: number[]; worst: number[] } {
  let hi = -Infinity;
  let lo = Infinity;
  let known = 0;
  const shown = values.map((v) => (v === v ? Math.round(v * 100) / 100 : NaN));
  for (const v of shown) {
    if (v !== v) continue;
    known++;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
  }
  if (known < 2 || hi === lo) return { best: [], worst: [] };
  const best: number[] = [];
  const worst: number[] = [];
  shown.forEach((v, i) => {
    if (v === hi) best.push(i);
    if (v === lo) worst.push(i);
  });
  return { best, worst };
}

/** The chosen agencies' scores side by side (rows of a year table; NaN where unknown). */
export interface SideBySide {
  rows: number[];
  overall: number[];
  /** `tools[a][t]`: IIT, EIT, OIT of agency a. */
  tools: number[][];
  /** `indicators[a][i - 1]`: indicator i of agency a. */
  indicators: number[][];
  /** Best and worst agencies (indexes into `rows`) per line: indicators 1–10, then IIT, EIT, OIT, overall. */
  marks: { best: number[]; worst: number[] }[];
}

/** Collect the chosen rows' scores and mark the best and worst of each indicator, tool and the overall. */
export function sideBySide(yt: YearTable, rows: readonly number[]): SideBySide {
  const overall = rows.map((r) => yt.overall[r] as number);
  const tools = rows.map((r) => [0, 1, 2].map((t) => yt.tools[r * 3 + t] as number));
  const indicators = rows.map((r) => Array.from(yt.indicators.subarray(r * 10, r * 10 + 10)));
  const marks = [];
  for (let i = 0; i < 10; i++) marks.push(extremes(indicators.map((a) => a[i] as number)));
  for (let t = 0; t < 3; t++) marks.push(extremes(tools.map((a) => a[t] as number)));
  marks.push(extremes(overall));
  return { rows: [...rows], overall, tools, indicators, marks };
}

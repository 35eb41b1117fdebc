/** One band of overall scores and how many agency-years fall in it. */
export interface Band {
  /** Lower bound (inclusive), points. */
  from: number;
  /** Upper bound (exclusive, except 100 which is included), points. */
  to: number;
  count: number;
}

const EDGES = [0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100];

/** Count overall scores (rounded to 2 decimals as published) into bands; unknown scores are left out. */
export function scoreBands(scores: Iterable<number>): Band[] {
  const bands: Band[] = EDGES.slice(0, -1).map((from, i) => ({ from, to: EDGES[i + 1] as number, count: 0 }));
  for (const raw of scores) {
    if (Number.isNaN(raw)) continue;
    const v = Math.round(raw * 100) / 100;
    let i = bands.findIndex((b) => v >= b.from && v < b.to);
    if (i < 0 && v >= 100) i = bands.length - 1;
    if (i >= 0) (bands[i] as Band).count++;
  }
  return bands;
}

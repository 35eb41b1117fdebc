import type { Framework, RatingLevel } from '@analysis/frameworks/types';

/** One band of the 0–100 scale a rating level (or several sharing a floor) covers. */
export interface RatingBand {
  /** Lower bound, points (inclusive). */
  from: number;
  /** Upper bound, points (exclusive, except 100). */
  to: number;
  /** The levels whose overall floor is `from`, best first (e.g. ผ่านดี and ผ่าน share 85). */
  levels: RatingLevel[];
  /** Whether a score in this band passes the threshold. */
  passing: boolean;
}

/**
 * The rating bands of a framework year on the 0–100 scale, lowest first: AA…F up to 2565, ผ่านดีเยี่ยม…
 * ต้องปรับปรุงโดยด่วน from 2566. Levels that share an overall floor (ผ่านดี / ผ่าน, told apart by the tools)
 * share one band.
 */
export function ratingBands(fw: Framework): RatingBand[] {
  const floors = new Map<number, RatingLevel[]>();
  for (const level of fw.ratings) {
    const list = floors.get(level.minOverall) ?? [];
    list.push(level);
    floors.set(level.minOverall, list);
  }
  const sorted = [...floors.keys()].sort((a, b) => a - b);
  return sorted.map((from, i) => ({
    from,
    to: sorted[i + 1] ?? 100,
    levels: floors.get(from) ?? [],
    passing: from >= fw.threshold,
  }));
}

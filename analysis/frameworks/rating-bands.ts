import type { Lang } from '../text/lang';
import type { Framework, RatingLevel } from './types';

/**
 * One band of the 0–100 scale: the rating levels whose overall floor is `min` (several can share a floor,
 * e.g. ผ่านดี and ผ่าน at 85, told apart by the tools). The one rating-band model of the app (gap's
 * indicator chart and the trend chart draw the same bands).
 */
export interface RatingBand {
  /** Lower bound, points (inclusive). */
  min: number;
  /** Lower bound of the band above (100 for the top band). */
  max: number;
  /** The levels starting at `min`, best first. */
  levels: RatingLevel[];
  /** Whether a score in this band reaches the framework's threshold (85). */
  passing: boolean;
}

/**
 * The rating bands of a framework year, lowest first: AA…F up to 2565, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน
 * from 2566.
 */
export function ratingBands(fw: Framework): RatingBand[] {
  const floors = new Map<number, RatingLevel[]>();
  for (const level of fw.ratings) {
    const list = floors.get(level.minOverall) ?? [];
    list.push(level);
    floors.set(level.minOverall, list);
  }
  const sorted = [...floors.keys()].sort((a, b) => a - b);
  return sorted.map((min, i) => ({
    min,
    max: sorted[i + 1] ?? 100,
    levels: floors.get(min) ?? [],
    passing: min >= fw.threshold,
  }));
}

/** A band's name in the language asked: its levels' names joined ("ผ่านดี / ผ่าน"). */
export function bandLabel(b: RatingBand, lang: Lang): string {
  return b.levels.map((l) => (lang === 'th' ? l.labelTh : l.labelEn)).join(' / ');
}

/**
 * Rating levels, best first (shared/domain/ITA.md "Ratings"). Scores are points 0–100.
 * An agency gets the first level whose `minOverall` (and `minEachTool`, when set) it meets.
 */
import type { RatingLevel } from './types';

/** Pass mark on the overall score, points 0–100 (every fiscal year 2562 onward). */
export const ITA_THRESHOLD = 85;

/** Grade scheme of fiscal years 2562–2565 (BE): AA ≥ 95, A ≥ 85, B ≥ 75, C ≥ 65, D ≥ 55, E ≥ 50, F below. */
export const GRADE_RATINGS: readonly RatingLevel[] = [
  { code: 'AA', labelTh: 'AA', labelEn: 'AA', minOverall: 95 },
  { code: 'A', labelTh: 'A', labelEn: 'A', minOverall: 85 },
  { code: 'B', labelTh: 'B', labelEn: 'B', minOverall: 75 },
  { code: 'C', labelTh: 'C', labelEn: 'C', minOverall: 65 },
  { code: 'D', labelTh: 'D', labelEn: 'D', minOverall: 55 },
  { code: 'E', labelTh: 'E', labelEn: 'E', minOverall: 50 },
  { code: 'F', labelTh: 'F', labelEn: 'F', minOverall: 0 },
];

/**
 * Pass scheme from fiscal year 2566 (BE): excellent needs overall ≥ 95 and each tool ≥ 95; good needs
 * overall ≥ 85 and each tool ≥ 85; pass needs overall ≥ 85 only; improve 70–84.99; urgent below 70.
 */
export const PASS_RATINGS: readonly RatingLevel[] = [
  { code: 'excellent', labelTh: 'ผ่านดีเยี่ยม', labelEn: 'Excellent pass', minOverall: 95, minEachTool: 95 },
  { code: 'good', labelTh: 'ผ่านดี', labelEn: 'Good pass', minOverall: 85, minEachTool: 85 },
  { code: 'pass', labelTh: 'ผ่าน', labelEn: 'Pass', minOverall: 85 },
  { code: 'improve', labelTh: 'ต้องปรับปรุง', labelEn: 'Needs improvement', minOverall: 70 },
  { code: 'urgent', labelTh: 'ต้องปรับปรุงโดยด่วน', labelEn: 'Urgent improvement', minOverall: 0 },
];

/** Fresh copies of the levels of one scheme, best first. */
export function ratingsFor(scheme: 'grade' | 'pass'): RatingLevel[] {
  return (scheme === 'grade' ? GRADE_RATINGS : PASS_RATINGS).map((r) => ({ ...r }));
}

/**
 * Whether level `a` may be listed before level `b`: `a` asks at least as much on the overall score and on
 * each tool, and strictly more on one of them (a missing `minEachTool` counts as 0).
 */
export function isStricterLevel(a: RatingLevel, b: RatingLevel): boolean {
  const ta = a.minEachTool ?? 0;
  const tb = b.minEachTool ?? 0;
  return a.minOverall >= b.minOverall && ta >= tb && (a.minOverall > b.minOverall || ta > tb);
}

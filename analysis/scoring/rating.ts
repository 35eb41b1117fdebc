import type { Framework, RatingLevel } from '../frameworks/types';
import { round } from './round';

/**
 * The rating of an overall score by the framework year's rules: AA–F up to 2565, and from 2566 the
 * pass-based levels whose upper steps also need every tool at 85 / 95. Scores are compared as published,
 * rounded to 2 decimals. Null when the overall, or a tool score a level needs, is unknown.
 */
export function rate(overall: number, tools: ArrayLike<number>, fw: Framework): RatingLevel | null {
  if (Number.isNaN(overall)) return null;
  const o = round(overall, 2);
  for (const level of fw.ratings) {
    if (o < level.minOverall) continue;
    if (level.minEachTool !== undefined) {
      let ok = true;
      for (let t = 0; t < 3; t++) {
        const v = tools[t] as number;
        if (Number.isNaN(v)) return null;
        if (round(v, 2) < level.minEachTool) ok = false;
      }
      if (!ok) continue;
    }
    return level;
  }
  return null;
}

/** Whether an overall score passes the threshold (85), compared as published (2 decimals). */
export function passes(overall: number, fw: Framework): boolean | null {
  return Number.isNaN(overall) ? null : round(overall, 2) >= fw.threshold;
}

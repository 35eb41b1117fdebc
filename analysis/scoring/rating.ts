import type { Framework, RatingLevel } from '../frameworks/types';
import { round } from './round';
import { ITA_THRESHOLD } from '../frameworks/ratings';

/**
 * What the rules allow when the overall reaches a level that also needs every tool at 85 / 95 but the tool
 * scores are unknown (a press release gives the overall only): at least ผ่าน, maybe better.
 */
export const PASS_OR_BETTER: RatingLevel = {
  code: 'pass-or-better',
  labelTh: 'ผ่านขึ้นไป',
  labelEn: 'Pass or better',
  minOverall: 85,
};

/** Scoreboard rating index of PASS_OR_BETTER (real levels are indices into `fw.ratings`; -1 unknown). */
export const PASS_OR_BETTER_INDEX = -2;

/** The level a scoreboard rating index stands for (see PASS_OR_BETTER_INDEX); null when unknown. */
export function ratingLevel(fw: Framework | null | undefined, index: number): RatingLevel | null {
  if (index === PASS_OR_BETTER_INDEX) return PASS_OR_BETTER;
  return fw && index >= 0 ? (fw.ratings[index] ?? null) : null;
}

/**
 * The rating of an overall score by the framework year's rules: AA–F up to 2565, and from 2566 the
 * pass-based levels whose upper steps also need every tool at 85 / 95. Scores are compared as published,
 * rounded to 2 decimals. Null when the overall is unknown; PASS_OR_BETTER when the overall reaches a
 * level that needs tool scores that are unknown.
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
        if (Number.isNaN(v)) return PASS_OR_BETTER;
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

/** Labels of every rating index a scoreboard of this framework can hold (PASS_OR_BETTER included). */
export function ratingLabels(
  fw: Framework | null | undefined,
  pick: (th: string, en: string) => string,
): Map<number, string> {
  const out = new Map<number, string>();
  (fw?.ratings ?? []).forEach((r, i) => out.set(i, pick(r.labelTh, r.labelEn)));
  out.set(PASS_OR_BETTER_INDEX, pick(PASS_OR_BETTER.labelTh, PASS_OR_BETTER.labelEn));
  return out;
}

/** Whether a score (overall, tool or indicator) is under the pass mark, compared as published (2 decimals). */
export function belowPassMark(score: number, threshold: number = ITA_THRESHOLD): boolean {
  return !Number.isNaN(score) && round(score, 2) < threshold;
}

/**
 * Overall points that `points` on an indicator of weight `weightPct` (% of the overall) are worth: what an
 * indicator's gap costs the overall, or what raising it by that much would add.
 */
export function overallPointsOf(weightPct: number, points: number): number {
  return (weightPct / 100) * points;
}

import type { Framework, RatingLevel } from '../frameworks/types';

/** What a path aims for: an overall score, and optionally every tool at a minimum. */
export interface Target {
  minOverall: number;
  minEachTool?: number;
  /** The rating level this target is, when it is one. */
  level: RatingLevel | null;
}

function levelTarget(level: RatingLevel): Target {
  return level.minEachTool === undefined
    ? { minOverall: level.minOverall, level }
    : { minOverall: level.minOverall, minEachTool: level.minEachTool, level };
}

/**
 * The default target: the next rating level up from the current one, and at least a pass (the
 * threshold). Null when the agency is already at the top level.
 */
export function nextTarget(fw: Framework, current: RatingLevel | null): Target | null {
  const levels = fw.ratings;
  const idx = current ? levels.indexOf(current) : levels.length;
  // Levels are listed best first; the passing ones are those with minOverall ≥ threshold.
  for (let i = idx - 1; i >= 0; i--) {
    const l = levels[i];
    if (l.minOverall >= fw.threshold) return levelTarget(l);
  }
  return null;
}

/**
 * Parse a user's target: a score (`85`, `95`, `90.5`) or a rating code of the framework
 * (`good`, `excellent`, `pass`, `AA`, `A`, case-insensitive). Null when it is neither.
 */
export function parseTarget(text: string, fw: Framework): Target | null {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) {
    const v = Number(t);
    return v > 0 && v <= 100 ? { minOverall: v, level: null } : null;
  }
  const level = fw.ratings.find((l) => l.code.toLowerCase() === t.toLowerCase());
  return level ? levelTarget(level) : null;
}

import type { Framework, RatingLevel } from '@analysis/frameworks/types';
import { DEFAULT_MARGIN, type PathOptions } from '@analysis/gaps/path';
import { type PathControls } from '@/shared/url/routes/gap';

// The controls' URL form (parse, format) is the gap route's (src/shared/url/routes/gap.ts).
export {
  NO_CONTROLS,
  formatCaps,
  formatCodes,
  formatMargin,
  MAX_MARGIN,
  parseCaps,
  parseMargin,
  parseCodes,
  type PathControls,
} from '@/shared/url/routes/gap';

/** The margins offered as choices; any other value within 0–MAX_MARGIN may be typed. */
export const MARGIN_CHOICES: readonly number[] = [0, DEFAULT_MARGIN, 1];

/** The path options of analyseGroup for these controls (effort comes from the catalogue). */
export function pathOptions(c: PathControls, margin: number | null = null): PathOptions {
  return { locked: c.lock, exclude: c.exclude, caps: c.caps, margin: margin ?? DEFAULT_MARGIN };
}

export function hasControls(c: PathControls): boolean {
  return c.lock.length > 0 || c.exclude.length > 0 || Object.keys(c.caps).length > 0;
}

/** Lock a step in as it is (its cap becomes its current end value unless one is set), or unlock it. */
export function toggleLock(c: PathControls, code: string, to: number): PathControls {
  if (c.lock.includes(code)) {
    const caps = { ...c.caps };
    if (caps[code] === to) delete caps[code];
    return { ...c, lock: c.lock.filter((x) => x !== code), caps };
  }
  return { ...c, lock: [...c.lock, code], caps: code in c.caps ? c.caps : { ...c.caps, [code]: to } };
}

/** Leave a code out of the path (and forget any lock or cap on it), or take it back. */
export function toggleExclude(c: PathControls, code: string): PathControls {
  if (c.exclude.includes(code)) return { ...c, exclude: c.exclude.filter((x) => x !== code) };
  const caps = { ...c.caps };
  delete caps[code];
  return { lock: c.lock.filter((x) => x !== code), exclude: [...c.exclude, code], caps };
}

/** Set or clear (null) a code's highest value. */
export function setCap(c: PathControls, code: string, cap: number | null): PathControls {
  const caps = { ...c.caps };
  if (cap === null) delete caps[code];
  else caps[code] = Math.min(100, Math.max(0, cap));
  return { ...c, caps };
}

/** The rating levels a path may aim at: those that pass, lowest first (ผ่าน, ผ่านดี, ผ่านดีเยี่ยม; A, AA). */
export function targetLevels(fw: Framework): RatingLevel[] {
  return fw.ratings.filter((l) => l.minOverall >= fw.threshold).reverse();
}

/** Whether a target text is a score (`90`, `92.5`) rather than a level code. */
export function isScoreTarget(text: string): boolean {
  return /^\d+(\.\d+)?$/.test(text.trim());
}

import type { TrendYear } from './types';

/** Index of the last year with a known overall; −1 when none has one. */
export function latestScored(years: readonly TrendYear[]): number {
  for (let i = years.length - 1; i >= 0; i--) if (years[i]?.overall !== null) return i;
  return -1;
}

/**
 * How many consecutive fiscal years, ending with `years[end]`, the agency passed the 85 mark. A year
 * without data or without a pass/fail ends the run (a gap is not counted as a pass). 0 when `years[end]`
 * did not pass.
 */
export function passStreak(years: readonly TrendYear[], end: number): number {
  let n = 0;
  for (let i = end; i >= 0 && years[i]?.pass === true; i--) n++;
  return n;
}

/**
 * What the synthetic dataset is calibrated to, per fiscal year (BE): the national mean and share of agencies
 * at 85 or above, published where known (shared/domain/ITA.md "National picture", sources.md §8), and
 * indicator means chosen to match the published remarks (2564 weakest 9 ≈ 82 and 10 ≈ 67; 2567 weakest
 * 8 ≈ 84.5; 2568 indicator 3 = 99.45 and 8 = 94.39, with 8 of 10 indicators up on 2567). Unpublished
 * figures (2562, 2563, the pass shares of 2562–2564 and 2566) are plausible fill-ins, marked as such.
 * The weighted sum of the indicator targets equals the mean target (to 0.01 where the mean is published).
 */

/** The default seed of the bundled demo data. */
export const DEFAULT_SEED = 2567;

/** Calibration target of one fiscal year. */
export interface YearTarget {
  year: number;
  /** National mean of the overall score. */
  mean: number;
  /** Percent of agencies whose overall score (2 decimals) is 85 or above. */
  pass: number;
  /** Whether `mean` / `pass` are published figures (else plausible fill-ins). */
  meanPublished: boolean;
  passPublished: boolean;
  /** National mean of indicators 1–10 (index 0 = indicator 1). */
  indicators: readonly number[];
  /** Share of agencies with an OIT lapse that year (most items missing). */
  oitLapse: number;
  /**
   * Share of agencies that still lag behind (have not taken up the ITA practices: many OIT items missing,
   * weaker surveys) and the spread of OIT results between agencies. `knob` says which of the two is
   * calibrated to hit `pass` (starting from the value here); the other is kept.
   */
  lagging: number;
  spread: number;
  knob: 'lagging' | 'spread';
}

/** Targets for 2562–2568. */
export const YEAR_TARGETS: readonly YearTarget[] = [
  {
    year: 2562,
    mean: 75.6,
    pass: 30,
    meanPublished: false,
    passPublished: false,
    indicators: [87.5, 83, 87, 86, 84, 84.5, 81, 79, 73, 54.5],
    oitLapse: 0.05,
    lagging: 0.3,
    spread: 1.0,
    knob: 'spread',
  },
  {
    year: 2563,
    mean: 78.29,
    pass: 39,
    meanPublished: false,
    passPublished: false,
    indicators: [89, 85, 89, 87.5, 86, 86, 83, 81, 76.5, 59],
    oitLapse: 0.04,
    lagging: 0.28,
    spread: 1.0,
    knob: 'spread',
  },
  {
    year: 2564,
    mean: 81.25,
    pass: 49,
    meanPublished: true,
    passPublished: false,
    indicators: [89.3, 85.3, 89.8, 87.8, 86.5, 84.8, 84, 83, 81.75, 67],
    oitLapse: 0.035,
    lagging: 0.26,
    spread: 1.0,
    knob: 'spread',
  },
  {
    year: 2565,
    mean: 87.57,
    pass: 70.52,
    meanPublished: true,
    passPublished: true,
    indicators: [92.5, 90, 94, 92, 91, 89.5, 87.5, 85.5, 87, 81.75],
    oitLapse: 0.03,
    lagging: 0.24,
    spread: 1.0,
    knob: 'lagging',
  },
  {
    year: 2566,
    mean: 90.2,
    pass: 84,
    meanPublished: true,
    passPublished: false,
    indicators: [94, 92, 96.5, 93.5, 92.5, 91.5, 89.5, 85, 90, 87.45],
    oitLapse: 0.02,
    lagging: 0.08,
    spread: 0.7,
    knob: 'spread',
  },
  {
    year: 2567,
    mean: 93.05,
    pass: 92.44,
    meanPublished: true,
    passPublished: true,
    indicators: [95.5, 93.5, 98.5, 95, 94, 93.5, 91.5, 84.5, 93.95, 93.6],
    oitLapse: 0.012,
    lagging: 0.05,
    spread: 0.8,
    knob: 'lagging',
  },
  {
    year: 2568,
    mean: 93.82,
    pass: 94.17,
    meanPublished: true,
    passPublished: true,
    indicators: [96, 94, 99.45, 95.5, 94.5, 93.8, 92, 94.39, 92.9, 92.27],
    oitLapse: 0.01,
    lagging: 0.03,
    spread: 0.7,
    knob: 'lagging',
  },
];

/** Target of a year; throws for a year outside 2562–2568. */
export function yearTarget(year: number): YearTarget {
  const t = YEAR_TARGETS.find((y) => y.year === year);
  if (!t) throw new RangeError(`no synthetic-data target for fiscal year ${year}`);
  return t;
}

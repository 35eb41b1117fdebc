/** Round half away from zero to `digits` decimals (the rule for every published figure; cli.md). */
export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  // The small epsilon absorbs binary noise such as 92.685 being stored as 92.68499999…
  const scaled = Math.abs(value) * f;
  const r = Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled)) / f;
  return value < 0 ? -r : r;
}

/** `round` that maps NaN (our "unknown") to null, for output. */
export function round2OrNull(value: number): number | null {
  return Number.isNaN(value) ? null : round(value, 2);
}

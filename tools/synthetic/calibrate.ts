/**
 * Calibrating a year's parameters so that the national indicator means and the share of agencies at 85
 * or above hit the year's targets (targets.ts), on the very draws that will be written.
 */
import type { YearInputs } from './model';
import { quickStats, scoreYear, simulateValues, type YearParams, type YearResult } from './simulate';
import type { YearTarget } from './targets';

function logit(p: number): number {
  const q = Math.min(0.9999, Math.max(0.0001, p));
  return Math.log(q / (1 - q));
}

/**
 * Moves the levels until every indicator mean is within `tolerance` of its target; returns the pass share.
 * Question indicators move by the log ratio of the gaps; OIT indicators by a secant on the logit level.
 */
function fitLevels(
  inp: YearInputs,
  target: YearTarget,
  params: YearParams,
  values: Float64Array,
  tolerance: number,
): number {
  const level = params.level;
  const prevLevel = new Float64Array(11).fill(NaN);
  const prevMean = new Float64Array(11).fill(NaN);
  let pass = NaN;
  for (let round = 0; round < 15; round++) {
    simulateValues(inp, params, values);
    const stats = quickStats(inp, values);
    pass = stats.pass;
    let worst = 0;
    for (let k = 1; k <= 10; k++) {
      const t = target.indicators[k - 1] as number;
      const got = stats.means[k] as number;
      const now = level[k] as number;
      worst = Math.max(worst, Math.abs(got - t));
      if (k <= 8) {
        level[k] = now + Math.log((100 - t) / Math.max(1e-3, 100 - got));
        continue;
      }
      let step = 1.3 * (logit(t / 100) - logit(got / 100));
      const slope = (got - (prevMean[k] as number)) / (now - (prevLevel[k] as number));
      if (slope > 0.05) step = (t - got) / slope;
      prevLevel[k] = now;
      prevMean[k] = got;
      level[k] = now + Math.max(-2, Math.min(2, step));
    }
    if (worst < tolerance) break;
  }
  return pass;
}

/**
 * Parameters that make the year's indicator means (to 0.01) and pass share (to 0.05 points, or the best
 * found) hit `target`. Levels are fitted for each trial while one knob (`target.knob`: the lagging share
 * or the OIT spread) is searched: secant steps, then regula falsi once the target is bracketed.
 * Deterministic: the same inputs give the same parameters.
 */
export function calibrate(inp: YearInputs, target: YearTarget): { params: YearParams; result: YearResult } {
  const level = new Float64Array(11);
  for (let k = 1; k <= 10; k++) {
    const t = target.indicators[k - 1] as number;
    level[k] = k <= 8 ? Math.log(100 - t) - 0.2 : logit(t / 100) + 0.5;
  }
  const params: YearParams = {
    level,
    spread: target.spread,
    lapseRate: target.oitLapse,
    lagShare: target.lagging,
  };
  const byLag = target.knob === 'lagging';
  const [min, max] = byLag ? [0, 0.7] : [0.2, 3];
  const setKnob = (x: number): void => {
    if (byLag) params.lagShare = x;
    else params.spread = x;
  };
  const values = new Float64Array(inp.orgIndex.length * inp.cols.slots.length);
  let x = byLag ? target.lagging : target.spread;
  let lo: { x: number; err: number } | null = null; // err < 0
  let hi: { x: number; err: number } | null = null; // err > 0
  let last: { x: number; err: number } | null = null;
  let best = { x, err: Infinity };
  for (let step = 0; step < 12; step++) {
    setKnob(x);
    const err = fitLevels(inp, target, params, values, 0.03) - target.pass;
    if (Math.abs(err) < Math.abs(best.err)) best = { x, err };
    if (Math.abs(err) < 0.05) break;
    const point = { x, err };
    if (err < 0) lo = point;
    else hi = point;
    let next: number;
    if (lo && hi) next = lo.x + ((hi.x - lo.x) * -lo.err) / (hi.err - lo.err);
    else if (last && last.err !== err) next = x - (err * (x - last.x)) / (err - last.err);
    else next = byLag ? x + 0.03 : x * 1.15;
    last = point;
    // Small steps only: the pass share is not monotone far from the start.
    next = byLag ? Math.min(x + 0.1, Math.max(x - 0.1, next)) : Math.min(x * 1.5, Math.max(x / 1.5, next));
    x = Math.min(max, Math.max(min, next));
    if (x === point.x) break;
  }
  setKnob(best.x);
  fitLevels(inp, target, params, values, 0.01);
  simulateValues(inp, params, values);
  return { params, result: scoreYear(inp, values) };
}

/**
 * Turning a year's drawn inputs into question and item scores for given parameters, and scoring every
 * agency with the real scorer (scoreSlots).
 */
import { TOOL_OIT } from './columns';
import type { YearInputs } from './model';
import { SLOT_COUNT } from '../../analysis/codes';
import { round } from '../../analysis/scoring/round';
import { newSlotScores, scoreSlots } from '../../analysis/scoring/score-slots';

/** Logit drop of every OIT item in a lapse year. */
const LAPSE_DROP = 4;
/** Log-gap added to every IIT/EIT question of a lagging agency. */
const LAG_QUESTION = 0.35;

/** Parameters of one year's scores. */
export interface YearParams {
  /** Per indicator id: log of the typical gap to 100 (indicators 1–8) or logit of passing an item (9–10). */
  level: Float64Array;
  /** Multiplies the OIT latent and OIT-specific parts: larger means more spread between agencies. */
  spread: number;
  /** Share of agencies with an OIT lapse (most items missing that year). */
  lapseRate: number;
  /** Share of agencies that lag behind (lowest uptake). */
  lagShare: number;
}

/** Per-agency results and national figures of a simulated year. */
export interface YearResult {
  /** Scores per agency and column, 2 decimals (row-major). */
  values: Float64Array;
  /** Per agency: indicators 1–10 (11 per row, index = indicator id; unrounded) and the overall score. */
  indicators: Float64Array;
  overall: Float64Array;
  /** National mean of the overall score, percent at 85 or above (2 decimals), mean of each indicator. */
  mean: number;
  pass: number;
  indicatorMeans: Float64Array;
}

/** Fills `values` (agency × column) with the scores for `params`, rounded to 2 decimals. */
export function simulateValues(inp: YearInputs, params: YearParams, values: Float64Array): void {
  const { base, scaled, threshold, thresholdLag, lapse, uptakeRank, respondents } = inp;
  const { indicator, tool, yesNo } = inp.cols;
  const m = inp.cols.slots.length;
  const n = inp.orgIndex.length;
  const level = params.level;
  const spread = params.spread;
  const lagCount = Math.round(params.lagShare * n);
  for (let r = 0; r < n; r++) {
    const lag = (uptakeRank[r] as number) < lagCount;
    const drop = (lapse[r] as number) < params.lapseRate ? LAPSE_DROP : 0;
    const thr = lag ? thresholdLag : threshold;
    const lagQ = lag ? LAG_QUESTION : 0;
    const row = r * m;
    for (let j = 0; j < m; j++) {
      const c = row + j;
      const k = indicator[j] as number;
      const t = tool[j] as number;
      if (t === TOOL_OIT) {
        const x = (level[k] as number) + (base[c] as number) + spread * (scaled[c] as number) - drop;
        values[c] = x > (thr[c] as number) ? 100 : 0;
        continue;
      }
      let s = 100 - Math.exp((level[k] as number) + (base[c] as number) + lagQ);
      if (s < 0) s = 0;
      if (yesNo[j] === 1) {
        const resp = respondents[r * 2 + t] as number;
        s = (Math.round((s * resp) / 100) * 100) / resp;
      }
      values[c] = Math.round(s * 100) / 100;
    }
  }
}

/** Scores every agency from `values` with scoreSlots and sums up the nation. */
export function scoreYear(inp: YearInputs, values: Float64Array): YearResult {
  const slots = inp.cols.slots;
  const m = slots.length;
  const n = inp.orgIndex.length;
  const buf = new Float64Array(SLOT_COUNT).fill(NaN);
  const out = newSlotScores();
  const indicators = new Float64Array(n * 11);
  const overall = new Float64Array(n);
  const indicatorMeans = new Float64Array(11);
  let sum = 0;
  let passed = 0;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < m; j++) buf[slots[j] as number] = values[r * m + j] as number;
    scoreSlots(buf, inp.cfw, out);
    for (let k = 1; k <= 10; k++) {
      const v = out.indicators[k] as number;
      indicators[r * 11 + k] = v;
      indicatorMeans[k] = (indicatorMeans[k] as number) + v;
    }
    overall[r] = out.overall;
    sum += out.overall;
    if (round(out.overall, 2) >= 85) passed++;
  }
  for (let k = 1; k <= 10; k++) indicatorMeans[k] = (indicatorMeans[k] as number) / n;
  return { values, indicators, overall, mean: sum / n, pass: (100 * passed) / n, indicatorMeans };
}

/**
 * Indicator means and pass share of `values`, computed inline (same rules as scoreSlots: questions
 * averaged per indicator, items averaged per sub-indicator, sub-indicators averaged); for calibration.
 */
export function quickStats(inp: YearInputs, values: Float64Array): { pass: number; means: Float64Array } {
  const { indicator, sub } = inp.cols;
  const m = inp.cols.slots.length;
  const n = inp.orgIndex.length;
  const S = inp.cols.subCount;
  const weight = inp.cfw.weight;
  const count = new Float64Array(11);
  const subSize = new Float64Array(S);
  const subInd = new Int8Array(S);
  const subsOf = new Float64Array(11);
  for (let j = 0; j < m; j++) {
    const s = sub[j] as number;
    if (s < 0) count[indicator[j] as number]++;
    else {
      subSize[s]++;
      subInd[s] = indicator[j] as number;
    }
  }
  for (let s = 0; s < S; s++) subsOf[subInd[s] as number]++;
  const sums = new Float64Array(11);
  const subSums = new Float64Array(S);
  const means = new Float64Array(11);
  let passed = 0;
  for (let r = 0; r < n; r++) {
    sums.fill(0);
    subSums.fill(0);
    const row = r * m;
    for (let j = 0; j < m; j++) {
      const s = sub[j] as number;
      if (s >= 0) subSums[s] = (subSums[s] as number) + (values[row + j] as number);
      else
        sums[indicator[j] as number] = (sums[indicator[j] as number] as number) + (values[row + j] as number);
    }
    for (let k = 1; k <= 8; k++) sums[k] = (sums[k] as number) / (count[k] as number);
    sums[9] = 0;
    sums[10] = 0;
    for (let s = 0; s < S; s++) {
      const k = subInd[s] as number;
      sums[k] = (sums[k] as number) + (subSums[s] as number) / (subSize[s] as number) / (subsOf[k] as number);
    }
    let overall = 0;
    for (let k = 1; k <= 10; k++) {
      overall += ((weight[k] as number) * (sums[k] as number)) / 100;
      means[k] = (means[k] as number) + (sums[k] as number);
    }
    if (round(overall, 2) >= 85) passed++;
  }
  for (let k = 1; k <= 10; k++) means[k] = (means[k] as number) / n;
  return { pass: (100 * passed) / n, means };
}

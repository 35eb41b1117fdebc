/**
 * One fiscal year of the synthetic national dataset: question and item scores for every agency assessed
 * that year, calibrated to the year's national figures, with the share of negative answers and the number
 * of respondents per tool, and every agency scored with the real scorer.
 */
import { calibrate } from './calibrate';
import { TOOL_OIT } from './columns';
import { buildYearInputs } from './model';
import type { SyntheticOrg } from './organisations';
import { hashSeed, Rng } from './prng';
import type { YearParams } from './simulate';
import { DEFAULT_SEED, yearTarget, type YearTarget } from './targets';
import { resolveFramework } from '../../analysis/frameworks/registry';
import type { Framework } from '../../analysis/frameworks/types';

/** Options of `generateYear`. */
export interface GenerateOptions {
  /** Seed of every random draw (default DEFAULT_SEED); use the seed given to generateOrganisations. */
  seed?: number;
  /** The year's framework (default: the built-in framework of that year). */
  framework?: Framework;
  /** Calibration target (default: the built-in target of that year). */
  target?: YearTarget;
}

/** One synthetic fiscal year, column-major per agency (row r = agency, column j = code). */
export interface SyntheticYear {
  year: number;
  seed: number;
  framework: Framework;
  /** Indices into the organisation list of the agencies assessed this year, ascending. */
  orgIndex: Int32Array;
  /** Codes of the columns in framework order: `I1`…`I30`, `E1`…`E15`, then `O1`…`On`. */
  codes: string[];
  /** Tool of each column: 0 IIT, 1 EIT, 2 OIT. */
  tools: Uint8Array;
  /** Scores (0–100, 2 decimals), `scores[r * codes.length + j]`; OIT items 0 or 100. */
  scores: Float64Array;
  /** Percent of negative answers (2 decimals) per question; NaN for OIT items. */
  negativePct: Float64Array;
  /** IIT and EIT respondents of agency r at `[2r]` and `[2r + 1]`. */
  respondents: Uint16Array;
  /** Indicators 1–10 of agency r at `[11r + id]` and its overall score (scoreSlots, unrounded). */
  indicators: Float64Array;
  overall: Float64Array;
  /** National mean of the overall score and percent of agencies at 85 or above. */
  mean: number;
  pass: number;
  /** National mean of each indicator (index = indicator id). */
  indicatorMeans: Float64Array;
  /** The calibrated parameters. */
  params: YearParams;
}

/** Percent of negative answers that fits a 4-level question's score (binomial shape, some noise). */
function fourLevelNegative(score: number, rng: Rng): number {
  const p = score / 100;
  const q = 1 - p;
  let neg = 100 * (q * q * q + 3 * p * q * q) * Math.exp(0.25 * rng.normal());
  // What the score allows: negative answers give at most 33.33 points, the others at least 66.67.
  neg = Math.min(neg, 1.5 * (100 - score), 100);
  neg = Math.max(neg, 100 - 1.5 * score, 0);
  return Math.round(neg * 100) / 100;
}

/** Generates fiscal year `year` (2562–2568) for the agencies of `orgs` active that year. */
export function generateYear(
  orgs: readonly SyntheticOrg[],
  year: number,
  options: GenerateOptions = {},
): SyntheticYear {
  const seed = options.seed ?? DEFAULT_SEED;
  const framework = options.framework ?? resolveFramework(year)?.framework;
  if (!framework) throw new RangeError(`no framework for fiscal year ${year}`);
  const target = options.target ?? yearTarget(year);
  const inp = buildYearInputs(orgs, year, seed, framework);
  const { params, result } = calibrate(inp, target);
  const { tool, yesNo } = inp.cols;
  const m = tool.length;
  const n = inp.orgIndex.length;
  const scores = result.values;
  const negativePct = new Float64Array(n * m).fill(NaN);
  const rng = new Rng(0);
  for (let r = 0; r < n; r++) {
    rng.reseed(hashSeed(seed, year, inp.orgIndex[r] as number, 0x4e47));
    for (let j = 0; j < m; j++) {
      if (tool[j] === TOOL_OIT) continue;
      const s = scores[r * m + j] as number;
      negativePct[r * m + j] = yesNo[j] === 1 ? Math.round((100 - s) * 100) / 100 : fourLevelNegative(s, rng);
    }
  }
  return {
    year,
    seed,
    framework,
    orgIndex: inp.orgIndex,
    codes: inp.cols.codes,
    tools: tool,
    scores,
    negativePct,
    respondents: inp.respondents,
    indicators: result.indicators,
    overall: result.overall,
    mean: result.mean,
    pass: result.pass,
    indicatorMeans: result.indicatorMeans,
    params,
  };
}

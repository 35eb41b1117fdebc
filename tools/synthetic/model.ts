/**
 * The latent model behind the synthetic scores. Each agency has a quality that drifts from year to year
 * (AR(1)), tool-specific parts (staff climate, service, web publication), indicator-specific parts that
 * also persist, a type effect, and an uptake of the ITA practices: agencies with the lowest uptake lag
 * behind (many OIT items missing, weaker surveys). For one fiscal year `buildYearInputs` draws everything
 * random once and folds it into per-cell terms, so that calibration can re-apply parameters quickly.
 */
import { AGENCY_TYPE } from './agency-types';
import { buildColumns, TOOL_OIT, type YearColumns } from './columns';
import { FIRST_YEAR, isActive, type SyntheticOrg } from './organisations';
import { hashSeed, Rng } from './prng';
import { compileFramework, type CompiledFramework } from '../../analysis/scoring/compile';
import type { Framework } from '../../analysis/frameworks/types';

/** Year-to-year persistence of the agency's overall quality, tool parts and indicator parts. */
const RHO_QUALITY = 0.78;
const RHO_TOOL = 0.55;
const RHO_INDICATOR = 0.5;
/** Weight of the overall quality in each tool's latent (the rest is the tool part). */
const W_QUALITY = 0.65;
/** How strongly scores follow the tool latent: IIT, EIT in log-gap units, OIT in logits (× spread). */
const LOADING = [0.5, 0.45, 1.25];
/** Spread of the indicator-specific parts (IIT, EIT in log-gap units; OIT in logits, × spread). */
const SIGMA_INDICATOR = [0.3, 0.3, 0.45];
/** Spread of a question's own noise (log-gap) and of a website section's part (logits, × spread). */
const SIGMA_QUESTION = 0.35;
const SIGMA_SUB = 0.7;
/** Share of OIT items a lagging agency is missing: from LAG_MISS_MIN to LAG_MISS_MIN + LAG_MISS_RANGE. */
const LAG_MISS_MIN = 0.2;
const LAG_MISS_RANGE = 0.4;

/** Everything random about one fiscal year, drawn once. Matrices are row-major: agency × column. */
export interface YearInputs {
  year: number;
  seed: number;
  framework: Framework;
  cfw: CompiledFramework;
  cols: YearColumns;
  /** Indices (into the organisation list) of the agencies assessed this year, ascending. */
  orgIndex: Int32Array;
  /** Parameter-free part of each cell: log-gap to 100 (questions) or logit of passing (items). */
  base: Float64Array;
  /** OIT cells: the part the spread multiplies (0 for questions). */
  scaled: Float64Array;
  /** OIT cells: the logit an item must exceed to pass, normally and when the agency lags (∞ = never). */
  threshold: Float64Array;
  thresholdLag: Float64Array;
  /** Per agency: a uniform in [0, 1) that decides an OIT lapse (most items missing that year). */
  lapse: Float64Array;
  /** Per agency: rank of its uptake this year (0 = furthest behind). */
  uptakeRank: Int32Array;
  /** Per agency: IIT and EIT respondents. */
  respondents: Uint16Array;
}

/** Draws all random parts of fiscal year `year` for the agencies active that year. */
export function buildYearInputs(
  orgs: readonly SyntheticOrg[],
  year: number,
  seed: number,
  framework: Framework,
): YearInputs {
  const cfw = compileFramework(framework);
  const cols = buildColumns(cfw, seed);
  const m = cols.slots.length;
  const S = cols.subCount;
  const active: number[] = [];
  for (const o of orgs) if (isActive(o, year)) active.push(o.index);
  const n = active.length;
  const base = new Float64Array(n * m);
  const scaled = new Float64Array(n * m);
  const threshold = new Float64Array(n * m);
  const thresholdLag = new Float64Array(n * m);
  const lapse = new Float64Array(n);
  const respondents = new Uint16Array(n * 2);
  const uptake = new Float64Array(n);
  const rng = new Rng(0);
  const z = new Float64Array(3);
  const tool = new Float64Array(3);
  const ind = new Float64Array(11);
  const sub = new Float64Array(S);
  const cq = Math.sqrt(1 - RHO_QUALITY ** 2);
  const ct = Math.sqrt(1 - RHO_TOOL ** 2);
  const ci = Math.sqrt(1 - RHO_INDICATOR ** 2);
  const wt = Math.sqrt(1 - W_QUALITY ** 2);
  for (let r = 0; r < n; r++) {
    const org = orgs[active[r] as number] as SyntheticOrg;
    const type = AGENCY_TYPE[org.type];
    // The agency's path from 2562 to this year (the same draws whichever year is asked for).
    rng.reseed(hashSeed(seed, 0x1a7e, org.index));
    const size = rng.normal();
    let q = rng.normal();
    const propensity = 0.6 * q + 0.8 * rng.normal();
    for (let t = 0; t < 3; t++) tool[t] = rng.normal();
    for (let k = 1; k <= 10; k++) ind[k] = rng.normal();
    for (let y = FIRST_YEAR + 1; y <= year; y++) {
      q = RHO_QUALITY * q + cq * rng.normal();
      for (let t = 0; t < 3; t++) tool[t] = RHO_TOOL * (tool[t] as number) + ct * rng.normal();
      for (let k = 1; k <= 10; k++) ind[k] = RHO_INDICATOR * (ind[k] as number) + ci * rng.normal();
    }
    for (let t = 0; t < 3; t++) z[t] = W_QUALITY * q + wt * (tool[t] as number) + type.quality;
    // This year's own draws.
    rng.reseed(hashSeed(seed, year, org.index));
    lapse[r] = rng.next();
    uptake[r] = propensity + 0.3 * rng.normal() + type.quality;
    const kept = 1 - LAG_MISS_MIN - LAG_MISS_RANGE * rng.next();
    respondents[r * 2] = Math.max(
      8,
      Math.round(type.iitRespondents * Math.exp(0.35 * size + 0.12 * rng.normal())),
    );
    respondents[r * 2 + 1] = Math.max(
      30,
      Math.round(type.eitRespondents * Math.exp(0.3 * size + 0.15 * rng.normal())),
    );
    for (let s = 0; s < S; s++) sub[s] = rng.normal();
    const row = r * m;
    for (let j = 0; j < m; j++) {
      const k = cols.indicator[j] as number;
      const t = cols.tool[j] as number;
      const offset = cols.offset[j] as number;
      if (t === TOOL_OIT) {
        // Pass when u < p·kept, p = 1 / (1 + e^-x): that is x > ln(u / (kept - u)).
        const u = rng.next();
        base[row + j] = offset;
        scaled[row + j] =
          (LOADING[2] as number) * (z[2] as number) +
          (SIGMA_INDICATOR[2] as number) * (ind[k] as number) +
          SIGMA_SUB * (sub[cols.sub[j] as number] as number);
        threshold[row + j] = Math.log(u / (1 - u));
        thresholdLag[row + j] = u < kept ? Math.log(u / (kept - u)) : Infinity;
      } else {
        base[row + j] =
          offset -
          (LOADING[t] as number) * (z[t] as number) +
          (SIGMA_INDICATOR[t] as number) * (ind[k] as number) +
          SIGMA_QUESTION * rng.normal();
      }
    }
  }
  const order = Array.from({ length: n }, (_, r) => r);
  order.sort((a, b) => (uptake[a] as number) - (uptake[b] as number) || a - b);
  const uptakeRank = new Int32Array(n);
  for (let i = 0; i < n; i++) uptakeRank[order[i] as number] = i;
  return {
    year,
    seed,
    framework,
    cfw,
    cols,
    orgIndex: Int32Array.from(active),
    base,
    scaled,
    threshold,
    thresholdLag,
    lapse,
    uptakeRank,
    respondents,
  };
}

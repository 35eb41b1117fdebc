import { SLOT_COUNT, SLOT_OVERALL } from '../codes';
import type { Dataset } from '../dataset';
import { BUILTIN_FRAMEWORKS, resolveFramework, type FrameworkRegistry } from '../frameworks/registry';
import type { Framework } from '../frameworks/types';
import { compileFramework, type CompiledFramework } from './compile';
import { groupByOrgYear, type Groups } from './groups';
import { PASS_OR_BETTER, PASS_OR_BETTER_INDEX, rate } from './rating';
import { round } from './round';
import { newSlotScores, scoreSlots } from './score-slots';

/**
 * Scores of every organisation-year of a dataset, in flat typed arrays (group g's indicator i is at
 * `indicators[g * 11 + i]`). NaN = unknown. Unrounded; round only at output.
 */
export interface Scoreboard {
  groups: Groups;
  /** Framework applied to each group (null when the year has none). */
  frameworks: (Framework | null)[];
  indicators: Float64Array;
  indicatorSource: Uint8Array;
  /** IIT, EIT, OIT of group g at `tools[g * 3 + t]`. */
  tools: Float64Array;
  overall: Float64Array;
  /** Published overall carried by the data (code `overall`), NaN when absent. */
  published: Float64Array;
  /**
   * Index of the rating level in the framework's `ratings`; -1 when unknown; PASS_OR_BETTER_INDEX when only
   * the overall is known and it reaches a level that also needs the tools (read with `ratingLevel`).
   * The rating follows the official overall: the published one when the data carry it, else the computed.
   */
  rating: Int8Array;
  /** 1 pass, 0 fail, -1 unknown (official overall ≥ threshold, compared at 2 decimals). */
  pass: Int8Array;
  /** 1 where the agency-year's rows contradict each other or the file (Dataset.refused): no overall at all. */
  refused: Uint8Array;
}

/** Key of an organisation-year in Dataset.refused and the totals. */
const orgYear = (org: number, year: number): number => org * 4096 + year;

/**
 * The official overall of group g: the published figure when the data carry one (the NACC computes from
 * unrounded values, so it is the one that counts), else the computed one; NaN when neither is known.
 */
export function officialOverall(sb: Scoreboard, g: number): number {
  const p = sb.published[g] as number;
  return Number.isNaN(p) ? (sb.overall[g] as number) : p;
}

/** Where group g's official overall comes from (officialOverall); null when neither figure is known. */
export function overallSource(sb: Scoreboard, g: number): 'published' | 'computed' | null {
  if (!Number.isNaN(sb.published[g] as number)) return 'published';
  return Number.isNaN(sb.overall[g] as number) ? null : 'computed';
}

/** Score every organisation-year: indicators, tools, overall, rating and pass, by each year's rules. */
export function scoreAll(
  ds: Dataset,
  registry: FrameworkRegistry = BUILTIN_FRAMEWORKS,
  forceFramework?: number,
): Scoreboard {
  const groups = groupByOrgYear(ds.table);
  const n = groups.count;
  const indicators = new Float64Array(n * 11).fill(NaN);
  const indicatorSource = new Uint8Array(n * 11);
  const tools = new Float64Array(n * 3).fill(NaN);
  const overall = new Float64Array(n).fill(NaN);
  const published = new Float64Array(n).fill(NaN);
  const rating = new Int8Array(n).fill(-1);
  const pass = new Int8Array(n).fill(-1);
  const refused = new Uint8Array(n);
  const refusedKeys = new Set((ds.refused ?? []).map((r) => orgYear(r.org, r.year)));
  const publishedTools = new Map<number, Float64Array>();
  for (const t of ds.totals ?? []) {
    const k = orgYear(t.org, t.year);
    let v = publishedTools.get(k);
    if (!v) publishedTools.set(k, (v = new Float64Array(3).fill(NaN)));
    v[t.tool] = t.value;
  }
  const ratingTools = new Float64Array(3);
  const frameworks: (Framework | null)[] = new Array<Framework | null>(n).fill(null);
  const fwByYear = new Map<number, Framework | null>();
  let lastYear = -1;
  let fw: Framework | null = null;
  let cfw: CompiledFramework | null = null;
  const values = new Float64Array(SLOT_COUNT).fill(NaN);
  const out = newSlotScores();
  const { slot, score } = ds.table;
  const { rows, start, contiguous } = groups;
  // A local copy: under Node's CommonJS interop an imported constant is read through a getter each time.
  const overallSlot = SLOT_OVERALL;
  for (let g = 0; g < n; g++) {
    const year = groups.year[g];
    if (year !== lastYear) {
      let f = fwByYear.get(year);
      if (f === undefined) {
        f = resolveFramework(forceFramework ?? year, registry)?.framework ?? null;
        fwByYear.set(year, f);
      }
      fw = f;
      cfw = f ? compileFramework(f) : null;
      lastYear = year;
    }
    frameworks[g] = fw;
    if (!fw || !cfw) continue;
    const a = start[g];
    const b = start[g + 1];
    if (contiguous) for (let r = a; r < b; r++) values[slot[r]] = score[r];
    else
      for (let k = a; k < b; k++) {
        const r = rows[k];
        values[slot[r]] = score[r];
      }
    scoreSlots(values, cfw, out);
    published[g] = values[overallSlot];
    // Filling the whole (small) slot array is faster than undoing the group's writes one by one.
    values.fill(NaN);
    for (let i = 0, o = g * 11; i < 11; i++) {
      indicators[o + i] = out.indicators[i];
      indicatorSource[o + i] = out.indicatorSource[i];
    }
    for (let t = 0; t < 3; t++) tools[g * 3 + t] = out.tools[t];
    overall[g] = out.overall;
    const key = orgYear(groups.org[g], year);
    if (refusedKeys.size > 0 && refusedKeys.has(key)) {
      refused[g] = 1;
      overall[g] = NaN;
      published[g] = NaN;
      continue;
    }
    // The rating follows the official overall, and the tools as published when the file printed them.
    const official = Number.isNaN(published[g]) ? out.overall : published[g];
    const printed = publishedTools.size > 0 ? publishedTools.get(key) : undefined;
    for (let t = 0; t < 3; t++)
      ratingTools[t] = printed && !Number.isNaN(printed[t]) ? printed[t] : out.tools[t];
    const level = rate(official, ratingTools, fw);
    rating[g] = level === PASS_OR_BETTER ? PASS_OR_BETTER_INDEX : level ? fw.ratings.indexOf(level) : -1;
    pass[g] = Number.isNaN(official) ? -1 : round(official, 2) >= fw.threshold ? 1 : 0;
  }
  return {
    groups,
    frameworks,
    indicators,
    indicatorSource,
    tools,
    overall,
    published,
    rating,
    pass,
    refused,
  };
}

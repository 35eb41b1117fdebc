import { SLOT_COUNT, slotCode, slotKind } from '../codes';
import type { Dataset } from '../dataset';
import type { Framework } from '../frameworks/types';
import { compileFramework } from '../scoring/compile';
import type { Scoreboard } from '../scoring/score-all';

/** How one question or OIT item holds a group of agencies back. */
export interface CodeWeakness {
  /** Code slot (analysis/codes.ts) and its code: `I13`, `E5`, `O21`. */
  slot: number;
  code: string;
  tool: 'IIT' | 'EIT' | 'OIT';
  /** Agencies of the group with a score on this code. */
  scored: number;
  /** Of those, agencies scoring below the threshold (85). */
  below: number;
  /** Mean score of those with one, points. */
  mean: number;
  /**
   * Overall points the group's agencies lose on this code, summed: Σ impact × (100 − score) over the
   * agencies scored on it, where impact is the overall points one point on the code is worth (its
   * indicator's weight share: weights / counts, compile.ts). The same "points lost" as an agency's own
   * (assessment.ts `pointsLost`), added up over the group.
   */
  pointsLost: number;
  /**
   * Overall points an agency of the group loses on this code, on average: `pointsLost ÷ scored` — the
   * mean, over the agencies scored on the code, of impact × (100 − score). How much the group's mean
   * overall would rise if every agency had the code at 100. The list is ranked by it.
   */
  lostPerAgency: number;
  /** OIT items: agencies that passed the item (score 100); null for questions. */
  passed: number | null;
  /** OIT items: `passed ÷ scored` as a percentage (0–100), the item's pass rate; null for questions. */
  passRate: number | null;
}

/**
 * The questions (IIT, EIT) and OIT items that cost a group of agency-years the most: for every code, the
 * overall points an agency loses on it on average (`lostPerAgency`), with how many score below the
 * threshold and their mean (questions) or how many passed (OIT items, pass or fail). Ranked by
 * `lostPerAgency` (most first), then code order — not by the mean score or the count below 85: an item
 * worth 5 overall points that one agency in ten fails costs the group more than one worth 0.44 that
 * twice as many fail. Only codes of each group's framework count; codes nobody scored are left out. One
 * pass over the groups' rows on typed arrays (the whole country, ~670k rows, in a few milliseconds).
 */
export function weakestInGroup(ds: Dataset, sb: Scoreboard, groups: Int32Array): CodeWeakness[] {
  const scored = new Float64Array(SLOT_COUNT);
  const below = new Float64Array(SLOT_COUNT);
  const passed = new Float64Array(SLOT_COUNT);
  const sum = new Float64Array(SLOT_COUNT);
  const lost = new Float64Array(SLOT_COUNT);
  const { slot, score } = ds.table;
  const { rows, start } = sb.groups;
  let lastFw: Framework | null = null;
  let impact: Float64Array = new Float64Array(0);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k] as number;
    const fw = sb.frameworks[g];
    if (!fw) continue;
    if (fw !== lastFw) {
      impact = compileFramework(fw).impactOfSlot;
      lastFw = fw;
    }
    const threshold = fw.threshold;
    const end = start[g + 1] as number;
    for (let j = start[g] as number; j < end; j++) {
      const row = rows[j] as number;
      const s = slot[row] as number;
      const v = score[row] as number;
      if (s <= 10 || v !== v) continue;
      const w = impact[s] as number;
      if (w === 0) continue;
      scored[s]++;
      sum[s] += v;
      if (v < threshold) below[s]++;
      if (v >= 100) passed[s]++;
      else lost[s] += w * (100 - v);
    }
  }
  const out: CodeWeakness[] = [];
  for (let s = 11; s < SLOT_COUNT; s++) {
    const n = scored[s] as number;
    if (n === 0) continue;
    const tool = slotKind(s) as CodeWeakness['tool'];
    const oit = tool === 'OIT';
    out.push({
      slot: s,
      code: slotCode(s),
      tool,
      scored: n,
      below: below[s] as number,
      mean: (sum[s] as number) / n,
      pointsLost: lost[s] as number,
      lostPerAgency: (lost[s] as number) / n,
      passed: oit ? (passed[s] as number) : null,
      passRate: oit ? ((passed[s] as number) / n) * 100 : null,
    });
  }
  return out.sort((a, b) => b.lostPerAgency - a.lostPerAgency || a.slot - b.slot);
}

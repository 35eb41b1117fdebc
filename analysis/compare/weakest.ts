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
   * Overall points the group's agencies lose on this code below the threshold, summed: Σ impact ×
   * (threshold − score) over agencies below it, where impact is the overall points one point on the code
   * is worth (weights / counts, compile.ts). Divided by `scored`, it is the mean overall points an
   * agency would gain if every agency reached the threshold on this code.
   */
  pointsLost: number;
}

/**
 * The questions (IIT, EIT) and OIT items that most often hold a group of agency-years below the
 * threshold: for every code, how many agencies score below it, their mean, and the overall points lost.
 * Sorted by `below` (most agencies first), then points lost, then code order. Only codes of each group's
 * framework count; codes nobody scored are left out. One pass over the groups' rows on typed arrays
 * (the whole country, ~670k rows, in a few milliseconds).
 */
export function weakestInGroup(ds: Dataset, sb: Scoreboard, groups: Int32Array): CodeWeakness[] {
  const scored = new Float64Array(SLOT_COUNT);
  const below = new Float64Array(SLOT_COUNT);
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
      if (v < threshold) {
        below[s]++;
        lost[s] += w * (threshold - v);
      }
    }
  }
  const out: CodeWeakness[] = [];
  for (let s = 11; s < SLOT_COUNT; s++) {
    const n = scored[s] as number;
    if (n === 0) continue;
    out.push({
      slot: s,
      code: slotCode(s),
      tool: slotKind(s) as CodeWeakness['tool'],
      scored: n,
      below: below[s] as number,
      mean: (sum[s] as number) / n,
      pointsLost: lost[s] as number,
    });
  }
  return out.sort((a, b) => b.below - a.below || b.pointsLost - a.pointsLost || a.slot - b.slot);
}

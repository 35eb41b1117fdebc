import { SLOT_COUNT } from '../codes';
import type { Dataset } from '../dataset';
import type { Framework } from '../frameworks/types';
import { compileFramework } from './compile';
import type { Scoreboard } from './score-all';

/**
 * The k codes of every organisation-year that cost the most overall points below the threshold, as slots
 * in `out[g * k + j]` (-1 where fewer). The order is that of `Assessment.weak`: impact × gap, then the
 * lower score, then framework order — so the result never depends on the order of rows in the file.
 * Typed arrays only: fast enough to recompute for the whole country on every filter change.
 */
export function weakestCodes(ds: Dataset, sb: Scoreboard, k = 5): Int16Array {
  const out = new Int16Array(sb.groups.count * k).fill(-1);
  const best = new Float64Array(k);
  const bestScore = new Float64Array(k);
  const bestPos = new Int32Array(k);
  const bestSlot = new Int16Array(k);
  const { slot, score } = ds.table;
  const { rows, start, contiguous } = sb.groups;
  const last = k - 1;
  // A local copy: under Node's CommonJS interop an imported constant is read through a getter each time.
  const slotCount = SLOT_COUNT;
  let lastFw: Framework | null = null;
  let impact: Float64Array = new Float64Array(0);
  /** Position of each slot in the framework's own order (the last tie-break). */
  const position = new Int32Array(slotCount);
  for (let g = 0; g < sb.groups.count; g++) {
    const fw = sb.frameworks[g];
    if (!fw) continue;
    if (fw !== lastFw) {
      const cfw = compileFramework(fw);
      impact = cfw.impactOfSlot;
      position.fill(slotCount);
      cfw.allSlots.forEach((s, i) => {
        position[s] = i;
      });
      lastFw = fw;
    }
    const threshold = fw.threshold;
    for (let j = 0; j < k; j++) {
      best[j] = -1;
      bestScore[j] = Infinity;
      bestPos[j] = slotCount;
      bestSlot[j] = -1;
    }
    const end = start[g + 1];
    for (let r = start[g]; r < end; r++) {
      const row = contiguous ? r : rows[r];
      const s = slot[row];
      const v = score[row];
      if (s <= 10 || s >= slotCount || v >= threshold) continue;
      const im = impact[s];
      if (im === 0) continue; // a code this year's framework does not have
      const w = im * (threshold - v);
      const p = position[s];
      if (!comesBefore(w, v, p, best, bestScore, bestPos, last)) continue;
      let j = last;
      while (j > 0 && comesBefore(w, v, p, best, bestScore, bestPos, j - 1)) {
        best[j] = best[j - 1];
        bestScore[j] = bestScore[j - 1];
        bestPos[j] = bestPos[j - 1];
        bestSlot[j] = bestSlot[j - 1];
        j--;
      }
      best[j] = w;
      bestScore[j] = v;
      bestPos[j] = p;
      bestSlot[j] = s;
    }
    for (let j = 0, o = g * k; j < k; j++) out[o + j] = bestSlot[j];
  }
  return out;
}

/**
 * Whether a code (points w, score v, framework position p) comes before place j of the list: more
 * points, then the lower score, then framework order. A plain function (a closure made per row was
 * eight times slower).
 */
function comesBefore(
  w: number,
  v: number,
  p: number,
  best: Float64Array,
  bestScore: Float64Array,
  bestPos: Int32Array,
  j: number,
): boolean {
  return w > best[j] || (w === best[j] && (v < bestScore[j] || (v === bestScore[j] && p < bestPos[j])));
}

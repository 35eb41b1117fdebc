import { SLOT_COUNT } from '../codes';
import type { Dataset } from '../dataset';
import type { Framework } from '../frameworks/types';
import { compileFramework } from './compile';
import type { Scoreboard } from './score-all';

/**
 * The k codes of every organisation-year that cost the most overall points below the threshold
 * (impact × gap, the order of `Assessment.weak`), as slots in `out[g * k + j]` (-1 where fewer).
 * Typed arrays only: fast enough to recompute for the whole country on every filter change.
 */
export function weakestCodes(ds: Dataset, sb: Scoreboard, k = 5): Int16Array {
  const out = new Int16Array(sb.groups.count * k).fill(-1);
  const best = new Float64Array(k);
  const bestSlot = new Int16Array(k);
  const { slot, score } = ds.table;
  const { rows, start } = sb.groups;
  const last = k - 1;
  // A local copy: under Node's CommonJS interop an imported constant is read through a getter each time.
  const slotCount = SLOT_COUNT;
  let lastFw: Framework | null = null;
  let impact: Float64Array = new Float64Array(0);
  for (let g = 0; g < sb.groups.count; g++) {
    const fw = sb.frameworks[g];
    if (!fw) continue;
    if (fw !== lastFw) {
      impact = compileFramework(fw).impactOfSlot;
      lastFw = fw;
    }
    const threshold = fw.threshold;
    for (let j = 0; j < k; j++) {
      best[j] = -1;
      bestSlot[j] = -1;
    }
    const end = start[g + 1];
    for (let r = start[g]; r < end; r++) {
      const row = rows[r];
      const s = slot[row];
      const v = score[row];
      if (s <= 10 || s >= slotCount || v >= threshold) continue;
      const w = impact[s] * (threshold - v);
      if (w <= best[last]) continue;
      let j = last;
      while (j > 0 && best[j - 1] < w) {
        best[j] = best[j - 1];
        bestSlot[j] = bestSlot[j - 1];
        j--;
      }
      best[j] = w;
      bestSlot[j] = s;
    }
    for (let j = 0, o = g * k; j < k; j++) out[o + j] = bestSlot[j];
  }
  return out;
}

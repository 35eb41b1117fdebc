import { codeSlot } from '../codes';
import type { AgencyYears } from './agency-years';

/** One score per agency-year: the overall, a tool (0 IIT, 1 EIT, 2 OIT), an indicator (1–10) or a code. */
export type ScoreColumn =
  | { kind: 'overall' }
  | { kind: 'tool'; tool: number }
  | { kind: 'indicator'; indicator: number }
  | { kind: 'code'; code: string };

const cache = new WeakMap<AgencyYears, Map<string, Float64Array>>();

/**
 * The scores of every agency-year (row r of the agency-year table), points 0–100, NaN where unknown.
 * Tools and indicators are the scoreboard's (unrounded); a code's score is the one in the data.
 * Memoised per table and column.
 */
export function scoreColumn(ay: AgencyYears, col: ScoreColumn): Float64Array {
  let byKey = cache.get(ay);
  if (!byKey) cache.set(ay, (byKey = new Map()));
  const key =
    col.kind === 'overall'
      ? 'overall'
      : `${col.kind}:${'code' in col ? col.code : col.kind === 'tool' ? col.tool : col.indicator}`;
  let hit = byKey.get(key);
  if (!hit) byKey.set(key, (hit = build(ay, col)));
  return hit;
}

function build(ay: AgencyYears, col: ScoreColumn): Float64Array {
  const { n, sb } = ay;
  if (col.kind === 'overall') return ay.overall;
  const out = new Float64Array(n);
  if (col.kind === 'tool') {
    for (let r = 0; r < n; r++) out[r] = sb.tools[r * 3 + col.tool] as number;
    return out;
  }
  if (col.kind === 'indicator') {
    for (let r = 0; r < n; r++) out[r] = sb.indicators[r * 11 + col.indicator] as number;
    return out;
  }
  out.fill(NaN);
  const slot = codeSlot(col.code);
  if (slot < 0) return out;
  const { slot: slots, score } = ay.ds.table;
  const { rows, start, contiguous } = sb.groups;
  for (let g = 0; g < n; g++) {
    const a = start[g] as number;
    const b = start[g + 1] as number;
    for (let k = a; k < b; k++) {
      const r = contiguous ? k : (rows[k] as number);
      if (slots[r] === slot) {
        out[g] = score[r] as number;
        break;
      }
    }
  }
  return out;
}

const orders = new WeakMap<Float64Array, Uint32Array>();

/** Rows with a known value in ascending order of it (memoised per column): what medians walk. */
export function ascendingOrder(col: Float64Array): Uint32Array {
  let hit = orders.get(col);
  if (!hit) {
    let known = 0;
    for (let i = 0; i < col.length; i++) if (col[i] === col[i]) known++;
    const idx = new Uint32Array(known);
    for (let i = 0, k = 0; i < col.length; i++) if (col[i] === col[i]) idx[k++] = i;
    hit = idx.sort((a, b) => (col[a] as number) - (col[b] as number) || a - b);
    orders.set(col, hit);
  }
  return hit;
}

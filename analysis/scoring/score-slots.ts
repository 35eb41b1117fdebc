import type { CompiledFramework } from './compile';
import type { ToolId } from '../frameworks/types';

/** Scores of one agency-year. NaN means "cannot be computed" (never zero). Unrounded. */
export interface SlotScores {
  /** `indicators[i]` for i = 1–10 (index 0 unused). */
  indicators: Float64Array;
  /** Where each indicator came from: 0 unknown, 1 given in the data, 2 computed from questions/items. */
  indicatorSource: Uint8Array;
  /** IIT, EIT, OIT in that order: unweighted mean of the tool's indicators. */
  tools: Float64Array;
  /** Weighted overall score. */
  overall: number;
}

export const TOOL_INDEX: Record<ToolId, number> = { IIT: 0, EIT: 1, OIT: 2 };

export function newSlotScores(): SlotScores {
  return {
    indicators: new Float64Array(11),
    indicatorSource: new Uint8Array(11),
    tools: new Float64Array(3),
    overall: NaN,
  };
}

/** Mean of the given slots, NaN unless every slot has a value. */
function completeMean(values: Float64Array, slots: readonly number[]): number {
  if (slots.length === 0) return NaN;
  let sum = 0;
  for (let k = 0; k < slots.length; k++) {
    const v = values[slots[k] as number] as number;
    if (v !== v) return NaN; // NaN check without a call
    sum += v;
  }
  return sum / slots.length;
}

/**
 * Score one agency-year from its slot values (`values[slot]`, NaN when absent).
 *
 * - An indicator given in the data is authoritative.
 * - Otherwise IIT/EIT indicators are the mean of their questions and OIT indicators the mean of their
 *   sub-indicators (each the mean of its items, pass = 100 / fail = 0), computed only when complete.
 * - Tools are the unweighted mean of their indicators; the overall is Σ weight × indicator / 100;
 *   each only when all its parts are known.
 */
export function scoreSlots(
  values: Float64Array,
  cfw: CompiledFramework,
  out: SlotScores = newSlotScores(),
): SlotScores {
  const { indicators, indicatorSource, tools } = out;
  let overall = 0;
  let overallKnown = true;
  for (let i = 1; i <= 10; i++) {
    let v = values[i] as number;
    let src = 1;
    if (v !== v) {
      src = 2;
      const subs = cfw.subs[i] as CompiledFramework['subs'][number];
      if (subs.length > 0) {
        let sum = 0;
        for (let s = 0; s < subs.length; s++)
          sum += completeMean(values, (subs[s] as (typeof subs)[number]).slots);
        v = sum / subs.length;
      } else {
        v = completeMean(values, cfw.questionSlots[i] as number[]);
      }
      if (v !== v) src = 0;
    }
    indicators[i] = v;
    indicatorSource[i] = src;
    if (v !== v) overallKnown = false;
    else overall += ((cfw.weight[i] as number) * v) / 100;
  }
  const byTool = cfw.toolIndicatorList;
  for (let t = 0; t < 3; t++) {
    const ids = byTool[t];
    let sum = 0;
    for (let k = 0; k < ids.length; k++) sum += indicators[ids[k]];
    tools[t] = ids.length > 0 ? sum / ids.length : NaN;
  }
  out.overall = overallKnown ? overall : NaN;
  return out;
}

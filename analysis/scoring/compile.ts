import { codeSlot } from '../codes';
import type { Framework, ToolId } from '../frameworks/types';

/** One OIT sub-indicator with the slots of its items. */
export interface CompiledSub {
  id: string;
  indicator: number;
  slots: number[];
}

/**
 * A framework turned into slot lists, so that scoring one agency-year is a few array reads.
 * Built once per framework year and reused for every agency.
 */
export interface CompiledFramework {
  framework: Framework;
  /** `questionSlots[i]`: slots of the IIT/EIT questions of indicator i (1–8); empty for OIT indicators. */
  questionSlots: number[][];
  /** `subs[i]`: the sub-indicators of OIT indicator i (9, 10); empty for IIT/EIT indicators. */
  subs: CompiledSub[][];
  /** `toolOf[i]`: tool of indicator i. */
  toolOf: ToolId[];
  /** `weight[i]`: weight of indicator i in percent of the overall. */
  weight: number[];
  /** Indicator ids of each tool, in order. */
  toolIndicators: Record<ToolId, number[]>;
  /** The same as `toolIndicators`, indexed IIT 0, EIT 1, OIT 2 (for hot loops). */
  toolIndicatorList: number[][];
  /** Every question/item slot of the framework (IIT, EIT, OIT), in framework order. */
  allSlots: number[];
  /** `indicatorOfSlot[slot]`: indicator id of a question/item slot, 0 when the slot is not in the framework. */
  indicatorOfSlot: Int8Array;
  /**
   * `impactOfSlot[slot]`: overall points gained per +1 point on that question or item (weights / counts);
   * 0 when the slot is not in the framework.
   */
  impactOfSlot: Float64Array;
}

const cache = new WeakMap<Framework, CompiledFramework>();

/** Compile (and memoise) a framework. */
export function compileFramework(framework: Framework): CompiledFramework {
  const hit = cache.get(framework);
  if (hit) return hit;
  const questionSlots: number[][] = Array.from({ length: 11 }, () => []);
  const subs: CompiledSub[][] = Array.from({ length: 11 }, () => []);
  const toolOf: ToolId[] = new Array<ToolId>(11).fill('IIT');
  const weight: number[] = new Array<number>(11).fill(0);
  const toolIndicators: Record<ToolId, number[]> = { IIT: [], EIT: [], OIT: [] };
  for (const ind of framework.indicators) {
    toolOf[ind.id] = ind.tool;
    weight[ind.id] = ind.weight;
    toolIndicators[ind.tool].push(ind.id);
  }
  const allSlots: number[] = [];
  const indicatorOfSlot = new Int8Array(256);
  for (const q of framework.questions) {
    const slot = codeSlot(q.code);
    if (slot < 0) continue;
    questionSlots[q.indicator]?.push(slot);
    indicatorOfSlot[slot] = q.indicator;
    allSlots.push(slot);
  }
  const subById = new Map<string, CompiledSub>();
  for (const s of framework.subIndicators) {
    const sub: CompiledSub = { id: s.id, indicator: s.indicator, slots: [] };
    subById.set(s.id, sub);
    subs[s.indicator]?.push(sub);
  }
  for (const item of framework.oitItems) {
    const slot = codeSlot(item.code);
    const sub = subById.get(item.subIndicator);
    if (slot < 0 || !sub) continue;
    sub.slots.push(slot);
    indicatorOfSlot[slot] = sub.indicator;
    allSlots.push(slot);
  }
  for (let i = 1; i <= 10; i++) subs[i] = (subs[i] ?? []).filter((s) => s.slots.length > 0);
  const impactOfSlot = new Float64Array(256);
  for (let i = 1; i <= 10; i++) {
    const w = (weight[i] ?? 0) / 100;
    const qs = questionSlots[i] ?? [];
    for (const slot of qs) impactOfSlot[slot] = w / qs.length;
    const ss = subs[i] ?? [];
    for (const sub of ss) for (const slot of sub.slots) impactOfSlot[slot] = w / ss.length / sub.slots.length;
  }
  const compiled: CompiledFramework = {
    framework,
    questionSlots,
    subs,
    toolOf,
    weight,
    toolIndicators,
    toolIndicatorList: [toolIndicators.IIT, toolIndicators.EIT, toolIndicators.OIT],
    allSlots,
    indicatorOfSlot,
    impactOfSlot,
  };
  cache.set(framework, compiled);
  return compiled;
}

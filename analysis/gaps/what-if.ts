import { codeSlot } from '../codes';
import type { Framework, RatingLevel, ToolId } from '../frameworks/types';
import type { Assessment } from '../scoring/assessment';
import { compileFramework } from '../scoring/compile';
import { passes, rate } from '../scoring/rating';
import { round } from '../scoring/round';

/** Changed values: indicator id → score, and question/item code → score (points 0–100). */
export interface WhatIfChanges {
  indicators?: Readonly<Record<number, number>>;
  codes?: Readonly<Record<string, number>>;
}

export interface WhatIfResult {
  /** `indicators[i]` for i = 1–10 (index 0 unused); NaN when unknown. */
  indicators: Float64Array;
  tools: Record<ToolId, number | null>;
  overall: number | null;
  rating: RatingLevel | null;
  pass: boolean | null;
  pointsToPass: number | null;
}

const clamp = (v: number): number => Math.min(100, Math.max(0, v));

/**
 * Re-score an assessment with some values changed. A question or item moves its indicator by its share
 * (1 / questions, or 1 / sub-indicators / items) — exactly the recomputation when the indicator is built
 * from its parts, and the same marginal rule when the indicator was given in the data. A changed
 * indicator value replaces the indicator outright. Nothing unknown becomes known.
 */
export function whatIf(a: Assessment, fw: Framework, changes: WhatIfChanges): WhatIfResult {
  const cfw = compileFramework(fw);
  const ind = new Float64Array(11).fill(NaN);
  for (const i of a.indicators) ind[i.id] = i.score ?? NaN;
  for (const [code, value] of Object.entries(changes.codes ?? {})) {
    const c = a.codes.find((x) => x.code === code);
    const slot = codeSlot(code);
    if (!c || slot < 0) continue;
    const id = c.indicator;
    const w = cfw.weight[id] / 100;
    if (w > 0) ind[id] += ((clamp(value) - c.score) * cfw.impactOfSlot[slot]) / w;
  }
  for (const [id, value] of Object.entries(changes.indicators ?? {})) {
    const n = Number(id);
    if (n >= 1 && n <= 10 && !Number.isNaN(ind[n])) ind[n] = clamp(value);
  }
  const toolScores = new Float64Array(3);
  cfw.toolIndicatorList.forEach((ids, t) => {
    let sum = 0;
    for (const i of ids) sum += ind[i];
    toolScores[t] = ids.length ? sum / ids.length : NaN;
  });
  let overall = 0;
  for (let i = 1; i <= 10; i++) overall += (cfw.weight[i] * ind[i]) / 100;
  const nn = (v: number): number | null => (Number.isNaN(v) ? null : v);
  return {
    indicators: ind,
    tools: { IIT: nn(toolScores[0]), EIT: nn(toolScores[1]), OIT: nn(toolScores[2]) },
    overall: nn(overall),
    rating: rate(overall, toolScores, fw),
    pass: passes(overall, fw),
    pointsToPass: Number.isNaN(overall) ? null : Math.max(0, fw.threshold - round(overall, 2)),
  };
}

/** The changes that apply every step of a path (the what-if's "apply path" button). */
export function changesFromPath(steps: readonly { code: string; kind: string; to: number }[]): WhatIfChanges {
  const indicators: Record<number, number> = {};
  const codes: Record<string, number> = {};
  for (const s of steps) {
    if (s.kind === 'indicator') indicators[Number(s.code)] = s.to;
    else codes[s.code] = s.to;
  }
  return { indicators, codes };
}

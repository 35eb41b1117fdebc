import type { Framework, ToolId } from '../frameworks/types';
import type { Assessment } from '../scoring/assessment';
import { round } from '../scoring/round';
import { pointCost, raiseCost, type Effort, type UnitKind } from './effort';
import { prepare, solve, type Need, type SolveUnit } from './path-solve';
import { pathUnits, type PathUnit } from './path-units';
import type { Target } from './target';

/** One step of a path: raise `code` from `from` to `to`, adding `points` to the overall. */
export interface PathStep {
  code: string;
  kind: UnitKind;
  tool: ToolId;
  from: number;
  to: number;
  /** Overall points this step adds. */
  points: number;
  effort: Effort;
  /** What the step costs in effort units (effort.ts: `raiseCost`); the path minimises their sum. */
  cost: number;
  /** Overall after this and every earlier step (unrounded): the running total towards the target. */
  overallAfter: number;
  /** Each tool after this and every earlier step (unrounded). */
  toolsAfter: Record<ToolId, number>;
  /** Whether the user locked this step in. */
  locked: boolean;
}

export interface PathResult {
  target: Target;
  /** Whether the steps reach the target itself. */
  reached: boolean;
  steps: PathStep[];
  overallAfter: number;
  toolsAfter: Record<ToolId, number>;
  /** The safety margin asked for above each line of the target (points). */
  margin: number;
  /** Whether the steps also clear the margin (false when only the bare target could be reached). */
  marginMet: boolean;
  /** The lines the path aimed at: the target's plus the margin it could keep (0 when it could not). */
  aim: { minOverall: number; minEachTool?: number };
  /** Total effort units of the steps. */
  cost: number;
}

/**
 * Default safety margin: the path aims this many points above each line of the target, so that the
 * NACC's rounding (a few hundredths at most) or a question that ends a little short does not drop the
 * result under the line. 0 turns it off.
 */
export const DEFAULT_MARGIN = 0.5;

export interface PathOptions {
  /** Effort of a code (from the measures catalogue); defaults per effort.ts when it returns undefined. */
  effortOf?: (code: string) => Effort | undefined;
  /** Codes never to use. */
  exclude?: readonly string[];
  /** Highest value a code may be raised to (default 100). */
  caps?: Readonly<Record<string, number>>;
  /** Codes to include first, raised to their cap. */
  locked?: readonly string[];
  /** Points to aim above each line of the target (default DEFAULT_MARGIN). */
  margin?: number;
}

const TOOLS: readonly ToolId[] = ['IIT', 'EIT', 'OIT'];
/** Scores are compared as published: 84.995 prints as 85.00. */
const HALF_CENT = 0.005 - 1e-9;
const ceil2 = (v: number): number => Math.ceil(v * 100 - 1e-7) / 100;

interface State {
  overall: number;
  tools: Record<ToolId, number>;
}

/** Whether the state meets the target plus `margin`, every score compared as published (2 decimals). */
function meets(s: State, target: Target, margin: number): boolean {
  const ok = (v: number, line: number): boolean => round(v, 2) >= round(line, 2) - 1e-9;
  const o = target.minOverall + margin;
  const t = target.minEachTool === undefined ? null : target.minEachTool + margin;
  return ok(s.overall, o) && (t === null || (ok(s.tools.IIT, t) && ok(s.tools.EIT, t) && ok(s.tools.OIT, t)));
}

/** What the state still needs to meet the target plus `margin`, in overall points. */
function needOf(s: State, target: Target, margin: number, toolWeight: Record<ToolId, number>): Need {
  const line = target.minEachTool === undefined ? null : target.minEachTool + margin - HALF_CENT;
  const tool = (t: ToolId): number => (line === null ? -Infinity : toolWeight[t] * (line - s.tools[t]));
  return {
    overall: target.minOverall + margin - HALF_CENT - s.overall,
    tools: [tool('IIT'), tool('EIT'), tool('OIT')],
  };
}

const toSolve = (u: PathUnit): SolveUnit => ({
  tool: TOOLS.indexOf(u.tool),
  model: u.model,
  scale: u.scale,
  from: u.from,
  cap: u.cap,
  p: u.perOverall,
});

/**
 * Raises smaller than this many score points are not steps a working group can plan: a question or
 * indicator that rises at all rises at least this much (pass/fail items pass whole; a cap nearer than
 * this allows less).
 */
export const MIN_RAISE = 1;

/** Every unit that adds to a line still short, at its cap: the best the data allow. */
function bestEffort(units: readonly PathUnit[], need: Need): Float64Array {
  return Float64Array.from(units, (u) =>
    need.overall > 0 || (need.tools[TOOLS.indexOf(u.tool)] as number) > 0 ? u.cap : u.from,
  );
}

/** Drop whole steps the rounding up made unnecessary, most expensive point first. */
function dropSpare(units: readonly PathUnit[], to: Float64Array, need: Need): void {
  const slackT = [0, 1, 2].map((t) => -(need.tools[t] as number));
  let slackO = -need.overall;
  const order: number[] = [];
  units.forEach((u, i) => {
    const gain = u.perOverall * ((to[i] as number) - u.from);
    slackO += gain;
    const t = TOOLS.indexOf(u.tool);
    slackT[t] = (slackT[t] as number) + gain;
    if (gain > 0) order.push(i);
  });
  const price = (i: number): number => {
    const u = units[i] as PathUnit;
    return pointCost(u.model, u.scale, u.from, to[i] as number, u.cap) / u.perOverall;
  };
  order.sort((i, j) => price(j) - price(i) || i - j);
  for (const i of order) {
    const u = units[i] as PathUnit;
    const t = TOOLS.indexOf(u.tool);
    const gain = u.perOverall * ((to[i] as number) - u.from);
    if (gain > Math.min(slackO, slackT[t] as number)) continue;
    to[i] = u.from;
    slackO -= gain;
    slackT[t] = (slackT[t] as number) - gain;
  }
}

/**
 * The least-effort path to a target. Each raise costs effort as effort.ts describes: a four-level score
 * costs more for every share of what is left to 100 it closes, so low scores rise first and none is
 * pushed to 100; a yes/no question or an OIT indicator costs the same for every point; an OIT item is
 * passed whole. The path solves for the cheapest scores that meet every line of the target — the overall,
 * and each tool when the level asks for it — plus a safety margin (`margin`, default DEFAULT_MARGIN;
 * when even every unit at its cap cannot clear it, the bare target); path-solve.ts says how. Locked
 * codes are raised to their cap first, excluded ones never used, caps respected. Values rise to
 * 2 decimals (rounded up); steps come cheapest overall point first (effort per point of the whole step),
 * each with the running overall and tools. A target already met needs no step. Deterministic.
 */
export function pathToTarget(
  a: Assessment,
  fw: Framework,
  target: Target,
  opts: PathOptions = {},
): PathResult | null {
  if (a.overall === null || a.tools.IIT === null || a.tools.EIT === null || a.tools.OIT === null) return null;
  const margin = Math.max(0, opts.margin ?? DEFAULT_MARGIN);
  const toolWeight: Record<ToolId, number> = { IIT: 0, EIT: 0, OIT: 0 };
  for (const t of fw.tools) toolWeight[t.id] = t.weight / 100;
  const state: State = {
    overall: a.overall,
    tools: { IIT: a.tools.IIT, EIT: a.tools.EIT, OIT: a.tools.OIT },
  };
  const metAtStart = meets(state, target, 0);
  const all = pathUnits(a, fw, opts);
  const steps: PathStep[] = [];
  const push = (u: PathUnit, to: number, locked: boolean): void => {
    const d = to - u.from;
    state.overall += d * u.perOverall;
    state.tools[u.tool] += d * u.perTool;
    steps.push({
      code: u.code,
      kind: u.kind,
      tool: u.tool,
      from: u.from,
      to,
      points: d * u.perOverall,
      effort: u.effort,
      cost: raiseCost(u.model, u.scale, u.from, to),
      overallAfter: state.overall,
      toolsAfter: { ...state.tools },
      locked,
    });
  };
  const lockedCodes = new Set<string>();
  for (const code of opts.locked ?? []) {
    const u = all.find((x) => x.code === code);
    if (u && !lockedCodes.has(code)) {
      lockedCodes.add(code);
      push(u, u.cap, true);
    }
  }
  const units = all.filter((u) => !lockedCodes.has(u.code));
  let kept = margin;
  if (!metAtStart) {
    const solveUnits = units.map(toSolve);
    const prep = prepare(solveUnits, MIN_RAISE);
    let need = needOf(state, target, margin, toolWeight);
    let x = solve(prep, need);
    if (!x && margin > 0) {
      kept = 0;
      need = needOf(state, target, 0, toolWeight);
      x = solve(prep, need);
    }
    const to = x ?? bestEffort(units, need);
    units.forEach((u, i) => {
      const v = to[i] as number;
      to[i] = v <= u.from + 1e-9 ? u.from : u.model === 'once' ? u.cap : Math.min(u.cap, ceil2(v));
    });
    if (x) dropSpare(units, to, need);
    const chosen = units
      .map((u, i) => ({ u, i, to: to[i] as number }))
      .filter((c) => c.to > c.u.from)
      .map((c) => ({
        ...c,
        price: raiseCost(c.u.model, c.u.scale, c.u.from, c.to) / (c.u.perOverall * (c.to - c.u.from)),
      }))
      .sort((p, q) => p.price - q.price || p.i - q.i);
    for (const c of chosen) push(c.u, c.to, false);
  }
  return {
    target,
    reached: meets(state, target, 0),
    steps,
    overallAfter: state.overall,
    toolsAfter: { ...state.tools },
    margin,
    marginMet: meets(state, target, margin),
    aim:
      target.minEachTool === undefined
        ? { minOverall: target.minOverall + kept }
        : { minOverall: target.minOverall + kept, minEachTool: target.minEachTool + kept },
    cost: steps.reduce((s, x) => s + x.cost, 0),
  };
}

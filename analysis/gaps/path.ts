import type { Framework, ToolId } from '../frameworks/types';
import type { Assessment } from '../scoring/assessment';
import { compileFramework } from '../scoring/compile';
import { round } from '../scoring/round';
import { defaultEffort, type Effort, type UnitKind } from './effort';
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
  /** Overall after this and every earlier step (unrounded). */
  overallAfter: number;
  /** Whether the user locked this step in. */
  locked: boolean;
}

export interface PathResult {
  target: Target;
  reached: boolean;
  steps: PathStep[];
  overallAfter: number;
  toolsAfter: Record<ToolId, number>;
}

export interface PathOptions {
  /** Effort of a code (from the measures catalogue); defaults per effort.ts when it returns undefined. */
  effortOf?: (code: string) => Effort | undefined;
  /** Codes never to use. */
  exclude?: readonly string[];
  /** Highest value a code may be raised to (default 100). */
  caps?: Readonly<Record<string, number>>;
  /** Codes to include first, raised to their cap. */
  locked?: readonly string[];
}

interface Unit {
  code: string;
  kind: UnitKind;
  tool: ToolId;
  value: number;
  cap: number;
  /** Overall points per +1 on this unit. */
  perOverall: number;
  /** Tool points per +1 on this unit. */
  perTool: number;
  effort: Effort;
}

const TIERS = [85, 95, 100];
const HALF_CENT = 0.005 - 1e-9;

function buildUnits(a: Assessment, fw: Framework, opts: PathOptions): Unit[] {
  const cfw = compileFramework(fw);
  const exclude = new Set(opts.exclude ?? []);
  const cap = (code: string): number => Math.min(100, opts.caps?.[code] ?? 100);
  const units: Unit[] = [];
  const withParts = new Set(a.codes.map((c) => c.indicator));
  for (const c of a.codes) {
    if (exclude.has(c.code)) continue;
    const kind: UnitKind = c.tool === 'OIT' ? 'item' : 'question';
    const nInd = cfw.toolIndicators[c.tool].length;
    const indWeight = cfw.weight[c.indicator];
    units.push({
      code: c.code,
      kind,
      tool: c.tool,
      value: c.score,
      cap: cap(c.code),
      perOverall: c.impact,
      perTool: c.impact / (indWeight / 100) / nInd,
      effort: opts.effortOf?.(c.code) ?? defaultEffort(kind, c.scale),
    });
  }
  for (const ind of a.indicators) {
    if (ind.score === null || withParts.has(ind.id) || exclude.has(String(ind.id))) continue;
    units.push({
      code: String(ind.id),
      kind: 'indicator',
      tool: ind.tool,
      value: ind.score,
      cap: cap(String(ind.id)),
      perOverall: ind.weight / 100,
      perTool: 1 / cfw.toolIndicators[ind.tool].length,
      effort: opts.effortOf?.(String(ind.id)) ?? defaultEffort('indicator', null),
    });
  }
  return units;
}

function nextTier(u: Unit): number | null {
  if (u.value >= u.cap) return null;
  if (u.kind === 'item') return u.cap;
  for (const t of TIERS) if (t > u.value + 1e-9) return Math.min(t, u.cap);
  return null;
}

/**
 * The cheapest path to a target: improvements picked greedily by useful overall points per unit of
 * effort, where "useful" counts only what still closes a gap (the overall's, and the tools' when the
 * target needs every tool at a level, weighted by the tool's share of the overall). Questions and
 * indicators rise in tiers (85, 95, 100); an OIT item goes from fail to pass. The last step is trimmed to
 * what the target needs. Scores are compared as published (2 decimals).
 */
export function pathToTarget(
  a: Assessment,
  fw: Framework,
  target: Target,
  opts: PathOptions = {},
): PathResult | null {
  if (a.overall === null || a.tools.IIT === null || a.tools.EIT === null || a.tools.OIT === null) return null;
  const toolWeight: Record<ToolId, number> = { IIT: 0, EIT: 0, OIT: 0 };
  for (const t of fw.tools) toolWeight[t.id] = t.weight / 100;
  let overall = a.overall;
  const tools: Record<ToolId, number> = { IIT: a.tools.IIT, EIT: a.tools.EIT, OIT: a.tools.OIT };
  const needO = target.minOverall - HALF_CENT;
  const needT = target.minEachTool === undefined ? -Infinity : target.minEachTool - HALF_CENT;
  const reached = (): boolean =>
    overall >= needO && tools.IIT >= needT && tools.EIT >= needT && tools.OIT >= needT;
  const units = buildUnits(a, fw, opts);
  const steps: PathStep[] = [];
  const apply = (u: Unit, to: number, locked: boolean): void => {
    const d = to - u.value;
    overall += d * u.perOverall;
    tools[u.tool] += d * u.perTool;
    steps.push({
      code: u.code,
      kind: u.kind,
      tool: u.tool,
      from: u.value,
      to,
      points: d * u.perOverall,
      effort: u.effort,
      overallAfter: overall,
      locked,
    });
    u.value = to;
  };
  for (const code of opts.locked ?? []) {
    const u = units.find((x) => x.code === code);
    if (u && u.value < u.cap) apply(u, u.cap, true);
  }
  for (let guard = 0; guard < 10000 && !reached(); guard++) {
    let best: { u: Unit; to: number; useful: number; ratio: number } | null = null;
    for (const u of units) {
      const tier = nextTier(u);
      if (tier === null) continue;
      const d = tier - u.value;
      const gO = d * u.perOverall;
      const gT = d * u.perTool;
      const useful =
        Math.min(gO, Math.max(0, needO - overall)) +
        toolWeight[u.tool] * Math.min(gT, Math.max(0, needT - tools[u.tool]));
      if (useful <= 1e-12) continue;
      const ratio = useful / u.effort;
      if (
        !best ||
        ratio > best.ratio + 1e-12 ||
        (Math.abs(ratio - best.ratio) <= 1e-12 && useful > best.useful)
      ) {
        best = { u, to: tier, useful, ratio };
      }
    }
    if (!best) break;
    const { u } = best;
    let to = best.to;
    if (u.kind !== 'item') {
      // Trim the step to what the gaps it closes still need: beyond that no point is useful.
      const dO = needO - overall > 0 ? (needO - overall) / u.perOverall : 0;
      const dT = needT - tools[u.tool] > 0 ? (needT - tools[u.tool]) / u.perTool : 0;
      const needed = Math.ceil((Math.max(dO, dT) + u.value) * 100 - 1e-7) / 100;
      if (needed < to) to = Math.max(needed, u.value + 0.01);
    }
    apply(u, round(to, 2), false);
  }
  return {
    target,
    reached: reached(),
    steps: mergeSteps(steps, a.overall),
    overallAfter: overall,
    toolsAfter: { ...tools },
  };
}

/** One step per code (tiers of the same code joined at the code's last step), running totals redone. */
function mergeSteps(steps: PathStep[], start: number): PathStep[] {
  const last = new Map<string, number>();
  steps.forEach((s, i) => last.set(s.code, i));
  const merged: PathStep[] = [];
  const first = new Map<string, PathStep>();
  steps.forEach((s, i) => {
    const f = first.get(s.code);
    if (!f) first.set(s.code, { ...s });
    else {
      f.to = s.to;
      f.points += s.points;
      f.locked ||= s.locked;
    }
    if (last.get(s.code) === i) merged.push(first.get(s.code) as PathStep);
  });
  let total = start;
  for (const s of merged) {
    total += s.points;
    s.overallAfter = total;
  }
  return merged;
}

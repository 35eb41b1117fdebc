import type { Framework, ToolId } from '../frameworks/types';
import type { Assessment } from '../scoring/assessment';
import { compileFramework } from '../scoring/compile';
import { defaultEffort, type CostModel, type Effort, type UnitKind } from './effort';

/** A score the path may raise: a question, an OIT item, or an indicator given without its parts. */
export interface PathUnit {
  code: string;
  kind: UnitKind;
  tool: ToolId;
  from: number;
  cap: number;
  /** Overall points per +1 on this unit. */
  perOverall: number;
  /** Tool points per +1 on this unit. */
  perTool: number;
  effort: Effort;
  model: CostModel;
  /** Cost scale of effort.ts's `raiseCost`. */
  scale: number;
}

export interface UnitOptions {
  effortOf?: (code: string) => Effort | undefined;
  exclude?: readonly string[];
  caps?: Readonly<Record<string, number>>;
}

/** How a unit's cost grows (effort.ts), from its kind, scale and effort. */
function costOf(
  kind: UnitKind,
  tool: ToolId,
  yesNo: boolean,
  effort: Effort,
  from: number,
  parts: number,
): { model: CostModel; scale: number } {
  if (kind === 'item') return { model: 'once', scale: effort };
  if (kind === 'question')
    return yesNo ? { model: 'linear', scale: effort / (100 - from) } : { model: 'share', scale: effort };
  // A whole indicator: raising it is raising each of its parts by as much.
  return tool === 'OIT'
    ? { model: 'linear', scale: (effort * parts) / 100 }
    : { model: 'share', scale: effort * parts };
}

/**
 * The scores a path may raise: every question and OIT item in the data, and every indicator given
 * without them; excluded codes left out, caps applied (at most 100), and those already at their cap
 * dropped.
 */
export function pathUnits(a: Assessment, fw: Framework, opts: UnitOptions): PathUnit[] {
  const cfw = compileFramework(fw);
  const exclude = new Set(opts.exclude ?? []);
  const cap = (code: string): number => Math.min(100, opts.caps?.[code] ?? 100);
  const units: PathUnit[] = [];
  const withParts = new Set(a.codes.map((c) => c.indicator));
  for (const c of a.codes) {
    const top = cap(c.code);
    if (exclude.has(c.code) || c.score >= top) continue;
    const kind: UnitKind = c.tool === 'OIT' ? 'item' : 'question';
    const nInd = cfw.toolIndicators[c.tool].length;
    const effort = opts.effortOf?.(c.code) ?? defaultEffort(kind, c.scale);
    units.push({
      code: c.code,
      kind,
      tool: c.tool,
      from: c.score,
      cap: top,
      perOverall: c.impact,
      perTool: c.impact / ((cfw.weight[c.indicator] as number) / 100) / nInd,
      effort,
      ...costOf(kind, c.tool, c.scale === 'YN', effort, c.score, 1),
    });
  }
  for (const ind of a.indicators) {
    const code = String(ind.id);
    if (ind.score === null || withParts.has(ind.id) || exclude.has(code)) continue;
    const top = cap(code);
    if (ind.score >= top) continue;
    const effort = opts.effortOf?.(code) ?? defaultEffort('indicator', null, ind.tool);
    const parts =
      ind.tool === 'OIT'
        ? (cfw.subs[ind.id] ?? []).reduce((n, s) => n + s.slots.length, 0)
        : (cfw.questionSlots[ind.id]?.length ?? 0);
    units.push({
      code,
      kind: 'indicator',
      tool: ind.tool,
      from: ind.score,
      cap: top,
      perOverall: ind.weight / 100,
      perTool: 1 / cfw.toolIndicators[ind.tool].length,
      effort,
      ...costOf('indicator', ind.tool, false, effort, ind.score, Math.max(1, parts)),
    });
  }
  return units;
}

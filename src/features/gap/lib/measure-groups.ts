import type { Framework } from '@analysis/frameworks/types';
import { measuresFor } from '@analysis/measures/query';
import type { Measure, MeasureCatalogue } from '@analysis/measures/types';
import type { Assessment } from '@analysis/scoring/assessment';

/** The suggested measures of one question or item. */
export interface MeasureGroup {
  code: string;
  /** Score of the code in the data; null when only its indicator is known. */
  score: number | null;
  /** The indicator the code belongs to. */
  indicator: number;
  /** Whether the path to the target raises this code. */
  inPath: boolean;
  measures: Measure[];
}

/**
 * Group an analysis' suggested measures by code, in their order (the path's codes first, then the
 * other weak ones). `pathCodes` marks the path's.
 */
export function groupMeasures(
  measures: readonly Measure[],
  a: Assessment,
  fw: Framework,
  pathCodes: ReadonlySet<string>,
): MeasureGroup[] {
  const byCode = new Map<string, MeasureGroup>();
  const score = new Map(a.codes.map((c) => [c.code, c]));
  for (const m of measures) {
    let g = byCode.get(m.code);
    if (!g) {
      const c = score.get(m.code);
      g = {
        code: m.code,
        score: c?.score ?? null,
        indicator: c?.indicator ?? indicatorOf(fw, m.code),
        inPath: pathCodes.has(m.code),
        measures: [],
      };
      byCode.set(m.code, g);
    }
    g.measures.push(m);
  }
  return [...byCode.values()];
}

function indicatorOf(fw: Framework, code: string): number {
  const q = fw.questions.find((x) => x.code === code);
  if (q) return q.indicator;
  const o = fw.oitItems.find((x) => x.code === code);
  return fw.subIndicators.find((s) => s.id === o?.subIndicator)?.indicator ?? 0;
}

/**
 * For an indicator known only as a whole (no question or item data), the measures of every one of its
 * questions or items: what a working group can choose from to raise it.
 */
export function measuresOfIndicator(
  catalogue: MeasureCatalogue,
  fw: Framework,
  indicator: number,
): MeasureGroup[] {
  const subs = new Set(fw.subIndicators.filter((s) => s.indicator === indicator).map((s) => s.id));
  const codes = [
    ...fw.questions.filter((q) => q.indicator === indicator).map((q) => q.code),
    ...fw.oitItems.filter((o) => subs.has(o.subIndicator)).map((o) => o.code),
  ];
  return codes
    .map((code) => ({
      code,
      score: null,
      indicator,
      inPath: false,
      measures: measuresFor(catalogue, code, fw.year),
    }))
    .filter((g) => g.measures.length > 0);
}

import { useMemo } from 'react';
import { analyseGroup, type Analysis } from '@analysis/analyse';
import type { MeasureCatalogue } from '@analysis/measures/types';
import type { LoadedDataset } from '@/shared/dataset/types';
import { pathOptions, type PathControls } from '../lib/path-controls';

export interface GapAnalysis {
  analysis: Analysis;
  /** The target text could not be read for this year's framework (the default was used instead). */
  badTarget: boolean;
}

/**
 * The analysis of one agency-year (analysis/analyse.ts: assessment, path, suggested measures), redone at
 * once when the target or the path controls change. Null when the year has no framework.
 */
export function useGapAnalysis(
  loaded: LoadedDataset,
  g: number,
  target: string | null,
  controls: PathControls,
  margin: number | null,
  catalogue: MeasureCatalogue | undefined,
): GapAnalysis | null {
  return useMemo(() => {
    const { dataset, scoreboard } = loaded;
    const opts = { path: pathOptions(controls, margin), ...(catalogue ? { catalogue } : {}) };
    const chosen = target ? analyseGroup(dataset, scoreboard, g, { ...opts, target }) : null;
    if (chosen && chosen.target) return { analysis: chosen, badTarget: false };
    const fallback = analyseGroup(dataset, scoreboard, g, opts);
    return fallback ? { analysis: fallback, badTarget: target !== null } : null;
  }, [loaded, g, target, controls, margin, catalogue]);
}

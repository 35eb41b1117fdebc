import { useMemo } from 'react';
import { analyseGroup, findGroup } from '@analysis/analyse';
import { reportScores, type ReportScores } from '@analysis/plans/report-source';
import type { Plan } from '@analysis/plans/types';
import { useDataset } from '@/shared/dataset/use-dataset';

/**
 * The indicator scores the report prints (seed 001's table): the plan year's assessment when the dataset
 * the plan was drafted from holds it, else the assessed year's; null while the dataset is read or when it
 * is not open in this browser.
 */
export function useReportScores(ds: string | null, plan: Plan): ReportScores | null {
  const state = useDataset(ds, { openBuiltin: false });
  const loaded = state.kind === 'ready' ? state.loaded : null;
  return useMemo(() => {
    if (!loaded) return null;
    for (const year of [plan.planYear, plan.basedOnYear]) {
      const g = findGroup(loaded.dataset, loaded.scoreboard, plan.orgKey, year);
      if (g < 0) continue;
      const x = analyseGroup(loaded.dataset, loaded.scoreboard, g, {});
      if (x) return reportScores(x.assessment);
    }
    return null;
  }, [loaded, plan.planYear, plan.basedOnYear, plan.orgKey]);
}

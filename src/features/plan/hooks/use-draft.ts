import type { QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { analyseGroup, findGroup } from '@analysis/analyse';
import { buildPlan } from '@analysis/plans/build-plan';
import type { Plan } from '@analysis/plans/types';
import type { MeasureCatalogue } from '@analysis/measures/types';
import { loadBuiltinCatalogue, useCatalogue } from '@/shared/catalogue/use-catalogue';
import { builtinEntry } from '@/shared/dataset/builtin-entries';
import { datasetQuery } from '@/shared/dataset/dataset-query';
import { addDataset, getRegistry } from '@/shared/dataset/dataset-registry';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useDataset, type DatasetState } from '@/shared/dataset/use-dataset';
import { planIdOf } from './use-plan-params';

export type DraftState =
  | { kind: 'no-dataset' }
  | { kind: 'restoring' }
  /** The dataset is not ready (read back, read, failed, not in this browser). */
  | { kind: 'dataset'; state: Exclude<DatasetState, { kind: 'ready' }> }
  | { kind: 'loading-catalogue' }
  | { kind: 'catalogue-failed'; detail: string }
  | { kind: 'not-found' }
  | { kind: 'no-framework' }
  | { kind: 'ready'; plan: Plan };

/** Draft the plan of `org` from its assessment of `year`: the plan, or why there is none. */
export function draftFrom(
  loaded: LoadedDataset,
  measures: MeasureCatalogue,
  org: string,
  year: number,
): Plan | 'not-found' | 'no-framework' {
  const { dataset, scoreboard } = loaded;
  const g = findGroup(dataset, scoreboard, org, year);
  if (g < 0) return 'not-found';
  const x = analyseGroup(dataset, scoreboard, g, { catalogue: measures });
  if (!x) return 'no-framework';
  // One plan per agency and plan year, whatever the org key looks like.
  return { ...buildPlan(x, measures), id: planIdOf(org, year), orgKey: org };
}

/**
 * Draft a plan now (for "redraft"): the dataset read through the query cache (its progress shows as for
 * any read), the built-in catalogue, the plan built. Rejects with a message when it cannot.
 */
export async function draftNow(client: QueryClient, ds: string, org: string, year: number): Promise<Plan> {
  let entry = getRegistry().entries.find((e) => e.id === ds);
  if (!entry) {
    const builtin = builtinEntry(ds);
    if (!builtin) throw new Error('dataset-missing');
    addDataset(builtin);
    entry = builtin;
  }
  const [loaded, catalogue] = await Promise.all([
    client.fetchQuery(datasetQuery(entry)),
    client.fetchQuery({
      queryKey: ['catalogue', 'builtin'],
      queryFn: loadBuiltinCatalogue,
      staleTime: Infinity,
    }),
  ]);
  const plan = draftFrom(loaded, catalogue.measures, org, year);
  if (typeof plan === 'string') throw new Error(plan);
  return plan;
}

/**
 * The draft plan of agency `org` from its assessment of fiscal year `year` in dataset `ds`: the dataset
 * read (a bundled one is opened if this browser never did), the group analysed with the built-in
 * catalogue and the plan built (analysis/plans/build-plan.ts). Nothing is read while `enabled` is false.
 */
export function useDraft(ds: string | null, org: string, year: number, enabled = true): DraftState {
  const state = useDataset(enabled ? ds : null);
  const loaded = state.kind === 'ready' ? state.loaded : null;
  const catalogue = useCatalogue();
  const built = useMemo(() => {
    const measures = catalogue.data?.measures;
    return loaded && measures ? draftFrom(loaded, measures, org, year) : null;
  }, [loaded, catalogue.data, org, year]);
  if (!ds) return { kind: 'no-dataset' };
  if (!enabled) return { kind: 'restoring' };
  if (state.kind !== 'ready') return { kind: 'dataset', state };
  if (catalogue.isError) return { kind: 'catalogue-failed', detail: catalogue.error.message };
  if (!built) return { kind: 'loading-catalogue' };
  if (built === 'not-found') return { kind: 'not-found' };
  if (built === 'no-framework') return { kind: 'no-framework' };
  return { kind: 'ready', plan: built };
}

import { readSummaryParams, writeSummaryParams, type SummaryParams } from '@/shared/url/routes/summary';
import { useRouteParams } from '@/shared/url/use-route-params';

type SummaryPatch = { table?: SummaryParams['table']; cell?: SummaryParams['cell'] };
const route = { read: readSummaryParams, write: writeSummaryParams };

/** The summary view's state and a setter; every change adds a history entry, so Back undoes it. */
export function useSummaryParams(): [SummaryParams, (patch: SummaryPatch) => void] {
  const [params, update] = useRouteParams<SummaryParams, SummaryPatch>(route);
  return [params, (patch) => update(patch)];
}

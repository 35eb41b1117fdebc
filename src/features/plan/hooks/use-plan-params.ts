import {
  readPlanParams,
  writePlanParams,
  type DocumentParamsPatch,
  type PlanParams,
} from '@/shared/url/routes/plan';
import { useRouteParams } from '@/shared/url/use-route-params';

export { planIdOf, readPlanParams, type PlanParams } from '@/shared/url/routes/plan';

const route = { read: readPlanParams, write: writePlanParams };

/** The view's state and a setter (options replace the history entry; they are not places to go back to). */
export function usePlanParams(): [PlanParams, (patch: DocumentParamsPatch) => void] {
  const [params, update] = useRouteParams<PlanParams, DocumentParamsPatch>(route);
  return [params, (patch) => update(patch, true)];
}

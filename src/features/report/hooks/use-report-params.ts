import {
  readReportParams,
  writeReportParams,
  type DocumentParamsPatch,
  type ReportParams,
} from '@/shared/url/routes/plan';
import { useRouteParams } from '@/shared/url/use-route-params';

export { planIdOf, readReportParams, type ReportParams } from '@/shared/url/routes/plan';

const route = { read: readReportParams, write: writeReportParams };

/** The report's state and a setter (its options replace the history entry). */
export function useReportParams(): [ReportParams, (patch: DocumentParamsPatch) => void] {
  const [params, update] = useRouteParams<ReportParams, DocumentParamsPatch>(route);
  return [params, (patch) => update(patch, true)];
}

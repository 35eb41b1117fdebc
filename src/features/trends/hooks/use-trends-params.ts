import { readTrendsParams, writeTrendsParams, type TrendsParams } from '@/shared/url/routes/trends';
import { useRouteParams } from '@/shared/url/use-route-params';

export type { TrendsParams };

const route = { read: readTrendsParams, write: writeTrendsParams };

/** The trends view's state, all in its URL: dataset, agency (OrgInfo.key) and the picker's search. */
export const useTrendsParams = () => useRouteParams<TrendsParams, Partial<TrendsParams>>(route);

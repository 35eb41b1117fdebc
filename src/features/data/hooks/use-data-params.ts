import { readDataParams, writeDataParams, type DataParams } from '@/shared/url/routes/data';
import { useRouteParams } from '@/shared/url/use-route-params';

export type { DataParams, DataTab } from '@/shared/url/routes/data';

const route = { read: readDataParams, write: writeDataParams };

/**
 * The data page's state and a setter. Typing in a search box replaces the history entry (`replace`),
 * switching dataset or tab adds one.
 */
export const useDataParams = () => useRouteParams<DataParams, Partial<DataParams>>(route);

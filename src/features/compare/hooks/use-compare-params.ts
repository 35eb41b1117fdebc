import { readCompareParams, writeCompareParams, type CompareParams } from '@/shared/url/routes/compare';
import { useRouteParams } from '@/shared/url/use-route-params';

const route = { read: readCompareParams, write: writeCompareParams };

/**
 * The compare view's state and a setter. Typing (search, text filter) and sorting replace the history
 * entry; choosing agencies, filters, year or tab add one, so Back undoes them.
 */
export const useCompareParams = () => useRouteParams<CompareParams, Partial<CompareParams>>(route);

import { readGapParams, writeGapParams, type GapParams } from '@/shared/url/routes/gap';
import { useRouteParams } from '@/shared/url/use-route-params';

const route = { read: readGapParams, write: writeGapParams };

/**
 * The gap page's state and a setter. Typing (search, a cap) replaces the history entry; choosing an
 * agency, a year, a tab or a target adds one, so Back goes where the user expects.
 */
export const useGapParams = () => useRouteParams<GapParams, Partial<GapParams>>(route);

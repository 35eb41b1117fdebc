import { skipToken, useQuery } from '@tanstack/react-query';
import { datasetQuery } from './dataset-query';
import { useDatasetEntry, useRegistry } from './dataset-registry';

/**
 * The dataset with this id, read and scored: what every view uses (`ds=` in its URL). `entry` is
 * undefined when no such dataset is open (yet: `restored` says whether saved ones were read back).
 */
export function useLoadedDataset(id: string | null) {
  const { restored } = useRegistry();
  const entry = useDatasetEntry(id);
  const options = entry ? datasetQuery(entry) : null;
  const query = useQuery({
    queryKey: options?.queryKey ?? ['dataset', null],
    queryFn: options?.queryFn ?? skipToken,
  });
  return { restored, entry, query };
}

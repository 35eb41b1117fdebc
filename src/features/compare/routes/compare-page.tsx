import { DatasetPage } from '@/shared/dataset/dataset-page';
import { useMessages } from '@/shared/i18n/messages';
import { comparePath } from '@/shared/url/routes/compare';
import { CompareView } from '../components/compare-view';
import { useCompareParams } from '../hooks/use-compare-params';
import { compareMessages } from '../messages';
import '../compare.css';

/** Compare & rankings (product.md, view 6). */
export function ComparePage() {
  const m = useMessages(compareMessages);
  const [params] = useCompareParams();
  return (
    <DatasetPage
      className="compare-page"
      title={m('title')}
      intro={m('intro')}
      ds={params.ds}
      pathOf={(ds) => comparePath({ ds })}
    >
      {(entry, loaded) => <CompareView entry={entry} loaded={loaded} />}
    </DatasetPage>
  );
}

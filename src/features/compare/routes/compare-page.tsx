import { ChooseDataset } from '@/shared/dataset/choose-dataset';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useMessages } from '@/shared/i18n/messages';
import { comparePath } from '@/shared/url/view-links';
import { CompareView } from '../components/compare-view';
import { useCompareParams } from '../hooks/use-compare-params';
import { compareMessages } from '../messages';
import '../compare.css';

/** Compare & rankings (product.md, view 6). */
export function ComparePage() {
  const m = useMessages(compareMessages);
  const [params] = useCompareParams();
  return (
    <div className="page compare-page">
      <div className="page-head">
        <h1>{m('title')}</h1>
        <p className="lead">{m('intro')}</p>
      </div>
      {params.ds ? (
        <DatasetGate key={params.ds} id={params.ds}>
          {(entry, loaded) => <CompareView entry={entry} loaded={loaded} />}
        </DatasetGate>
      ) : (
        <ChooseDataset pathOf={(ds) => comparePath({ ds })} />
      )}
    </div>
  );
}

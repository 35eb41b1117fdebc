import { ChooseDataset } from '@/shared/dataset/choose-dataset';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useMessages } from '@/shared/i18n/messages';
import { SummaryView } from '../components/summary-view';
import { useSummaryParams } from '../hooks/use-summary-params';
import { summaryPath } from '../lib/summary-params';
import { summaryMessages } from '../messages';
import '../summary.css';

/** Summary tables (product.md, view 7): `#/summary?ds=…&rows=…&cols=…&value=…&stat=…&filter=…`. */
export function SummaryPage() {
  const m = useMessages(summaryMessages);
  const [params] = useSummaryParams();
  return (
    <div className="page summary-page">
      <div className="page-head">
        <h1>{m('title')}</h1>
        <p className="lead">{m('intro')}</p>
      </div>
      {params.ds ? (
        <DatasetGate key={params.ds} id={params.ds}>
          {(entry, loaded) => <SummaryView entry={entry} loaded={loaded} />}
        </DatasetGate>
      ) : (
        <ChooseDataset pathOf={summaryPath} />
      )}
    </div>
  );
}

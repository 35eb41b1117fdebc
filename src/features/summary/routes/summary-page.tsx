import { DatasetPage } from '@/shared/dataset/dataset-page';
import { useMessages } from '@/shared/i18n/messages';
import { SummaryView } from '../components/summary-view';
import { useSummaryParams } from '../hooks/use-summary-params';
import { summaryPath } from '@/shared/url/routes/summary';
import { summaryMessages } from '../messages';
import '../summary.css';

/** Summary tables (product.md, view 7): `#/summary?ds=…&rows=…&cols=…&value=…&stat=…&filter=…`. */
export function SummaryPage() {
  const m = useMessages(summaryMessages);
  const [params] = useSummaryParams();
  return (
    <DatasetPage
      className="summary-page"
      title={m('title')}
      intro={m('intro')}
      ds={params.ds}
      pathOf={summaryPath}
    >
      {(entry, loaded) => <SummaryView entry={entry} loaded={loaded} />}
    </DatasetPage>
  );
}

import { gapPath } from '@/shared/url/routes/gap';
import { PageHead } from '@/shared/ui/page-head';
import '../gap.css';
import '../gap-media.css';
import { useEffect } from 'react';
import { ChooseDataset } from '@/shared/dataset/choose-dataset';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useMessages } from '@/shared/i18n/messages';
import { GapContent } from '../components/gap-content';
import { useGapParams } from '../hooks/use-gap-params';
import { gapMessages } from '../messages';

function Head() {
  const m = useMessages(gapMessages);
  return <PageHead title={m('page.title')} intro={m('page.intro')} />;
}

/** Gap analysis (view 2 of product.md): where the points went and the cheapest way to the next rating. */
export function GapPage() {
  const [params] = useGapParams();
  // Arriving from a scrolled page (the data page's list), start at the top.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <div className="page gap-page">
      {params.ds ? (
        <DatasetGate
          key={params.ds}
          id={params.ds}
          frame={(status) => (
            <>
              <Head />
              <section className="panel">{status}</section>
            </>
          )}
        >
          {(entry, loaded) => <GapContent entry={entry} loaded={loaded} />}
        </DatasetGate>
      ) : (
        <>
          <Head />
          <ChooseDataset pathOf={(ds) => gapPath({ ds })} />
        </>
      )}
    </div>
  );
}

export default GapPage;

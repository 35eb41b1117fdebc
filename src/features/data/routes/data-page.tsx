import { PageHead } from '@/shared/ui/page-head';
import { useI18n } from '@/shared/i18n/use-i18n';
import { CataloguePanel } from '../components/catalogue-panel';
import { DatasetList } from '../components/dataset-list';
import { DatasetView } from '../components/dataset-view';
import { DocumentPanel } from '../components/document-panel';
import { FileDrop } from '../components/file-drop';
import { OpenDataPanel } from '../components/open-data-panel';
import { TemplateDownload } from '../components/template-download';
import { WorkspacePanel } from '../components/workspace-panel';
import { useDataParams } from '../hooks/use-data-params';

/** The start page: open data (demo, examples, own files), see what was read and every problem. */
export function DataPage() {
  const { t } = useI18n();
  const [params] = useDataParams();
  return (
    <div className="page data-page">
      <PageHead title={t('data.title')} intro={t('data.intro')} />
      <div className="open-grid">
        <OpenDataPanel activeId={params.ds} />
        <FileDrop />
      </div>
      <DocumentPanel />
      <DatasetList />
      {params.ds ? <DatasetView key={params.ds} id={params.ds} /> : null}
      <TemplateDownload />
      <CataloguePanel />
      <WorkspacePanel />
    </div>
  );
}

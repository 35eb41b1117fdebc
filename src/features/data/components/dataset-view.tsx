import { useEffect, useRef } from 'react';
import { Notice } from '@/shared/ui/notice';
import { Tabs, tabPanelProps } from '@/shared/ui/tabs';
import { DatasetStatus } from '@/shared/dataset/dataset-gate';
import { LoadProgress } from '@/shared/dataset/load-status';
import { SourceNote } from '@/shared/dataset/source-note';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useDataset } from '@/shared/dataset/use-dataset';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useDataParams, type DataTab } from '../hooks/use-data-params';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { ColumnMapping } from './column-mapping';
import { ReadOptionsForm } from './read-options-form';
import { ReportPanel } from './report-panel';
import { SummaryPanel } from './summary-panel';
import { dataMessages } from '../messages';
import { useMessages } from '@/shared/i18n/messages';

const NEEDS_OPTIONS = new Set(['missing-year', 'no-org-column']);

function Loaded({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const { t } = useI18n();
  const [params, setParams] = useDataParams();
  const { dataset } = loaded;
  // A file whose rows mix agencies needs its agency column mapped, not one agency name for all of it.
  const mapping = new Set(dataset.files.filter((f) => f.askMapping).map((f) => f.name));
  const needsOptions = dataset.problems.some(
    (p) => NEEDS_OPTIONS.has(p.kind) && !(p.kind === 'no-org-column' && mapping.has(p.file)),
  );
  // The mapping step: files not recognised at all, and files read in part whose rows cannot be trusted.
  const unrecognised = dataset.files
    .map((report, i) => ({ report, i }))
    .filter(
      ({ report }) =>
        (report.format === 'unrecognised' || report.askMapping === true) && report.headers.length > 0,
    );
  const tabs = [
    { id: 'summary' as const, label: t('tabs.summary') },
    { id: 'report' as const, label: `${t('tabs.report')} (${dataset.problems.length})` },
  ];
  return (
    <>
      <SourceNote entry={entry} loaded={loaded} />
      {entry.source.kind === 'files' ? (
        <ReadOptionsForm
          key={entry.id}
          entry={entry}
          needed={needsOptions}
          yearNeeded={dataset.problems.some((p) => p.kind === 'missing-year')}
        />
      ) : null}
      {unrecognised.map(({ report, i }) => (
        <ColumnMapping
          key={`${entry.id}-${i}`}
          entry={entry}
          report={report}
          sample={loaded.previews.find((p) => p.file === i)?.rows ?? []}
        />
      ))}
      <Tabs<DataTab>
        tabs={tabs}
        active={params.tab}
        onChange={(tab) => setParams({ tab })}
        label={t('tabs.label')}
        idPrefix="ds"
      />
      <div {...tabPanelProps('ds', params.tab)} className="tab-panel">
        {params.tab === 'summary' ? (
          <>
            <ProblemsNotice problems={dataset.problems} />
            <SummaryPanel ds={entry.id} loaded={loaded} />
          </>
        ) : (
          <ReportPanel dataset={dataset} label={entry.label} />
        )}
      </div>
    </>
  );
}

/**
 * On the summary tab, a file with errors or warnings says so and leads to the problem report (the other
 * tab), so a user who never opens that tab still learns that rows were left out.
 */
function ProblemsNotice({ problems }: { problems: LoadedDataset['dataset']['problems'] }) {
  const dm = useMessages(dataMessages);
  const { fmt } = useI18n();
  const [, setParams] = useDataParams();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  if (errors + warnings === 0) return null;
  return (
    <div data-testid="problems-notice">
      <Notice tone={errors ? 'error' : 'warning'}>
        <p>{dm('problemsNotice', { errors: fmt.int(errors), warnings: fmt.int(warnings) })}</p>
        <button
          type="button"
          onClick={() => {
            setParams({ tab: 'report' });
            requestAnimationFrame(() => document.getElementById('ds-tab-report')?.focus());
          }}
        >
          {dm('problemsOpen')}
        </button>
      </Notice>
    </div>
  );
}

/** The dataset named in the URL: its read under way, its failure, or its summary and report. */
export function DatasetView({ id }: { id: string }) {
  const { t } = useI18n();
  const labelOf = useDatasetLabel();
  const state = useDataset(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const found = state.kind !== 'restoring' && state.kind !== 'not-found';
  // Bring the dataset into view when it is opened (or the page is reloaded on it).
  useEffect(() => {
    if (!found) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [found]);
  if (state.kind === 'restoring' || state.kind === 'not-found')
    return <DatasetStatus state={state} notFound={<Notice tone="warning">{t('sets.notFound')}</Notice>} />;
  return (
    <section className="panel dataset" aria-labelledby="dataset-title" data-testid="dataset-view">
      <h2 id="dataset-title" ref={heading} tabIndex={-1}>
        {labelOf(state.entry)}
      </h2>
      {state.kind === 'ready' ? (
        <>
          {state.refreshing ? <LoadProgress entry={state.entry} /> : null}
          <Loaded entry={state.entry} loaded={state.loaded} />
        </>
      ) : (
        <DatasetStatus state={state} />
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import { Notice } from '../../../components/notice';
import { Tabs, tabPanelProps } from '../../../components/tabs';
import { builtinEntry } from '../../../lib/datasets/builtin-entries';
import { addDataset } from '../../../lib/datasets/dataset-registry';
import { exampleById } from '../../../lib/datasets/examples';
import type { DatasetEntry, LoadedDataset } from '../../../lib/datasets/types';
import { useLoadedDataset } from '../../../lib/datasets/use-loaded-dataset';
import { useFeatureMessages } from '../../../lib/i18n/feature-messages';
import { useI18n } from '../../../lib/i18n/use-i18n';
import { useDataParams, type DataTab } from '../hooks/use-data-params';
import { useEntryLabel } from '../hooks/use-entry-label';
import { dataMessages } from '../messages';
import { ColumnMapping } from './column-mapping';
import { LoadProgress, LoadStopped } from './load-status';
import { ReadOptionsForm } from './read-options-form';
import { ReportPanel } from './report-panel';
import { SummaryPanel } from './summary-panel';

const NEEDS_OPTIONS = new Set(['missing-year', 'no-org-column']);

function SourceNote({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const { t, pick, fmt } = useI18n();
  if (entry.source.kind === 'demo' || loaded.meta.synthetic === true)
    return <Notice tone="synthetic">{t('summary.synthetic')}</Notice>;
  if (entry.source.kind === 'example') {
    const ex = exampleById(entry.source.example);
    if (ex)
      return (
        <p className="source">
          {fmt.digits(t('summary.source', { source: pick(ex.sourceTh, ex.sourceEn) }))}
        </p>
      );
  }
  return null;
}

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
  const dm = useFeatureMessages(dataMessages);
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
  const labelOf = useEntryLabel();
  const { restored, entry, query } = useLoadedDataset(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const found = entry !== undefined;
  // A shared link to the demo or an example opens it here too, even in a browser that never did.
  useEffect(() => {
    if (!restored || found) return;
    const builtin = builtinEntry(id);
    if (builtin) addDataset(builtin);
  }, [restored, found, id]);
  // Bring the dataset into view when it is opened (or the page is reloaded on it).
  useEffect(() => {
    if (!found) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [found]);
  if (!entry)
    return restored ? (
      <Notice tone="warning">{t('sets.notFound')}</Notice>
    ) : (
      <p className="muted">{t('sets.restoring')}</p>
    );
  let body;
  if (query.data) body = <Loaded entry={entry} loaded={query.data} />;
  else if (query.isFetching) body = <LoadProgress entry={entry} />;
  else if (query.isError && query.error.name !== 'MissingDataError')
    body = <LoadStopped entry={entry} error={query.error} />;
  else if (query.isError) body = <Notice tone="warning">{t('open.demo.missing')}</Notice>;
  else body = <LoadStopped entry={entry} error={null} />;
  return (
    <section className="panel dataset" aria-labelledby="dataset-title" data-testid="dataset-view">
      <h2 id="dataset-title" ref={heading} tabIndex={-1}>
        {labelOf(entry)}
      </h2>
      {query.data && query.isFetching ? <LoadProgress entry={entry} /> : null}
      {body}
    </section>
  );
}

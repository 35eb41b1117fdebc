import { useCallback, useEffect, useMemo, useState } from 'react';
import { changesFromPath, type WhatIfChanges } from '@analysis/gaps/what-if';
import { Notice } from '@/shared/ui/notice';
import { Tabs, tabPanelProps } from '@/shared/ui/tabs';
import { useCatalogue } from '@/shared/catalogue/use-catalogue';
import { whenChartsFinished } from '@/shared/chart/chart-registry';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useDatasetLabel } from '@/shared/dataset/use-dataset-label';
import { useGapAnalysis } from '../hooks/use-gap-analysis';
import { useGapParams } from '../hooks/use-gap-params';
import type { GapTab } from '@/shared/url/routes/gap';
import { questionRows } from '../lib/question-rows';
import { previousYear, yearsOfOrg } from '../lib/score-summary';
import { gapMessages } from '../messages';
import { GapHead } from './gap-head';
import { IndicatorDrilldown } from './indicator-drilldown';
import { IndicatorPanel } from './indicator-panel';
import { MeasuresPanel } from './measures-panel';
import { MissingData } from './missing-data';
import { OitChecklist } from './oit-checklist';
import { PathPanel } from './path-panel';
import { QuestionTable } from './question-table';
import { ScoreCard } from './score-card';
import { SourceNote } from '@/shared/dataset/source-note';
import { WhatIfPanel } from './what-if-panel';

/** The analysis of one agency-year: score card on top, then the sections as tabs (all in the URL). */
export function GapView({
  entry,
  loaded,
  g,
  orgKey,
}: {
  entry: DatasetEntry;
  loaded: LoadedDataset;
  g: number;
  orgKey: string;
}) {
  const m = useMessages(gapMessages);
  const { t, fmt, pick } = useI18n();
  const labelOf = useDatasetLabel();
  const [params, setParams] = useGapParams();
  const catalogue = useCatalogue();
  const result = useGapAnalysis(
    loaded,
    g,
    params.target,
    params.controls,
    params.margin,
    catalogue.data?.measures,
  );
  const [edits, setEdits] = useState<WhatIfChanges>({});
  const [printing, setPrinting] = useState(false);
  const { dataset, scoreboard } = loaded;
  const year = scoreboard.groups.year[g];
  const previous = useMemo(
    () => previousYear(dataset, scoreboard, orgKey, year),
    [dataset, scoreboard, orgKey, year],
  );
  const years = useMemo(() => yearsOfOrg(dataset, scoreboard, orgKey), [dataset, scoreboard, orgKey]);
  const a = result?.analysis.assessment;
  const rows = useMemo(() => (a ? questionRows(a) : []), [a]);
  const onDrill = useCallback(
    (id: number) => setParams({ ind: id, tab: params.tab === 'all' ? 'all' : 'overview' }, true),
    [setParams, params.tab],
  );
  // Print: show every section (tab "all"), then open the browser's print dialog once every chart has
  // finished drawing in that layout (ECharts' `finished` event; chart-registry.ts).
  useEffect(() => {
    if (!printing || params.tab !== 'all') return;
    let cancelled = false;
    void whenChartsFinished().then(() => {
      if (cancelled) return;
      setPrinting(false);
      window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [printing, params.tab]);
  const org = dataset.orgs[scoreboard.groups.org[g]];
  const name = org?.name ?? org?.id ?? t('common.unnamed');
  if (!result || !a)
    return (
      <>
        <GapHead
          ds={entry.id}
          datasetLabel={labelOf(entry)}
          orgKey={orgKey}
          name={name}
          year={year}
          years={years}
          onPrint={() => window.print()}
        />
        <Notice tone="warning">{m('page.noFramework', { year: fmt.year(year) })}</Notice>
      </>
    );
  const { analysis, badTarget } = result;
  const fw = analysis.framework;
  const fileStem = `${name}-${year}`;
  const applyPath = () => {
    if (analysis.path) setEdits(changesFromPath(analysis.path.steps));
    setParams({ tab: 'whatif' });
  };
  const weakCount = rows.filter((r) => r.weak).length;
  const failedItems = a.codes.filter((c) => c.tool === 'OIT' && c.score < 100).length;
  const tabs: { id: GapTab; label: string }[] = [
    { id: 'overview', label: m('tab.overview') },
    {
      id: 'questions',
      // The count is what the tab shows: every question, or the weak ones when that filter is on.
      label: !rows.length
        ? m('tab.questions')
        : params.weak
          ? m('tab.questionsN', { n: fmt.int(weakCount) })
          : m('tab.questionsAll', { n: fmt.int(rows.length) }),
    },
    { id: 'oit', label: a.levels.OIT ? m('tab.oitN', { n: fmt.int(failedItems) }) : m('tab.oit') },
    { id: 'path', label: m('tab.path') },
    { id: 'whatif', label: m('tab.whatif') },
    { id: 'measures', label: m('tab.measures') },
    { id: 'all', label: m('tab.all') },
  ];
  const tab = params.tab;
  const show = (id: GapTab) => tab === id || (tab === 'all' && id !== 'whatif');
  const questionsSection = (
    <section className="panel" aria-labelledby="gap-q-title">
      <h2 id="gap-q-title">{m('q.title')}</h2>
      <p className="muted small">{m('q.intro', { threshold: fmt.num(a.threshold, 0) })}</p>
      {rows.length ? (
        <QuestionTable rows={rows} fileStem={fileStem} />
      ) : (
        <Notice tone="info">{m('q.none')}</Notice>
      )}
    </section>
  );
  return (
    <>
      <GapHead
        ds={entry.id}
        datasetLabel={labelOf(entry)}
        orgKey={orgKey}
        name={name}
        year={year}
        years={years}
        onPrint={() => {
          setParams({ tab: 'all' }, true);
          setPrinting(true);
        }}
      />
      <SourceNote entry={entry} loaded={loaded} />
      {a.warnings.length ? (
        <Notice tone="warning" title={m('page.warnings')}>
          <ul className="gap-warnings">
            {a.warnings.map((w, i) => (
              <li key={i}>{fmt.digits(pick(w.message_th, w.message_en))}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <ScoreCard a={a} fw={fw} previous={previous} />
      <Tabs<GapTab>
        tabs={tabs}
        active={tab}
        onChange={(id) => setParams({ tab: id })}
        label={m('tab.label')}
        idPrefix="gap"
      />
      <div {...tabPanelProps('gap', tab)} className="tab-panel gap-panels">
        {show('overview') ? (
          <>
            <IndicatorPanel a={a} fw={fw} selected={params.ind} onDrill={onDrill} fileStem={fileStem} />
            {params.ind !== null ? (
              <IndicatorDrilldown
                a={a}
                fw={fw}
                id={params.ind}
                rows={rows}
                fileStem={fileStem}
                onClose={() => setParams({ ind: null }, true)}
              />
            ) : null}
            <MissingData a={a} fw={fw} />
          </>
        ) : null}
        {show('questions') ? questionsSection : null}
        {show('oit') ? (
          <section className="panel" aria-labelledby="gap-oit-title">
            <h2 id="gap-oit-title">{m('oit.title')}</h2>
            <p className="muted small">{m('oit.intro')}</p>
            <OitChecklist a={a} fw={fw} />
          </section>
        ) : null}
        {show('path') ? <PathPanel analysis={analysis} badTarget={badTarget} onApply={applyPath} /> : null}
        {show('whatif') ? (
          <WhatIfPanel analysis={analysis} edits={edits} setEdits={setEdits} onApplyPath={applyPath} />
        ) : null}
        {show('measures') ? (
          <MeasuresPanel
            analysis={analysis}
            catalogue={catalogue.data?.measures}
            loading={catalogue.isPending}
          />
        ) : null}
      </div>
    </>
  );
}

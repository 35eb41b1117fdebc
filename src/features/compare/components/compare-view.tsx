import { AgencyViewLinks } from '@/shared/agency/agency-view-links';
import { Notice } from '@/shared/ui/notice';
import { Tabs, tabPanelProps } from '@/shared/ui/tabs';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useCompareModel } from '../hooks/use-compare-model';
import { useCompareParams } from '../hooks/use-compare-params';
import { useScopeLabel } from '../hooks/use-scope-label';
import type { CompareTab } from '@/shared/url/routes/compare';
import { compareMessages } from '../messages';
import { ComparePanel } from './compare-panel';
import { RankingPanel } from './ranking-panel';
import { ScopeFilters } from './scope-filters';
import { WeakCodesPanel } from './weak-codes-panel';

/** A loaded dataset compared: year and scope, then the three tabs. */
export function CompareView({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const [params, setParams] = useCompareParams();
  const model = useCompareModel(loaded, params);
  const scopeLabel = useScopeLabel(params);
  if (!model) return <Notice tone="warning">{m('noScores')}</Notice>;
  const synthetic = entry.source.kind === 'demo' || loaded.meta.synthetic === true;
  const tabs: { id: CompareTab; label: string }[] = [
    { id: 'compare', label: m('tabs.compare') },
    { id: 'rank', label: m('tabs.rank') },
    { id: 'weak', label: m('tabs.weak') },
  ];
  return (
    <>
      {synthetic ? <Notice tone="synthetic">{m('synthetic')}</Notice> : null}
      {params.year !== null && params.year !== model.year ? (
        <Notice tone="warning">
          {m('yearMissing', { year: fmt.year(params.year), shown: fmt.year(model.year) })}
        </Notice>
      ) : null}
      {params.orgs.length ? <AgencyViewLinks here="compare" /> : null}
      <ScopeFilters model={model} params={params} onChange={setParams} scopeLabel={scopeLabel} />
      <Tabs<CompareTab>
        tabs={tabs}
        active={params.tab}
        onChange={(tab) => setParams({ tab })}
        label={m('tabs.label')}
        idPrefix="cmp"
      />
      <div {...tabPanelProps('cmp', params.tab)} className="tab-panel compare-panel">
        {params.tab === 'compare' ? (
          <ComparePanel ds={entry.id} loaded={loaded} model={model} scopeLabel={scopeLabel} />
        ) : params.tab === 'rank' ? (
          <RankingPanel model={model} params={params} scopeLabel={scopeLabel} />
        ) : (
          <WeakCodesPanel model={model} loaded={loaded} scopeLabel={scopeLabel} />
        )}
      </div>
    </>
  );
}

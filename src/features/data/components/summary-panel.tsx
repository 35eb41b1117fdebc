import { useMemo } from 'react';
import { Notice } from '@/shared/ui/notice';
import type { LoadedDataset } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useDataParams } from '../hooks/use-data-params';
import { agencyRows } from '../lib/agency-rows';
import { summarise } from '../lib/summary';
import { AgencyYearList } from './agency-year-list';
import { ScoreDistribution } from './score-distribution';
import { SummaryStats } from './summary-stats';

/** Below this many scored agency-years a distribution says nothing the list does not. */
const MIN_FOR_CHART = 10;

/** What is loaded: headline figures, the spread of overall scores, and the agency-year list. */
export function SummaryPanel({ ds, loaded }: { ds: string; loaded: LoadedDataset }) {
  const { t } = useI18n();
  const [params] = useDataParams();
  const summary = useMemo(() => summarise(loaded), [loaded]);
  const rows = useMemo(() => agencyRows(loaded), [loaded]);
  const scores = useMemo(
    () => rows.filter((r) => params.year === null || r.year === params.year).map((r) => r.overall),
    [rows, params.year],
  );
  return (
    <div className="summary">
      {summary.values === 0 ? (
        <Notice tone="warning">{t('summary.noneUsable')}</Notice>
      ) : (
        <>
          <SummaryStats s={summary} />
          {summary.computable >= MIN_FOR_CHART ? <ScoreDistribution scores={scores} /> : null}
          <AgencyYearList key={ds} ds={ds} rows={rows} orgs={loaded.dataset.orgs} />
        </>
      )}
    </div>
  );
}

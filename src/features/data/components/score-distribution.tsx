import { DataTable } from '@/shared/ui/data-table';
import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '@/shared/i18n/use-i18n';
import { scoreBands } from '../lib/distribution';
import { useChartContext } from '@/shared/chart/chart-context';
import { scoreHistogramOption } from '@/shared/chart/score-histogram';

// ECharts is loaded only when a chart is shown (it is not part of the first page's JavaScript).
const EChart = lazy(() => import('@/shared/chart/echart').then((m) => ({ default: m.EChart })));

/** How overall scores are spread (bar chart) and the same figures as a table. */
export function ScoreDistribution({ scores }: { scores: readonly number[] }) {
  const { t, fmt } = useI18n();
  const bands = useMemo(() => scoreBands(scores), [scores]);
  const labels = useMemo(
    () =>
      bands.map((b) =>
        b.from === 0 ? `< ${fmt.num(b.to, 0)}` : `${fmt.num(b.from, 0)}–${fmt.num(b.to, 0)}`,
      ),
    [bands, fmt],
  );
  const chart = useChartContext();
  const option = useMemo(
    () => scoreHistogramOption({ bins: bands, labels, countName: t('dist.count') }, chart),
    [bands, labels, t, chart],
  );
  return (
    <section className="panel" aria-labelledby="dist-title">
      <h3 id="dist-title">{t('dist.title')}</h3>
      <p className="muted small">{t('dist.caption')}</p>
      <Suspense fallback={<div className="echart-placeholder" />}>
        <EChart
          option={option}
          ariaLabel={`${t('dist.title')}. ${t('dist.caption')}`}
          tableId="dist-table"
          height={240}
        />
      </Suspense>
      <details className="chart-table">
        <summary>{t('dist.table')}</summary>
        <DataTable
          columns={[{ label: t('dist.range') }, { label: t('dist.count'), num: true }]}
          caption={t('dist.title')}
          className="compact"
          id="dist-table"
          scroll={false}
        >
          {bands.map((b, i) => (
            <tr key={b.from}>
              <th scope="row">{labels[i]}</th>
              <td className="num">{fmt.int(b.count)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </section>
  );
}

import { useChartContext } from '@/shared/chart/chart-context';
import { lazy, Suspense, useMemo } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { safeFileName } from '@/shared/ui/download';
import { legendSpace, type ChartAgency } from '../lib/agency-style';
import type { Chosen, CompareModel } from '../lib/compare-model';
import { heatmapOption } from '../lib/heatmap-option';
import { indicatorBarsOption, legendPerRow } from '../lib/indicator-bars-option';
import { radarOption } from '../lib/radar-option';
import { compareMessages } from '../messages';
import { SIDE_TABLE_ID } from './side-by-side-table';

// ECharts and the compare view's chart types load only when a chart is shown.
const EChart = lazy(() => import('@/shared/chart/echart').then((mod) => ({ default: mod.EChart })));

/** Grouped bars, radar and heatmap of the chosen agencies' indicators (the side-by-side table holds the figures). */
export function CompareCharts({ model, agencies }: { model: CompareModel; agencies: Chosen[] }) {
  const m = useMessages(compareMessages);
  const { fmt, pick } = useI18n();
  const { yt } = model;
  const data: ChartAgency[] = useMemo(
    () =>
      agencies.map((a) => ({
        label: a.label,
        name: a.name,
        values: Array.from(yt.indicators.subarray(a.row * 10, a.row * 10 + 10)),
        overall: yt.overall[a.row] as number,
      })),
    [agencies, yt],
  );
  const text = useMemo(() => {
    const fw = yt.framework;
    return {
      indicatorLabels: Array.from({ length: 10 }, (_, i) => fmt.digits(String(i + 1))),
      indicatorNames: Array.from({ length: 10 }, (_, i) => {
        const ind = fw?.indicators.find((d) => d.id === i + 1);
        return ind ? pick(ind.nameTh, ind.nameEn) : '';
      }),
      axisName: m('charts.axis'),
      thresholdLabel: m('charts.threshold'),
      overallLabel: m('side.overall'),
      bandLabels: [m('charts.band0'), m('charts.band1'), m('charts.band2'), m('charts.band3')],
    };
  }, [yt.framework, fmt, pick, m]);
  const c = useChartContext();
  const narrow = c.narrow;
  const barsHeight = 260 + legendSpace(data.length, legendPerRow(c), 0);
  const radarHeight = 300 + legendSpace(data.length, legendPerRow(c), 0);
  const bars = useMemo(() => indicatorBarsOption({ agencies: data, text }, c), [data, text, c]);
  const radar = useMemo(
    () => radarOption({ agencies: data, text, height: radarHeight }, c),
    [data, text, radarHeight, c],
  );
  const heat = useMemo(() => heatmapOption({ agencies: data, text }, c), [data, text, c]);
  const file = (what: string) => safeFileName(`ita-compare-${what}-${model.year}`);
  const heatHeight = narrow ? 90 + 11 * 30 : Math.max(200, 70 + data.length * 36);
  const chart = (
    id: string,
    title: string,
    aria: string,
    option: EChartsCoreOption,
    name: string,
    height: number,
  ) => (
    <section className="panel chart-panel" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <Suspense fallback={<div className="echart-placeholder" style={{ height }} />}>
        <EChart
          option={option}
          ariaLabel={aria}
          tableId={SIDE_TABLE_ID}
          height={height}
          exportName={file(name)}
          exportLabel={m('charts.png')}
        />
      </Suspense>
      <p className="muted small">
        <a href="#cmp-indicators">{m('charts.tableNote')}</a>
      </p>
    </section>
  );
  return (
    <div className="chart-grid" data-testid="compare-charts">
      {chart('chart-bars', m('charts.bars'), m('charts.barsAria'), bars, 'bars', barsHeight)}
      {chart('chart-radar', m('charts.radar'), m('charts.radarAria'), radar, 'radar', radarHeight)}
      <div className="chart-wide">
        {chart('chart-heat', m('charts.heatmap'), m('charts.heatmapAria'), heat, 'heatmap', heatHeight)}
      </div>
    </div>
  );
}

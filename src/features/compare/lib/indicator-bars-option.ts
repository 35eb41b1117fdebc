import type { ChartContext, OptionBuilder } from '@/shared/chart/chart-context';
import { colorOf, legendSpace, type ChartAgency } from './agency-style';
import { LABELS_INSIDE_GRID } from '@/shared/chart/chart-base';

export interface IndicatorChartText {
  /** Axis labels of indicators 1–10 (e.g. `1`…`10`), and their full names for tooltips. */
  indicatorLabels: string[];
  indicatorNames: string[];
  axisName: string;
  /** Label of the pass line, e.g. `ผ่าน 85`. */
  thresholdLabel: string;
}

/** What a compare chart draws: the chosen agencies and the chart's texts (digits and escaping: the context). */
export interface CompareChartData<T extends IndicatorChartText = IndicatorChartText> {
  agencies: readonly ChartAgency[];
  text: T;
}

/** Legend items that fit on one line: 2 on a phone, 3 on a laptop. */
export const legendPerRow = (c: ChartContext): number => (c.narrow ? 2 : 3);

/** Grouped bars: indicators 1–10 across, one bar per agency (patterned as well as coloured), the 85 line. */
export const indicatorBarsOption: OptionBuilder<CompareChartData> = ({ agencies, text }, c) => {
  return {
    aria: { decal: { show: true } },
    legend: { bottom: 0, left: 0, itemGap: 12 },
    grid: {
      left: 8,
      right: 60,
      top: 16,
      bottom: legendSpace(agencies.length, legendPerRow(c), 48),
      ...LABELS_INSIDE_GRID,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; seriesIndex: number; value: number }[]) => {
        const first = items[0];
        if (!first) return '';
        const head = `${c.escape(text.indicatorLabels[first.dataIndex])} ${c.escape(text.indicatorNames[first.dataIndex])}`;
        const lines = items.map(
          (it) => `${c.escape(agencies[it.seriesIndex]?.name)}: <b>${c.escape(c.num(Number(it.value)))}</b>`,
        );
        return [head, ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: text.indicatorLabels,
      name: text.axisName,
      nameLocation: 'middle',
      nameGap: 26,
    },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: agencies.map((a, i) => ({
      type: 'bar',
      name: a.label,
      data: a.values.map((v) => (Number.isNaN(v) ? '-' : v)),
      itemStyle: { color: colorOf(i) },
      ...(i === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: '#b42318', type: 'dashed', width: 1.5 },
              label: { formatter: text.thresholdLabel, position: 'end', fontSize: 11 },
              data: [{ yAxis: 85 }],
            },
          }
        : {}),
    })),
  };
};

import type { AgencyTrend } from '@analysis/trends/types';
import type { OptionBuilder } from '@/shared/chart/chart-context';
import { wrapLabel } from '@analysis/text/graphemes';

/** An agency's trend. */
export interface HeatmapChartData {
  trend: AgencyTrend;
}

/** Score ranges of the cells: the pass mark 85, excellence at 95 and the 70 line of the 2566 rules. */
export const HEAT_PIECES = [
  { gte: 95, color: '#7cc992' },
  { gte: 85, lt: 95, color: '#cbeccf' },
  { gte: 70, lt: 85, color: '#fbd38d' },
  { lt: 70, color: '#f4a29a' },
] as const;

/**
 * Indicators 1–10 (rows) by fiscal year (columns), each cell coloured by its score range and showing the
 * score; a year or indicator without data is a blank cell, never a zero.
 */
export const heatmapOption: OptionBuilder<HeatmapChartData> = ({ trend: t }, f) => {
  const th = f.lang === 'th';
  // Longest indicator label on the axis, in characters (the full name is in the tooltip).
  // Longest line of an indicator label on the axis, in characters; labels take two lines (the full name
  // is in the tooltip too).
  const labelMax = f.narrow ? 13 : 20;
  const names = t.indicatorDefs.map((d) => `${f.int(d.id)} ${th ? d.nameTh : d.nameEn}`);
  const data: [number, number, number][] = [];
  t.years.forEach((y, x) =>
    y.indicators.forEach((v, i) => {
      if (v !== null) data.push([x, i, v]);
    }),
  );
  const pieceLabel = (p: (typeof HEAT_PIECES)[number]) =>
    'gte' in p && 'lt' in p
      ? `${f.int(p.gte)}–${f.int(p.lt)}`
      : 'gte' in p
        ? `≥ ${f.int(p.gte)}`
        : `< ${f.int(p.lt)}`;
  return {
    // No animation: a print or PNG taken at any moment shows the finished chart.
    animation: false,
    grid: { left: labelMax * 7 + 18, right: 8, top: 8, bottom: 58 },
    xAxis: {
      type: 'category',
      data: t.years.map((y) => f.year(y.year)),
      axisLabel: { interval: 0 },
      splitArea: { show: false },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names.map((n) => wrapLabel(n, labelMax, 2)),
      axisLabel: { interval: 0, fontSize: 11, lineHeight: 13 },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 14,
      itemHeight: 12,
      textStyle: { fontSize: 11 },
      pieces: HEAT_PIECES.map((p) => ({ ...p, label: pieceLabel(p) })),
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: { value: [number, number, number] }) => {
        const [x, i, v] = p.value;
        const year = t.years[x]?.year;
        return `${f.escape(names[i] ?? '')}<br>${year === undefined ? '' : f.escape(f.year(year))}: <strong>${f.escape(f.num(v))}</strong>`;
      },
    },
    series: [
      {
        type: 'heatmap',
        data,
        // One canvas layer (no incremental layer), so the chart prints and exports whole.
        progressive: 0,
        label: {
          show: true,
          color: '#1b1d21',
          fontSize: 11,
          formatter: (p: { value: [number, number, number] }) => f.num(p.value[2]),
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { disabled: true },
      },
    ],
  };
};

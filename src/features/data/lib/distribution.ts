import type { EChartsCoreOption } from 'echarts/core';
import { escapeTooltip } from '@/shared/chart/escape-tooltip';
import { LABELS_INSIDE_GRID } from '@/shared/chart/chart-base';

/** One band of overall scores and how many agency-years fall in it. */
export interface Band {
  /** Lower bound (inclusive), points. */
  from: number;
  /** Upper bound (exclusive, except 100 which is included), points. */
  to: number;
  count: number;
}

const EDGES = [0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100];

/** Count overall scores (rounded to 2 decimals as published) into bands; unknown scores are left out. */
export function scoreBands(scores: Iterable<number>): Band[] {
  const bands: Band[] = EDGES.slice(0, -1).map((from, i) => ({ from, to: EDGES[i + 1] as number, count: 0 }));
  for (const raw of scores) {
    if (Number.isNaN(raw)) continue;
    const v = Math.round(raw * 100) / 100;
    let i = bands.findIndex((b) => v >= b.from && v < b.to);
    if (i < 0 && v >= 100) i = bands.length - 1;
    if (i >= 0) (bands[i] as Band).count++;
  }
  return bands;
}

export interface DistributionText {
  /** Band labels already formatted in the UI's digits, e.g. `85–90`. */
  labels: string[];
  countName: string;
  /** Index of the first band at or above the pass mark (85): it and the bands after it are coloured as passing. */
  thresholdIndex: number;
  formatCount: (n: number) => string;
}

/** The bar chart option of the score distribution (a pure function: testable without a browser). */
export function distributionOption(bands: readonly Band[], text: DistributionText): EChartsCoreOption {
  return {
    grid: {
      left: 8,
      right: 16,
      top: 24,
      bottom: 8,
      ...LABELS_INSIDE_GRID,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; value: number }[]) => {
        const item = items[0];
        if (!item) return '';
        return `${escapeTooltip(text.labels[item.dataIndex])}<br/>${escapeTooltip(text.countName)}: ${escapeTooltip(text.formatCount(item.value))}`;
      },
    },
    xAxis: {
      type: 'category',
      data: text.labels,
      axisLabel: { interval: 0, rotate: 0, hideOverlap: true },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => text.formatCount(v) } },
    series: [
      {
        type: 'bar',
        name: text.countName,
        data: bands.map((b, i) => ({
          value: b.count,
          itemStyle: { color: i >= text.thresholdIndex ? '#2f7d4f' : '#c2742b' },
        })),
        barCategoryGap: '15%',
        // Bands at or above the pass mark are green, the others amber; the axis labels carry the bands
        // and the caption says what the colours mean, so colour is not the only signal.
      },
    ],
  };
}

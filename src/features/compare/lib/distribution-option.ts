import type { EChartsCoreOption } from 'echarts/core';
import type { Bin } from '@analysis/compare/distribution';
import { escapeTooltip } from '@/shared/chart/escape-tooltip';
import { LABELS_INSIDE_GRID } from '@/shared/chart/chart-base';

export interface DistributionText {
  /** Bin labels in the UI's digits, e.g. `85–90`. */
  binLabels: string[];
  countName: string;
  formatCount: (n: number) => string;
  /** Numbers (1-based, as shown) of the chosen agencies in each bin, e.g. `['', '2', '1, 3', …]`. */
  marks: string[];
  /** Tooltip line per bin naming the chosen agencies in it (empty when none). */
  markNames: string[];
}

/**
 * Histogram of a group's overall scores: bins at or above 85 green and hatched, the others amber; a
 * numbered pin over each bin that holds chosen agencies.
 */
export function distributionOption(bins: readonly Bin[], text: DistributionText): EChartsCoreOption {
  return {
    grid: {
      left: 8,
      right: 16,
      top: 40,
      bottom: 8,
      ...LABELS_INSIDE_GRID,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; value: number }[]) => {
        const it = items[0];
        if (!it) return '';
        const extra = text.markNames[it.dataIndex];
        return `${escapeTooltip(text.binLabels[it.dataIndex])}<br/>${escapeTooltip(text.countName)}: ${escapeTooltip(text.formatCount(Number(it.value)))}${extra ? `<br/>${escapeTooltip(extra)}` : ''}`;
      },
    },
    xAxis: { type: 'category', data: text.binLabels, axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => text.formatCount(v) } },
    series: [
      {
        type: 'bar',
        name: text.countName,
        barCategoryGap: '12%',
        data: bins.map((b) => ({
          value: b.count,
          itemStyle:
            b.from >= 85
              ? {
                  color: '#2f7d4f',
                  decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
                }
              : { color: '#c2742b' },
        })),
        markPoint: {
          symbol: 'pin',
          label: {
            formatter: (p: { value: string }) => p.value,
            fontWeight: 'bold',
            fontSize: 11,
            color: '#ffffff',
          },
          itemStyle: { color: '#1d4ed8' },
          data: bins.flatMap((b, i) => {
            const mark = text.marks[i];
            if (!mark) return [];
            // A pin wide enough for its numbers (`1, 2, 3`).
            const symbolSize = [Math.max(34, 10 + mark.length * 7), 40];
            return [{ coord: [i, b.count], value: mark, name: text.markNames[i] ?? '', symbolSize }];
          }),
        },
      },
    ],
  };
}

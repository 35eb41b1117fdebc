import { LABELS_INSIDE_GRID } from './chart-base';
import type { OptionBuilder } from './chart-context';

/** One bin of overall scores: its lower bound (points) and how many fall in it. */
export interface HistogramBin {
  from: number;
  count: number;
}

/** A histogram of overall scores, with its texts; `marks` pins chosen agencies over their bins. */
export interface ScoreHistogramData {
  bins: readonly HistogramBin[];
  /** Bin labels in the UI's digits, e.g. `85–90`. */
  labels: readonly string[];
  countName: string;
  /** Numbers (1-based, as shown) of the chosen agencies in each bin, e.g. `['', '2', '1, 3', …]`. */
  marks?: readonly string[];
  /** Tooltip line per bin naming the chosen agencies in it (empty when none). */
  markNames?: readonly string[];
}

/** The pass mark: bins from it up are green and hatched, the others amber (colour is not the only signal). */
const PASS = 85;

/**
 * The one histogram of overall scores (the data view's whole dataset, compare's group): bins at or above
 * 85 green and hatched, the others amber; a numbered pin over each bin that holds chosen agencies.
 */
export const scoreHistogramOption: OptionBuilder<ScoreHistogramData> = (d, c) => {
  const marks = d.marks ?? [];
  return {
    grid: { left: 8, right: 16, top: marks.some(Boolean) ? 40 : 24, bottom: 8, ...LABELS_INSIDE_GRID },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (items: { dataIndex: number; value: number }[]) => {
        const it = items[0];
        if (!it) return '';
        const extra = d.markNames?.[it.dataIndex];
        const lines = [d.labels[it.dataIndex], `${d.countName}: ${c.int(Number(it.value))}`];
        if (extra) lines.push(extra);
        return lines.map(c.escape).join('<br/>');
      },
    },
    xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: 0, hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => c.int(v) } },
    series: [
      {
        type: 'bar',
        name: d.countName,
        barCategoryGap: '12%',
        data: d.bins.map((b) => ({
          value: b.count,
          itemStyle:
            b.from >= PASS
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
          data: d.bins.flatMap((b, i) => {
            const mark = marks[i];
            if (!mark) return [];
            // A pin wide enough for its numbers (`1, 2, 3`).
            const symbolSize = [Math.max(34, 10 + mark.length * 7), 40];
            return [{ coord: [i, b.count], value: mark, name: d.markNames?.[i] ?? '', symbolSize }];
          }),
        },
      },
    ],
  };
};

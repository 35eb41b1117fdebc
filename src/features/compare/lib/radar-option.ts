import type { OptionBuilder } from '@/shared/chart/chart-context';
import { colorOf, legendSpace, lineOf, symbolOf, type ChartAgency } from './agency-style';
import { legendPerRow, type CompareChartData } from './indicator-bars-option';

/** The lowest ring of the radar: 10 points below the lowest score, rounded down to 10 (0–80). */
export function radarFloor(agencies: readonly ChartAgency[]): number {
  let min = 100;
  for (const a of agencies) for (const v of a.values) if (v < min) min = v;
  return Math.max(0, Math.min(80, Math.floor((min - 10) / 10) * 10));
}

/** Radar of indicators 1–10, one outline per agency (its own colour, symbol and line type). */
export const radarOption: OptionBuilder<CompareChartData & { height: number }> = (
  { agencies, text, height },
  c,
) => {
  const min = radarFloor(agencies);
  const legend = legendSpace(agencies.length, legendPerRow(c), 0);
  return {
    legend: { bottom: 0, left: 0, itemGap: 12 },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number; seriesIndex: number; data: { value: number[] } }) => {
        const a = agencies[p.dataIndex];
        if (!a) return '';
        const lines = a.values.map(
          (v, i) =>
            `${c.escape(text.indicatorLabels[i])} ${c.escape(text.indicatorNames[i])}: ${c.escape(c.num(v))}`,
        );
        return [`<b>${c.escape(a.name)}</b>`, ...lines].join('<br/>');
      },
    },
    radar: {
      indicator: text.indicatorLabels.map((name) => ({ name, min, max: 100 })),
      // The radar sits above the legend (whose height depends on how many agencies there are).
      radius: Math.max(60, (height - legend) / 2 - 28),
      center: ['50%', (height - legend) / 2],
      splitNumber: 4,
    },
    series: [
      {
        type: 'radar',
        data: agencies.map((a, i) => ({
          name: a.label,
          value: a.values.map((v) => (Number.isNaN(v) ? min : v)),
          symbol: symbolOf(i),
          symbolSize: 7,
          itemStyle: { color: colorOf(i) },
          lineStyle: { color: colorOf(i), type: lineOf(i), width: 2 },
        })),
      },
    ],
  };
};

import type { OptionBuilder } from '@/shared/chart/chart-context';
import type { CompareChartData, IndicatorChartText } from './indicator-bars-option';
import { LABELS_INSIDE_GRID } from '@/shared/chart/chart-base';

/** Score bands of the heatmap, best first: each has a label, so colour is not the only signal. */
export const HEAT_BANDS = [
  { min: 95, max: 100, color: '#1a7f4b', text: '#ffffff' },
  { min: 85, max: 95, color: '#7cc49a', text: '#111111' },
  { min: 70, max: 85, color: '#f2c46d', text: '#111111' },
  { min: 0, max: 70, color: '#b8432f', text: '#ffffff' },
] as const;

/** Text colour that reads on a score's band (white on the darkest bands, black on the light ones). */
export function heatTextColor(v: number): string {
  const band = HEAT_BANDS.find((b) => v >= b.min) ?? HEAT_BANDS[HEAT_BANDS.length - 1];
  return band?.text ?? '#111111';
}

export interface HeatmapText extends IndicatorChartText {
  /** Column label of the overall score. */
  overallLabel: string;
  /** Legend labels of HEAT_BANDS (e.g. `95 ขึ้นไป`). */
  bandLabels: string[];
}

/** Agencies × indicators (and the overall), each cell coloured by band and labelled with its score. */
export const heatmapOption: OptionBuilder<CompareChartData<HeatmapText>> = ({ agencies, text }, c) => {
  const columns = [...text.indicatorLabels, text.overallLabel];
  // On a phone, agencies as columns (numbered) and indicators as rows.
  const t = c.narrow;
  // Cells are [column, row, score]; the tooltip reads the indicator and the agency back from them.
  const data: { value: (number | string)[]; label: { color: string } }[] = [];
  agencies.forEach((a, y) => {
    [...a.values, a.overall].forEach((v, x) => {
      const value = Number.isNaN(v) ? '-' : v;
      data.push({
        value: t ? [y, x, value] : [x, y, value],
        label: { color: Number.isNaN(v) ? '#111111' : heatTextColor(Math.round(v * 100) / 100) },
      });
    });
  });
  const agencyAxis = {
    type: 'category',
    data: agencies.map((a) => (t ? a.label.replace(/\..*$/, '') : a.label)),
  };
  const indicatorAxis = { type: 'category', data: columns };
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 56, ...LABELS_INSIDE_GRID },
    tooltip: {
      formatter: (p: { value: [number, number, number | string] }) => {
        const [col0, row0, v] = p.value;
        const [x, y] = t ? [row0, col0] : [col0, row0];
        const a = agencies[y];
        const col =
          x < text.indicatorNames.length ? `${columns[x]} ${text.indicatorNames[x]}` : text.overallLabel;
        return `${c.escape(a?.name)}<br/>${c.escape(col)}: <b>${c.escape(typeof v === 'number' ? c.num(v) : '—')}</b>`;
      },
    },
    xAxis: { ...(t ? agencyAxis : indicatorAxis), splitArea: { show: true }, position: 'top' },
    yAxis: { ...(t ? indicatorAxis : agencyAxis), inverse: true, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      dimension: 2,
      // Half-open bands [min, max) as the legend says; 100 belongs to the top band.
      pieces: HEAT_BANDS.map((b, i) => ({
        gte: b.min,
        ...(b.max === 100 ? { lte: 100 } : { lt: b.max }),
        color: b.color,
        label: text.bandLabels[i],
      })),
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          formatter: (p: { value: [number, number, number | string] }) =>
            typeof p.value[2] === 'number' ? c.num(p.value[2]) : '—',
          fontSize: 11,
        },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
      },
    ],
  };
};
